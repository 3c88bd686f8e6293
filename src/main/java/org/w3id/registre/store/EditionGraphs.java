package org.w3id.registre.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.registre.core.DcatVersions;
import org.w3id.registre.core.Editions;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;

/**
 * The editions of the registers served (DESIGN.md § 2b): each edition {@code ORG/registre/edition/YYYY-MM-DD} is a
 * {@code dcat:Dataset}, a version of {@code ORG/registre} ({@code dcat:isVersionOf}, {@code dcat:version},
 * {@code dct:issued}, {@code dcat:previousVersion}), whose statements are the named graph of the same IRI. The
 * register itself, in the default graph, is its latest edition; older editions are only in their named graphs.
 */
public final class EditionGraphs {

    /** One edition of one register, read. */
    public record Loaded(String register, LocalDate date, Model model) {

        /** The edition's IRI, under the default base. */
        public String iri() {
            return iri(register, date);
        }

        public static String iri(String register, LocalDate date) {
            return register + "/edition/" + date;
        }
    }

    private EditionGraphs() {
    }

    /** The editions in the data folders among {@code paths}, oldest first within each register. */
    public static List<Loaded> load(List<Path> paths) {
        List<Loaded> all = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p) || !Editions.holdsEditions(p)) {
                continue;
            }
            String register = null;
            for (Editions.Edition e : Editions.of(p)) {
                Model m = RegisterFiles.load(e.files());
                List<String> registers = RegisterGraphs.registers(m.getGraph(), Reg.BASE);
                if (registers.size() != 1 || register != null && !register.equals(registers.get(0))) {
                    throw new RegistreException(e.folder() + " : attendu une édition du registre "
                            + (register != null ? register : "du dossier") + ", lu " + registers + " / expected an"
                            + " edition of the folder's register, read " + registers);
                }
                register = registers.get(0);
                all.add(new Loaded(register, e.date(), m));
            }
        }
        return all;
    }

    /**
     * What the served register says of its editions: each edition's DCAT description, and on the register
     * {@code dcat:hasVersion} each edition and {@code dcat:hasCurrentVersion} the latest.
     */
    public static Model describe(List<Loaded> editions) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("dcat", DCAT.NS);
        Map<String, Loaded> previous = new LinkedHashMap<>();
        for (Loaded e : editions) {
            Resource register = m.createResource(e.register());
            Resource edition = m.createResource(e.iri())
                    .addProperty(RDF.type, DCAT.Dataset)
                    .addProperty(DcatVersions.isVersionOf, register)
                    .addProperty(DcatVersions.version, e.date().toString())
                    .addProperty(DCTerms.issued, e.date().toString(), XSDDatatype.XSDdate)
                    .addProperty(DCTerms.title, "Édition du " + e.date(), "fr")
                    .addProperty(DCTerms.title, "Edition of " + e.date(), "en");
            register.addProperty(DcatVersions.hasVersion, edition);
            Loaded before = previous.put(e.register(), e);
            if (before != null) {
                edition.addProperty(DcatVersions.previousVersion, m.createResource(before.iri()));
            }
        }
        previous.values().forEach(last -> m.createResource(last.register())
                .addProperty(DcatVersions.hasCurrentVersion, m.createResource(last.iri())));
        return m;
    }

    /**
     * Adds each edition as the named graph of its IRI; {@code rebase} moves a model, {@code iri} an IRI, under the
     * base served. Returns each graph's size.
     */
    public static Map<String, Long> addTo(DatasetGraph dataset, List<Loaded> editions, UnaryOperator<Model> rebase,
                                          UnaryOperator<String> iri) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        Txn.executeWrite(dataset, () -> {
            for (Loaded e : editions) {
                Node name = NodeFactory.createURI(iri.apply(e.iri()));
                Model m = rebase.apply(e.model());
                m.getGraph().find().forEachRemaining(t -> dataset.add(name, t.getSubject(), t.getPredicate(),
                        t.getObject()));
                sizes.put(name.getURI(), m.size());
            }
        });
        return sizes;
    }
}
