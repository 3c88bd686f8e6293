package org.w3id.registre.bench;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A register n times larger than the published one: the register node, every mission and finalité (with its
 * sous-finalités, legal basis nodes and the project's readings) is copied n - 1 times under renamed IRIs
 * ({@code cnam/copie-K/registre}, {@code cnam/copie-K/mission/01}, …); the ontology, the legal texts and the controller
 * stay single, as they would in n registers citing the same law. Each copy is a register of its own, so the shapes that
 * compare the finalités of one register (identical sous-finalités, same operation under other bases) compare each
 * finalité with the 83 of its copy, as they would in a real register, not with all n x 83.
 */
final class SyntheticRegister {

    static final String CNAM = "https://w3id.org/registre/cnam/";
    static final String[] COPIED = {CNAM + "registre", CNAM + "mission/", CNAM + "finalite/"};

    private SyntheticRegister() {
    }

    static Graph times(Graph source, int n) {
        Graph out = GraphFactory.createGraphMem();
        source.find().forEachRemaining(t -> {
            if (!copied(t.getSubject()) && !copied(t.getObject())) {
                out.add(t);
                return;
            }
            for (int k = 0; k < n; k++) {
                out.add(Triple.create(rename(t.getSubject(), k), t.getPredicate(), rename(t.getObject(), k)));
            }
        });
        return out;
    }

    private static boolean copied(Node n) {
        if (!n.isURI()) {
            return false;
        }
        for (String prefix : COPIED) {
            if (n.getURI().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Node rename(Node n, int k) {
        if (k == 0 || !copied(n)) {
            return n;
        }
        return NodeFactory.createURI(CNAM + "copie-" + k + "/" + n.getURI().substring(CNAM.length()));
    }
}
