package org.w3id.registre.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.w3id.registre.core.Dpv;

/**
 * Several registers side by side (DESIGN.md § 2b): each register {@code ORG/registre} gets a named graph of the same
 * IRI holding the statements about the resources of its IRI space {@code ORG/…} (and the blank nodes they lead to);
 * the French legal texts, shared by all, get {@code droit}. The default graph stays the union of everything.
 */
public final class RegisterGraphs {

    private RegisterGraphs() {
    }

    /** The registers of a graph, {@code base + ORG + "/registre"}, sorted. */
    public static List<String> registers(Graph graph, String base) {
        Pattern register = Pattern.compile(Pattern.quote(base) + "([a-z0-9][a-z0-9-]*)/registre");
        List<String> iris = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), Dpv.ROPA.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI() && register.matcher(t.getSubject().getURI()).matches()) {
                iris.add(t.getSubject().getURI());
            }
        });
        iris.sort(null);
        return iris;
    }

    /** The named graphs: one per register, and {@code base + "droit"} for the legal texts. */
    public static Map<String, Graph> split(Graph union, String base) {
        Map<String, Graph> graphs = new LinkedHashMap<>();
        Map<String, Graph> bySpace = new LinkedHashMap<>();
        for (String register : registers(union, base)) {
            Graph g = GraphFactory.createDefaultGraph();
            graphs.put(register, g);
            bySpace.put(register.substring(0, register.length() - "registre".length()), g);
        }
        Graph droit = GraphFactory.createDefaultGraph();
        Pattern space = Pattern.compile(Pattern.quote(base) + "([a-z0-9][a-z0-9-]*/)");
        union.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            if (!s.isURI()) {
                return;
            }
            Graph target = null;
            Matcher m = space.matcher(s.getURI());
            if (m.lookingAt()) {
                target = bySpace.get(base + m.group(1));
            }
            if (target == null && s.getURI().startsWith(base + "droit/")) {
                target = droit;
            }
            if (target != null) {
                target.add(t);
                closure(union, t.getObject(), target, new HashSet<>());
            }
        });
        if (!droit.isEmpty()) {
            graphs.put(base + "droit", droit);
        }
        return graphs;
    }

    /** Blank nodes (RDF lists) belong with the resource that points to them. */
    private static void closure(Graph union, Node o, Graph target, Set<Node> seen) {
        if (!o.isBlank() || !seen.add(o)) {
            return;
        }
        union.find(o, Node.ANY, Node.ANY).forEachRemaining(t -> {
            target.add(t);
            closure(union, t.getObject(), target, seen);
        });
    }

    /** Adds the named graphs to a dataset (its default graph already holds the union). */
    public static Map<String, Long> addTo(DatasetGraph dataset, String base) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        Txn.executeWrite(dataset, () -> {
            Map<String, Graph> graphs = split(dataset.getDefaultGraph(), base);
            graphs.forEach((iri, g) -> {
                // Linked, not copied, where the dataset allows it (the in-memory one); TDB2 copies.
                dataset.addGraph(NodeFactory.createURI(iri), g);
                sizes.put(iri, (long) g.size());
            });
        });
        return sizes;
    }
}
