package org.w3id.registre.publish;

import java.util.List;

/**
 * Horizontal bars, one per item, each split into the series it counts (one series: plain bars; several: stacked
 * with a legend), the total written after the bar. Drawn only; the page gives the same counts as a table beside it.
 */
final class BarChart {

    private static final double LABEL_WIDTH = 300;
    private static final double BAR_AREA = 360;
    private static final double BAR_HEIGHT = 20;
    private static final double ROW = 26;

    /** One series: its name in the legend and its colour. */
    record Series(String name, String fill) {
    }

    /**
     * One bar: its label, the count of each series (in the order of the series), and where it leads (null: not a
     * link).
     */
    record Bar(String label, String lang, List<Integer> counts, String href, String tooltip) {

        int total() {
            return counts.stream().mapToInt(Integer::intValue).sum();
        }
    }

    private BarChart() {
    }

    static void draw(Html h, String id, String title, String desc, List<Series> series, List<Bar> bars) {
        int max = bars.stream().mapToInt(Bar::total).max().orElse(0);
        double legend = series.size() > 1 ? ROW : 0;
        double width = LABEL_WIDTH + BAR_AREA + 60;
        double height = legend + bars.size() * ROW + 6;
        Svg svg = Svg.open(h, id, width, height, title, desc);
        if (series.size() > 1) {
            double x = LABEL_WIDTH;
            for (Series s : series) {
                svg.rect(x, 6, 12, 12, s.fill());
                svg.text(x + 16, 16, s.name(), "start");
                x += 16 + s.name().length() * Svg.CHAR_WIDTH + 18;
            }
        }
        for (int b = 0; b < bars.size(); b++) {
            Bar bar = bars.get(b);
            double y = legend + b * ROW + 3;
            if (bar.href() != null) {
                svg.link(bar.href(), bar.tooltip());
            }
            svg.text(LABEL_WIDTH - 8, y + 14, Svg.fit(bar.label(), (int) ((LABEL_WIDTH - 12) / Svg.CHAR_WIDTH)),
                    "end", "lang", bar.lang());
            double x = LABEL_WIDTH;
            for (int s = 0; s < series.size(); s++) {
                int count = bar.counts().get(s);
                if (count == 0) {
                    continue;
                }
                double w = BAR_AREA * count / max;
                svg.rect(x, y, w, BAR_HEIGHT, series.get(s).fill());
                if (series.size() > 1 && w >= 22) {
                    svg.text(x + w / 2, y + 14, Integer.toString(count), "middle", "fill", "#fff");
                }
                x += w;
            }
            svg.text(x + 6, y + 14, Integer.toString(bar.total()), "start", "font-weight", "bold");
            if (bar.href() != null) {
                svg.endLink();
            }
        }
        svg.line(LABEL_WIDTH, legend, LABEL_WIDTH, height - 3, "#666");
        svg.close();
    }
}
