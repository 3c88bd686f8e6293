package org.w3id.registre.validate;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.w3id.registre.core.RegistreException;

/**
 * The SPARQL queries of SHACL-SPARQL shapes ({@code sh:select}, {@code sh:ask}, {@code sh:construct}), read when the
 * shapes are loaded: a {@code SERVICE} in one of them is refused there, naming the file, before any data is loaded or
 * any server started. ARQ would refuse it too, but only when the validation reaches it: for {@code serve}, which
 * validates beside the running server, that is after the server has started.
 */
final class ShapeQueries {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final List<Property> QUERIES = List.of(property("select"), property("ask"), property("construct"));

    private ShapeQueries() {
    }

    /**
     * Throws when a query of {@code file}'s shapes calls {@code SERVICE}. The prefixes a query may use are those
     * declared ({@code sh:declare}) anywhere in {@code allShapes}; a query that does not parse is left to the
     * validator, which reports it (and calls nothing).
     */
    static void refuseService(Model fileShapes, Path file, Model allShapes) {
        String prefixes = declaredPrefixes(allShapes);
        for (Property p : QUERIES) {
            for (Statement s : fileShapes.listStatements(null, p, (RDFNode) null).toList()) {
                if (!s.getObject().isLiteral()) {
                    continue;
                }
                String service = serviceCalled(prefixes + s.getString());
                if (service != null) {
                    String shape = shapeOf(fileShapes, s.getSubject());
                    throw new RegistreException(file + " : la forme SHACL-SPARQL " + shape + " appelle SERVICE "
                            + service + " ; registre ne fait aucun appel réseau, forme refusée / the SHACL-SPARQL"
                            + " shape " + shape + " calls SERVICE " + service + "; registre makes no network call,"
                            + " shape refused");
                }
            }
        }
    }

    /** The IRI of the first SERVICE the query calls ({@code <?var>} for a variable one), or null. */
    static String serviceCalled(String queryText) {
        Query query;
        try {
            query = QueryFactory.create(queryText, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            return null;
        }
        String[] found = new String[1];
        // The walker enters EXISTS and NOT EXISTS patterns and subqueries as well.
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                if (found[0] == null) {
                    found[0] = op.getService().isURI() ? "<" + op.getService().getURI() + ">"
                            : op.getService().toString();
                }
            }
        }, new ExprVisitorBase());
        return found[0];
    }

    /** How the message names the shape: its IRI, or that of the shape whose {@code sh:sparql} it is. */
    private static String shapeOf(Model shapes, Resource constraint) {
        Resource named = constraint;
        if (!named.isURIResource()) {
            List<Resource> owners = shapes.listSubjectsWithProperty(property("sparql"), constraint).toList();
            if (!owners.isEmpty()) {
                named = owners.get(0);
            }
        }
        return named.isURIResource() ? "<" + named.getURI() + ">" : "_:" + named.getId().getLabelString();
    }

    private static String declaredPrefixes(Model shapes) {
        StringBuilder out = new StringBuilder();
        for (Statement d : shapes.listStatements(null, property("declare"), (RDFNode) null).toList()) {
            if (!d.getObject().isResource()) {
                continue;
            }
            Resource decl = d.getObject().asResource();
            Statement prefix = decl.getProperty(property("prefix"));
            Statement namespace = decl.getProperty(property("namespace"));
            if (prefix != null && namespace != null && prefix.getObject().isLiteral()
                    && namespace.getObject().isLiteral()) {
                out.append("PREFIX ").append(prefix.getString()).append(": <").append(namespace.getString())
                        .append(">\n");
            }
        }
        return out.toString();
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(SH + local);
    }
}
