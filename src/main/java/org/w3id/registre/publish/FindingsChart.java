package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Level;

/**
 * The validation page's picture: the results per shape, each bar split by severity, the shapes with violations
 * first. The tables of the results follow it.
 */
final class FindingsChart {

    /** The colours of the severities, as the pages write them (violation red, warning brown, info grey-blue). */
    private static final List<String> FILLS = List.of("#a00000", "#b8860b", "#6b7f99");

    private final RegisterSite site;

    FindingsChart(RegisterSite site) {
        this.site = site;
    }

    /** @param shapeLink where a bar leads: its shape's section of the shapes page, or null */
    void draw(Html h, Langue l, java.util.function.Function<String, String> shapeLink) {
        List<Finding> findings = site.findings().findings();
        if (findings.isEmpty()) {
            return;
        }
        Level[] severities = Level.values();
        Map<String, int[]> byShape = new TreeMap<>();
        Map<String, String> hrefs = new java.util.HashMap<>();
        for (Finding f : findings) {
            // The shape's own name (its fragment): the shapes' namespace is the same for all and not a known prefix.
            String iri = f.shape().isURI() ? f.shape().getURI() : null;
            String shape = iri == null ? "—" : iri.contains("#") ? iri.substring(iri.indexOf('#') + 1) : site.curie(iri);
            byShape.computeIfAbsent(shape, k -> new int[severities.length])[f.level().ordinal()]++;
            if (iri != null) {
                hrefs.put(shape, shapeLink.apply(iri));
            }
        }
        List<Map.Entry<String, int[]>> sorted = new ArrayList<>(byShape.entrySet());
        // Most severe first, then most frequent; the name keeps the order stable.
        sorted.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparingInt(e -> -e.getValue()[1]).thenComparingInt(e -> -e.getValue()[2]));
        List<BarChart.Bar> bars = new ArrayList<>();
        StringBuilder desc = new StringBuilder();
        for (Map.Entry<String, int[]> e : sorted) {
            List<Integer> counts = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (Level s : severities) {
                int n = e.getValue()[s.ordinal()];
                counts.add(n);
                if (n > 0) {
                    words.add(n + " " + ValidationPage.countName(s, l));
                }
            }
            bars.add(new BarChart.Bar(e.getKey(), null, counts, hrefs.get(e.getKey()), null));
            desc.append(desc.isEmpty() ? "" : " ; ").append(e.getKey()).append(l.msg("findings-chart-colon"))
                    .append(String.join(", ", words));
        }
        List<BarChart.Series> series = new ArrayList<>();
        for (Level s : severities) {
            series.add(new BarChart.Series(l.t(s.french(), s.english()), FILLS.get(s.ordinal())));
        }
        h.open("figure");
        BarChart.draw(h, "graphique-constats", l.msg("findings-chart-title"),
                l.msg("findings-chart-desc", findings.size(), byShape.size(), desc), series, bars);
        h.close("figure").newline();
    }
}
