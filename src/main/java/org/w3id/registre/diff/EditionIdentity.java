package org.w3id.registre.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.DCTerms;

/**
 * A new edition of a register given the IRIs of the previous one where it states the same things. The Cnam document
 * numbers its finalités by their place in the mission ({@code 07-02} is the second section of mission 07); read
 * alone, a finalité inserted in the middle would renumber all those after it. Here each finalité of the new edition
 * is matched to the previous edition's by what it is ({@link RegisterDiff}'s rules: same title in the same mission,
 * else mostly the same sous-finalités) and takes its IRI and identifier; a new one takes its mission's next free
 * number. Within a kept finalité, a sous-finalité keeps its number when its text is the same or reworded (half its
 * words or more in common), a new one takes the next number no edition gave under that finalité: a number once given
 * is never given to another sous-finalité, even after the one that had it was removed (a link to
 * {@code …/sous-finalite/11} of an old edition must not land on something else). Everything under a finalité's or a
 * sous-finalité's IRI ({@code …/fondement/1}) follows it.
 *
 * <p>A register without missions (the CNIL template) is left as it is: its activities carry the controller's own
 * references, which are their identity.
 */
public final class EditionIdentity {

    private static final String SOUS = "/sous-finalite/";

    /** The new edition with the kept IRIs, and the IRIs that were changed (the source's → the kept one). */
    public record Kept(Model model, Map<String, String> renamed) {
    }

    private EditionIdentity() {
    }

    /**
     * {@code after} renamed to keep the identity of {@code before}'s finalités; {@code used} holds the finalité
     * identifiers of the editions older than {@code before}, never given again to another finalité, and
     * {@code usedSous} the sous-finalité IRIs of those editions, whose numbers are never given again either.
     */
    public static Kept keep(Model before, Model after, Set<String> used, Set<String> usedSous) {
        Snapshot old = Snapshot.of(before);
        Snapshot neu = Snapshot.of(after);
        Map<Snapshot.Fin, Snapshot.Fin> matched = RegisterDiff.match(old.finalites(), neu.finalites());
        Map<Snapshot.Fin, String> ids = RegisterDiff.identifiers(old, neu, matched, used);
        Map<Snapshot.Fin, Snapshot.Fin> previous = new HashMap<>();
        matched.forEach((f, g) -> previous.put(g, f));
        Map<String, String> renamed = new TreeMap<>();
        Map<String, String> identifiers = new HashMap<>();
        for (Snapshot.Fin g : neu.finalites()) {
            String id = ids.get(g);
            if (g.mission().isEmpty() || !g.iri().endsWith("/" + g.id())) {
                continue;
            }
            String iri = g.iri().substring(0, g.iri().length() - g.id().length()) + id;
            if (!iri.equals(g.iri())) {
                renamed.put(g.iri(), iri);
                identifiers.put(g.iri(), id);
            }
            Snapshot.Fin f = previous.get(g);
            if (f != null) {
                keepSous(f, g, iri, usedSous, renamed);
            }
        }
        if (renamed.isEmpty()) {
            return new Kept(after, renamed);
        }
        Model out = ModelFactory.createDefaultModel();
        out.setNsPrefixes(after.getNsPrefixMap());
        Graph target = out.getGraph();
        Node identifier = DCTerms.identifier.asNode();
        after.getGraph().find().forEachRemaining((Triple t) -> {
            Node s = rename(t.getSubject(), renamed);
            Node o = t.getObject();
            if (t.getPredicate().equals(identifier) && t.getSubject().isURI()
                    && identifiers.containsKey(t.getSubject().getURI())) {
                o = NodeFactory.createLiteralString(identifiers.get(t.getSubject().getURI()));
            } else {
                o = rename(o, renamed);
            }
            target.add(Triple.create(s, t.getPredicate(), o));
        });
        return new Kept(out, renamed);
    }

    /**
     * The sous-finalités of {@code g} (new) numbered as in {@code f} (previous), under the kept IRI of g; a new one
     * after every number {@code f} and the older editions ({@code usedSous}) gave under that IRI.
     */
    private static void keepSous(Snapshot.Fin f, Snapshot.Fin g, String iri, Set<String> usedSous,
                                 Map<String, String> renamed) {
        int n = g.sous().size();
        int[] number = new int[n];
        List<Integer> free = new ArrayList<>();
        for (int i = 0; i < f.sous().size(); i++) {
            free.add(i);
        }
        int highest = 0;
        for (int i = 0; i < f.sousIris().size(); i++) {
            highest = Math.max(highest, number(f.sousIris().get(i)));
        }
        for (String older : usedSous) {
            if (older.startsWith(iri + SOUS)) {
                highest = Math.max(highest, number(older));
            }
        }
        // Same text first, then reworded (RegisterDiff's words rule), then the next free number.
        for (int i = 0; i < n; i++) {
            for (Integer j : free) {
                if (f.sous().get(j).equals(g.sous().get(i))) {
                    number[i] = number(f.sousIris().get(j));
                    free.remove(j);
                    break;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            if (number[i] != 0) {
                continue;
            }
            Integer best = null;
            double bestScore = 0;
            for (Integer j : free) {
                double score = RegisterDiff.jaccard(RegisterDiff.words(f.sous().get(j)),
                        RegisterDiff.words(g.sous().get(i)));
                if (score >= RegisterDiff.SAME && score > bestScore) {
                    best = j;
                    bestScore = score;
                }
            }
            if (best != null) {
                number[i] = number(f.sousIris().get(best));
                free.remove(best);
            }
        }
        for (int i = 0; i < n; i++) {
            String source = g.sousIris().get(i);
            if (number[i] <= 0) {
                number[i] = ++highest;
            }
            if (!source.contains(SOUS)) {
                continue;
            }
            String kept = iri + SOUS + number[i];
            if (!kept.equals(source)) {
                renamed.put(source, kept);
            }
        }
    }

    /** The number that ends a sous-finalité's IRI, 0 when it has none. */
    private static int number(String iri) {
        int at = iri.lastIndexOf(SOUS);
        if (at < 0) {
            return 0;
        }
        try {
            return Integer.parseInt(iri.substring(at + SOUS.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An IRI renamed when it, or the resource it lies under (the longest such), was renamed. */
    private static Node rename(Node n, Map<String, String> renamed) {
        if (!n.isURI()) {
            return n;
        }
        String iri = n.getURI();
        for (String prefix = iri; ; ) {
            String to = renamed.get(prefix);
            if (to != null) {
                return NodeFactory.createURI(to + iri.substring(prefix.length()));
            }
            int slash = prefix.lastIndexOf('/');
            if (slash <= 0) {
                return n;
            }
            prefix = prefix.substring(0, slash);
        }
    }
}
