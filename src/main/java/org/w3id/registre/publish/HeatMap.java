package org.w3id.registre.publish;

import java.util.List;

/**
 * A grid of counts drawn as a heat map: one row per item, one column per category, each cell shaded by its count
 * and showing it, a cell with a count being a link. Drawn only; the page gives the same counts as a table beside it.
 */
final class HeatMap {

    private static final double LABEL_WIDTH = 330;
    private static final double CELL_WIDTH = 64;
    private static final double CELL_HEIGHT = 24;
    private static final double HEADER = 40;

    /** One cell: its count, and where it leads (null for none) with the link's tooltip. */
    record Cell(int count, String href, String tooltip) {
    }

    /** @param lang the language of the label when it is not the page's, else null */
    record Row(String label, String lang, List<Cell> cells) {
    }

    /** A column: its heading and a second, smaller line under it. */
    record Column(String heading, String subheading) {
    }

    private HeatMap() {
    }

    static void draw(Html h, String id, String title, String desc, List<Column> columns, List<Row> rows) {
        int max = rows.stream().flatMap(r -> r.cells().stream()).mapToInt(Cell::count).max().orElse(0);
        double width = LABEL_WIDTH + columns.size() * CELL_WIDTH + 4;
        double height = HEADER + rows.size() * CELL_HEIGHT + 4;
        Svg svg = Svg.open(h, id, width, height, title, desc);
        for (int c = 0; c < columns.size(); c++) {
            double x = LABEL_WIDTH + c * CELL_WIDTH + CELL_WIDTH / 2;
            svg.text(x, 16, columns.get(c).heading(), "middle", "font-weight", "bold");
            svg.text(x, 31, Svg.fit(columns.get(c).subheading(), 10), "middle", "font-size", "10", "fill", "#444");
        }
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            double y = HEADER + r * CELL_HEIGHT;
            svg.text(LABEL_WIDTH - 6, y + 16, Svg.fit(row.label(), (int) ((LABEL_WIDTH - 10) / Svg.CHAR_WIDTH)),
                    "end", "lang", row.lang());
            for (int c = 0; c < row.cells().size(); c++) {
                Cell cell = row.cells().get(c);
                double x = LABEL_WIDTH + c * CELL_WIDTH;
                double share = max == 0 ? 0 : (double) cell.count() / max;
                if (cell.href() != null) {
                    svg.link(cell.href(), cell.tooltip());
                }
                svg.rect(x + 1, y + 1, CELL_WIDTH - 2, CELL_HEIGHT - 2, shade(share), "stroke", "#fff");
                svg.text(x + CELL_WIDTH / 2, y + 16, Integer.toString(cell.count()), "middle",
                        "fill", share > 0.45 ? "#fff" : cell.count() == 0 ? "#888" : "#1b1b1b",
                        "font-weight", cell.count() == 0 ? null : "bold");
                if (cell.href() != null) {
                    svg.endLink();
                }
            }
        }
        svg.close();
    }

    /** From a pale grey (nothing) through light blue to the site's link blue (the largest count). */
    static String shade(double share) {
        if (share <= 0) {
            return "#f2f2f2";
        }
        // #dbe8f7 at the smallest share, #0b4f9c at the largest.
        int[] from = {0xdb, 0xe8, 0xf7};
        int[] to = {0x0b, 0x4f, 0x9c};
        StringBuilder sb = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            sb.append(String.format("%02x", Math.round(from[i] + (to[i] - from[i]) * share)));
        }
        return sb.toString();
    }
}
