package org.w3id.registre.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Pairs each detail section with its label in the mission's overview list. The two are in different orders and
 * worded slightly differently ("Informers les publics…", "service/ prestation"), so a label goes to the detail title
 * sharing the most words with it; the label is kept only where it differs from the title.
 */
final class OverviewMatcher {

    private OverviewMatcher() {
    }

    static List<Finalite> withOverviewLabels(List<Finalite> details, List<String> overview) {
        // Best pairs first, over all pairs: a greedy pass in document order could give a label to the wrong title.
        record Pair(int detail, int label, double score) {
        }
        List<Set<String>> titleWords = details.stream().map(f -> words(f.titre())).toList();
        List<Set<String>> labelWords = overview.stream().map(OverviewMatcher::words).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int d = 0; d < details.size(); d++) {
            for (int l = 0; l < overview.size(); l++) {
                pairs.add(new Pair(d, l, similarity(titleWords.get(d), labelWords.get(l))));
            }
        }
        pairs.sort((a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score())
                : a.detail() != b.detail() ? Integer.compare(a.detail(), b.detail()) : Integer.compare(a.label(), b.label()));
        String[] labels = new String[details.size()];
        Set<Integer> used = new HashSet<>();
        for (Pair p : pairs) {
            if (labels[p.detail()] == null && !used.contains(p.label())) {
                labels[p.detail()] = overview.get(p.label());
                used.add(p.label());
            }
        }
        List<Finalite> result = new ArrayList<>();
        for (int d = 0; d < details.size(); d++) {
            Finalite f = details.get(d);
            String alt = labels[d].equals(f.titre()) ? null : labels[d];
            result.add(new Finalite(f.id(), f.rang(), f.titre(), alt, f.ligne(), f.sousFinalites(), f.bases(),
                    f.fondements(), f.corrections()));
        }
        return List.copyOf(result);
    }

    /** Jaccard similarity of the two texts' word sets, ignoring case, accents and punctuation. */
    static double similarity(Set<String> a, Set<String> b) {
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return union.isEmpty() ? 0 : (double) common.size() / union.size();
    }

    static Set<String> words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return new HashSet<>(Arrays.asList(plain.split(" ")));
    }
}
