package org.w3id.registre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegisterInputs;
import org.w3id.registre.template.TemplateReader;

/** The Cnam register and the fictitious municipality side by side: each in its own named graph, laws shared. */
class RegisterGraphsTest {

    static final String CNAM = Prefixes.BASE + "cnam/registre";
    static final String VILLE = Prefixes.BASE + "ville-fictive/registre";
    static final String DROIT = Prefixes.BASE + "droit";

    @Test
    void eachRegisterInItsOwnGraph() {
        List<Path> files = new java.util.ArrayList<>(RegisterFiles.dataFiles());
        files.add(Path.of("data/exemples/ville-fictive.ods"));
        Model union = RegisterInputs.loadWithOntology(files, TemplateReader::read);
        Map<String, Graph> graphs = RegisterGraphs.split(union.getGraph(), Prefixes.BASE);
        assertEquals(List.of(CNAM, VILLE, DROIT), List.copyOf(graphs.keySet()));
        assertEquals(83, finalites(graphs.get(CNAM)));
        assertEquals(10, finalites(graphs.get(VILLE)));
        assertEquals(0, finalites(graphs.get(DROIT)));
        // Each graph holds only its own IRI space (and the blank nodes of its RDF lists).
        graphs.forEach((name, g) -> {
            String space = name.equals(DROIT) ? DROIT + "/" : name.substring(0, name.length() - "registre".length());
            g.find().forEachRemaining(t -> assertTrue(t.getSubject().isBlank()
                    || t.getSubject().getURI().startsWith(space), name + " holds " + t));
        });
        // Nothing of a register is left out: every triple about its IRI space is in its graph.
        long cnamTriples = union.getGraph().find().filterKeep(t -> t.getSubject().isURI()
                && t.getSubject().getURI().startsWith(Prefixes.BASE + "cnam/")).toList().size();
        long cnamUris = graphs.get(CNAM).find().filterKeep(t -> t.getSubject().isURI()).toList().size();
        assertEquals(cnamTriples, cnamUris);
    }

    static int finalites(Graph g) {
        return g.find(Node.ANY, RDF.type.asNode(), Reg.Finalite.asNode()).toList().size();
    }
}
