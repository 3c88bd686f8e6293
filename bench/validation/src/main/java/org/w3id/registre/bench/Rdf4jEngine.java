package org.w3id.registre.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.eclipse.rdf4j.common.transaction.IsolationLevels;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF4J;
import org.eclipse.rdf4j.model.vocabulary.SHACL;
import org.eclipse.rdf4j.repository.RepositoryException;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.repository.sail.SailRepositoryConnection;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.eclipse.rdf4j.sail.shacl.ShaclSail;
import org.eclipse.rdf4j.sail.shacl.ShaclSailValidationException;

/**
 * RDF4J ShaclSail 5.2.2 over a MemoryStore. The data is loaded once with validation disabled (not timed); each
 * validation adds the shapes to the shapes graph in a bulk-validated transaction, which validates all the data against
 * them (timed), fails with the report, and rolls back, leaving the store ready for the next run. The default caps of
 * 1,000 results per constraint and in total are lifted: with them the report is silently truncated.
 */
final class Rdf4jEngine implements Engine {
    private final ValueFactory vf = SimpleValueFactory.getInstance();
    private SailRepository repo;
    private List<Statement> shapeStatements;

    @Override
    public void prepare(Graph data, Model shapes, LocalDate date) {
        ShaclSail sail = new ShaclSail(new MemoryStore());
        sail.setValidationResultsLimitPerConstraint(-1);
        sail.setValidationResultsLimitTotal(-1);
        repo = new SailRepository(sail);
        repo.init();
        try (SailRepositoryConnection c = repo.getConnection()) {
            c.begin(IsolationLevels.NONE, ShaclSail.TransactionSettings.ValidationApproach.Disabled);
            data.find().forEachRemaining(t -> c.add(statement(t, null)));
            c.commit();
        }
        shapeStatements = new ArrayList<>();
        shapes.getGraph().find().forEachRemaining(t -> shapeStatements.add(statement(t, RDF4J.SHACL_SHAPE_GRAPH)));
    }

    @Override
    public List<Result> validate() {
        List<Result> out = new ArrayList<>();
        try (SailRepositoryConnection c = repo.getConnection()) {
            c.begin(ShaclSail.TransactionSettings.ValidationApproach.Bulk);
            c.add(shapeStatements);
            try {
                c.commit();
                // Conforming data: the shapes stayed in the store; take them out for the next run.
                c.begin(ShaclSail.TransactionSettings.ValidationApproach.Disabled);
                c.clear(RDF4J.SHACL_SHAPE_GRAPH);
                c.commit();
                return out;
            } catch (RepositoryException e) {
                if (!(e.getCause() instanceof ShaclSailValidationException v)) {
                    throw e;
                }
                org.eclipse.rdf4j.model.Model report = v.validationReportAsModel();
                for (Resource r : report.filter(null, SHACL.RESULT, null).objects().stream()
                        .map(o -> (Resource) o).toList()) {
                    Value focus = report.filter(r, SHACL.FOCUS_NODE, null).objects().iterator().next();
                    Value shape = report.filter(r, SHACL.SOURCE_SHAPE, null).objects().iterator().next();
                    Value severity = report.filter(r, SHACL.RESULT_SEVERITY, null).objects().iterator().next();
                    Value path = report.filter(r, SHACL.RESULT_PATH, null).objects().stream().findFirst().orElse(null);
                    Value value = report.filter(r, SHACL.VALUE, null).objects().stream().findFirst().orElse(null);
                    out.add(new Result(jenaStyle(focus), term(path), term(value),
                            shape.isBNode() ? "_:blank" : jenaStyle(shape),
                            ((IRI) severity).getLocalName()));
                }
                if (c.isActive()) {
                    c.rollback();
                }
            }
        }
        return out;
    }

    /** A value in the engines' common form ({@link Engine#term}). */
    private static String term(Value v) {
        if (v == null) {
            return "-";
        }
        if (v.isIRI()) {
            return v.stringValue();
        }
        if (v.isBNode()) {
            return "_:blank";
        }
        org.eclipse.rdf4j.model.Literal l = (org.eclipse.rdf4j.model.Literal) v;
        return l.getLabel() + l.getLanguage().map(lang -> "@" + lang).orElse("^^" + l.getDatatype().stringValue());
    }

    /** The same text Jena's Node.toString gives, so that signatures compare across engines. */
    private static String jenaStyle(Value v) {
        return v.isIRI() ? v.stringValue() : v.isBNode() ? "_:" + v.stringValue() : v.toString();
    }

    private Statement statement(Triple t, Resource context) {
        return vf.createStatement((Resource) value(t.getSubject()), (IRI) value(t.getPredicate()),
                value(t.getObject()), context);
    }

    private Value value(Node n) {
        if (n.isURI()) {
            return vf.createIRI(n.getURI());
        }
        if (n.isBlank()) {
            return vf.createBNode(n.getBlankNodeLabel().replaceAll("[^A-Za-z0-9]", ""));
        }
        String lang = n.getLiteralLanguage();
        if (!lang.isEmpty()) {
            return vf.createLiteral(n.getLiteralLexicalForm(), lang);
        }
        return vf.createLiteral(n.getLiteralLexicalForm(), vf.createIRI(n.getLiteralDatatypeURI()));
    }
}
