package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks a representation from an HTTP Accept header (RFC 9110 §12.5.1): the highest q wins, a more specific range
 * decides the q of a type, ties go to the order the server offers (HTML first for browsers, then Turtle).
 */
final class ContentNegotiation {

    private record Range(String type, String subtype, double q) {
        int specificity() {
            return "*".equals(type) ? 0 : "*".equals(subtype) ? 1 : 2;
        }

        boolean matches(String mediaType) {
            String[] parts = mediaType.split("/");
            return ("*".equals(type) || type.equals(parts[0])) && ("*".equals(subtype) || subtype.equals(parts[1]));
        }
    }

    /**
     * Older or looser names of the offered syntaxes, with the factor their q is multiplied by. Data rather than code
     * so that the web-server configuration written beside the static export applies the very same rules.
     */
    record Alias(RdfFormat format, String mediaType, double factor) {
    }

    static final List<Alias> ALIASES = List.of(
            new Alias(RdfFormat.TURTLE, "application/x-turtle", 1),
            new Alias(RdfFormat.NTRIPLES, "text/plain", 0.5),
            new Alias(RdfFormat.HTML, "application/xhtml+xml", 1));

    private ContentNegotiation() {
    }

    /**
     * The preferred format among those offered, or empty when none is acceptable (the caller answers 406). A missing
     * or empty Accept header accepts anything: the first offer wins.
     */
    static Optional<RdfFormat> choose(String accept, List<RdfFormat> offers) {
        if (accept == null || accept.isBlank()) {
            return offers.stream().findFirst();
        }
        List<Range> ranges = parse(accept);
        RdfFormat best = null;
        double bestQ = 0;
        for (RdfFormat offer : offers) {
            double q = quality(ranges, offer.mediaType);
            // Also accept the older names of the same syntaxes.
            for (Alias alias : ALIASES) {
                if (alias.format() == offer) {
                    q = Math.max(q, exact(ranges, alias.mediaType()) * alias.factor());
                }
            }
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(List<Range> ranges, String mediaType) {
        Range winner = null;
        for (Range r : ranges) {
            if (r.matches(mediaType) && (winner == null || r.specificity() > winner.specificity())) {
                winner = r;
            }
        }
        return winner == null ? 0 : winner.q;
    }

    private static double exact(List<Range> ranges, String mediaType) {
        String[] parts = mediaType.split("/");
        return ranges.stream().filter(r -> r.type.equals(parts[0]) && r.subtype.equals(parts[1]))
                .mapToDouble(Range::q).max().orElse(0);
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String item : accept.split(",")) {
            String[] params = item.trim().split(";");
            String[] type = params[0].trim().toLowerCase(Locale.ROOT).split("/");
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < params.length; i++) {
                String[] kv = params[i].trim().split("=", 2);
                if (kv.length == 2 && "q".equalsIgnoreCase(kv[0].trim())) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(kv[1].trim())));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            ranges.add(new Range(type[0], type[1], q));
        }
        return ranges;
    }
}
