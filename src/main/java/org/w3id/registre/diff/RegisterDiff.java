package org.w3id.registre.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;

/**
 * What changed between two editions of a register. Finalités are matched by what they are, not by their position:
 * the same title in the same mission is the same finalité; among the rest of a mission, a pair whose sous-finalités
 * mostly agree (half or more of them, by Jaccard index) is one finalité renamed. Sous-finalités are matched by their
 * text, then a reworded one by its words (half or more in common). Whatever is left is added or removed.
 */
public final class RegisterDiff {

    /** Half or more in common: the threshold for "the same thing, reworded". */
    static final double SAME = 0.5;

    private RegisterDiff() {
    }

    /** The changes from {@code before} to {@code after}, in the order of the finalités' identifiers. */
    public static List<Change> between(Model before, Model after) {
        return between(before, after, Set.of());
    }

    /**
     * The changes from {@code before} to {@code after}, an added finalité numbered after the identifiers of
     * {@code used} as well (those of the editions older than {@code before}), as {@link EditionIdentity} numbers it.
     */
    public static List<Change> between(Model before, Model after, Set<String> used) {
        Snapshot old = Snapshot.of(before);
        Snapshot neu = Snapshot.of(after);
        Map<Snapshot.Fin, Snapshot.Fin> matched = match(old.finalites(), neu.finalites());
        List<Change> changes = new ArrayList<>();
        Map<Snapshot.Fin, String> ids = identifiers(old, neu, matched, used);
        for (Snapshot.Fin f : old.finalites()) {
            Snapshot.Fin g = matched.get(f);
            if (g == null) {
                changes.add(new Change(Change.Kind.FINALITE_RETIREE, f.id(), f.title(), f.title(), null));
                continue;
            }
            if (!f.title().equals(g.title())) {
                changes.add(new Change(Change.Kind.FINALITE_RENOMMEE, f.id(), g.title(), f.title(), g.title()));
            }
            compare(f, g, changes);
        }
        Set<Snapshot.Fin> kept = new HashSet<>(matched.values());
        for (Snapshot.Fin g : neu.finalites()) {
            if (!kept.contains(g)) {
                changes.add(new Change(Change.Kind.FINALITE_AJOUTEE, ids.get(g), g.title(), null, g.title()));
            }
        }
        changes.sort(java.util.Comparator.comparing(Change::finalite));
        return changes;
    }

    /**
     * The identifier each finalité of the new edition keeps: the old one for a finalité matched to one of the old
     * edition, else its mission's next free number, after every number of the old edition and of {@code used} (the
     * identifiers of still older editions, so that a number once given is never given to another finalité). A
     * register without missions (the CNIL template) keeps the reference its source gives.
     */
    static Map<Snapshot.Fin, String> identifiers(Snapshot old, Snapshot neu, Map<Snapshot.Fin, Snapshot.Fin> matched,
                                                 Set<String> used) {
        Map<Snapshot.Fin, String> ids = new LinkedHashMap<>();
        matched.forEach((f, g) -> ids.put(g, f.id()));
        Map<String, Integer> next = new LinkedHashMap<>();
        for (Snapshot.Fin f : old.finalites()) {
            next.merge(f.mission(), number(f.id()) + 1, Math::max);
        }
        for (String id : used) {
            int dash = id.lastIndexOf('-');
            if (dash > 0) {
                next.merge(id.substring(0, dash), number(id) + 1, Math::max);
            }
        }
        for (Snapshot.Fin g : neu.finalites()) {
            if (!ids.containsKey(g)) {
                int n = next.getOrDefault(g.mission(), 1);
                next.put(g.mission(), n + 1);
                ids.put(g, g.mission().isEmpty() ? g.id()
                        : g.mission() + "-" + String.format(Locale.ROOT, "%02d", n));
            }
        }
        return ids;
    }

    private static int number(String id) {
        int dash = id.lastIndexOf('-');
        try {
            return Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static Map<Snapshot.Fin, Snapshot.Fin> match(List<Snapshot.Fin> old, List<Snapshot.Fin> neu) {
        Map<Snapshot.Fin, Snapshot.Fin> matched = new LinkedHashMap<>();
        Set<Snapshot.Fin> taken = new HashSet<>();
        for (Snapshot.Fin f : old) {
            for (Snapshot.Fin g : neu) {
                if (!taken.contains(g) && f.mission().equals(g.mission()) && f.title().equals(g.title())) {
                    matched.put(f, g);
                    taken.add(g);
                    break;
                }
            }
        }
        for (Snapshot.Fin f : old) {
            if (matched.containsKey(f)) {
                continue;
            }
            Snapshot.Fin best = null;
            double bestScore = 0;
            for (Snapshot.Fin g : neu) {
                if (taken.contains(g) || !f.mission().equals(g.mission())) {
                    continue;
                }
                double score = jaccard(new TreeSet<>(f.sous()), new TreeSet<>(g.sous()));
                if (score >= SAME && score > bestScore) {
                    best = g;
                    bestScore = score;
                }
            }
            if (best != null) {
                matched.put(f, best);
                taken.add(best);
            }
        }
        return matched;
    }

    private static void compare(Snapshot.Fin f, Snapshot.Fin g, List<Change> changes) {
        List<String> removed = new ArrayList<>(f.sous());
        List<String> added = new ArrayList<>(g.sous());
        removed.removeAll(g.sous());
        added.removeAll(f.sous());
        for (String r : new ArrayList<>(removed)) {
            String best = null;
            double bestScore = 0;
            for (String a : added) {
                double score = jaccard(words(r), words(a));
                if (score >= SAME && score > bestScore) {
                    best = a;
                    bestScore = score;
                }
            }
            if (best != null) {
                changes.add(new Change(Change.Kind.SOUS_FINALITE_REFORMULEE, f.id(), g.title(), r, best));
                removed.remove(r);
                added.remove(best);
            }
        }
        removed.forEach(r -> changes.add(new Change(Change.Kind.SOUS_FINALITE_RETIREE, f.id(), g.title(), r, null)));
        added.forEach(a -> changes.add(new Change(Change.Kind.SOUS_FINALITE_AJOUTEE, f.id(), g.title(), null, a)));

        // Bases are compared paragraph by paragraph (Art. 6(1), Art. 9(2)): one letter lost and one gained in the same
        // paragraph is that basis changed; an Art. 6(1) basis never "becomes" an Art. 9(2) condition.
        TreeSet<String> lost = new TreeSet<>(f.bases().keySet());
        lost.removeAll(g.bases().keySet());
        TreeSet<String> gained = new TreeSet<>(g.bases().keySet());
        gained.removeAll(f.bases().keySet());
        TreeSet<String> paragraphs = new TreeSet<>();
        lost.forEach(p -> paragraphs.add(f.bases().get(p).paragraph()));
        gained.forEach(p -> paragraphs.add(g.bases().get(p).paragraph()));
        for (String paragraph : paragraphs) {
            List<String> lostHere = lost.stream().filter(p -> f.bases().get(p).paragraph().equals(paragraph)).toList();
            List<String> gainedHere = gained.stream().filter(p -> g.bases().get(p).paragraph().equals(paragraph))
                    .toList();
            if (lostHere.size() == 1 && gainedHere.size() == 1) {
                changes.add(new Change(Change.Kind.BASE_CHANGEE, f.id(), g.title(), lostHere.get(0),
                        gainedHere.get(0)));
            } else {
                lostHere.forEach(p -> changes.add(new Change(Change.Kind.BASE_RETIREE, f.id(), g.title(), p, null)));
                gainedHere.forEach(p -> changes.add(new Change(Change.Kind.BASE_AJOUTEE, f.id(), g.title(), null,
                        p)));
            }
        }
        for (Map.Entry<String, Snapshot.Basis> b : g.bases().entrySet()) {
            Snapshot.Basis before = f.bases().get(b.getKey());
            if (b.getValue().end() != null && (before == null || before.end() == null)) {
                changes.add(new Change(Change.Kind.BASE_ECHUE, f.id(), g.title(), b.getKey(), b.getValue().end()));
            }
        }
        TreeSet<String> lawsLost = new TreeSet<>(f.laws());
        lawsLost.removeAll(g.laws());
        TreeSet<String> lawsGained = new TreeSet<>(g.laws());
        lawsGained.removeAll(f.laws());
        lawsLost.forEach(l -> changes.add(new Change(Change.Kind.TEXTE_RETIRE, f.id(), g.title(), l, null)));
        lawsGained.forEach(l -> changes.add(new Change(Change.Kind.TEXTE_AJOUTE, f.id(), g.title(), null, l)));
    }

    /** The words that carry meaning: four letters or more, lower case, without a plural s. */
    static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 4) {
                words.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return words;
    }

    static <T> double jaccard(Set<T> a, Set<T> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Set<T> union = new HashSet<>(a);
        union.addAll(b);
        Set<T> common = new HashSet<>(a);
        common.retainAll(b);
        return (double) common.size() / union.size();
    }
}
