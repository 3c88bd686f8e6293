package org.w3id.registre.search;

import java.util.List;
import java.util.Optional;

/**
 * One resource found: its IRI and kind, its best score, its French label (a legal basis has none: "fondement N"),
 * and the extracts that matched (one per matched literal, best first). {@code identifier} is the resource's own
 * ({@code 04-06}, a mission's {@code 04}) or, for a sous-finalité or a legal basis, that of its finalité.
 */
public record SearchHit(String iri, Kind kind, float score, String label, Optional<String> identifier,
        Optional<String> finalite, List<Extract> extracts) {

    /**
     * A matched literal: the property it is the value of, its language tag ("" when none) and its text cut into
     * segments, odd-numbered segments being the matched words (so the first segment is never a match).
     */
    public record Extract(String property, String lang, List<String> segments) {

        /** The text with the matched words between ⟦ and ⟧, for plain-text output. */
        public String marked() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < segments.size(); i++) {
                sb.append(i % 2 == 1 ? "⟦" + segments.get(i) + "⟧" : segments.get(i));
            }
            return sb.toString();
        }

        /** The text without marks. */
        public String plain() {
            return String.join("", segments);
        }
    }
}
