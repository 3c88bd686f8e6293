package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.w3id.registre.core.Prefixes;

/**
 * The home page's pictures of the GDPR Art. 6(1) bases: the weight of each basis (bars), and the mission × basis
 * matrix (a heat map whose cells lead to the mission's finalités), each followed by the table it is drawn from.
 */
final class BasisCharts {

    /** The six bases of Art. 6(1), a to f, in the GDPR's order. */
    static final List<String> LETTERS = List.of("a", "b", "c", "d", "e", "f");

    private final RegisterSite site;
    private final PageParts parts;

    BasisCharts(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    /** The article's short name under its letter: "obligation légale". */
    static String shortName(String letter, Langue l) {
        return switch (letter) {
            case "a" -> l.msg("basis-short-a");
            case "b" -> l.msg("basis-short-b");
            case "c" -> l.msg("basis-short-c");
            case "d" -> l.msg("basis-short-d");
            case "e" -> l.msg("basis-short-e");
            default -> l.msg("basis-short-f");
        };
    }

    /** "6-1-c" from eu-gdpr:A6-1-c. */
    static String code(String articleIri) {
        return articleIri.substring(Prefixes.EU_GDPR.length() + 1);
    }

    /** The bar chart of home-bases.rq: how many finalités rely on each basis. */
    void weights(Html h, List<QuerySolution> rows, Langue l) {
        List<BarChart.Bar> bars = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        for (QuerySolution row : rows) {
            String code = code(row.getResource("article").getURI());
            String label = code + " " + shortName(code.substring(code.length() - 1), l);
            int finalites = row.getLiteral("finalites").getInt();
            bars.add(new BarChart.Bar(label, null, List.of(finalites), null, null));
            counts.append(counts.isEmpty() ? "" : " ; ").append(l.msg("chart-bases-item", label, finalites));
        }
        h.open("figure");
        BarChart.draw(h, "graphique-bases", l.msg("chart-bases-title"), l.msg("chart-bases-desc", counts), List.of(
                new BarChart.Series(l.msg("purposes"), "#0b4f9c")), bars);
        h.close("figure").newline();
    }

    /** The heat map of home-matrix.rq, then the same matrix as a table. */
    void matrix(Html h, Langue l, SiteLinks links) {
        List<QuerySolution> missions = site.select("home-missions.rq");
        Map<String, Integer> counts = new HashMap<>();
        for (QuerySolution row : site.select("home-matrix.rq")) {
            counts.put(row.getResource("mission").getURI() + " " + code(row.getResource("article").getURI()),
                    row.getLiteral("finalites").getInt());
        }
        List<HeatMap.Row> rows = new ArrayList<>();
        int max = 0;
        String maxCell = "";
        for (QuerySolution m : missions) {
            Resource mission = m.getResource("mission");
            String number = m.getLiteral("identifier").getLexicalForm();
            RegisterSite.Label label = site.label(mission, l);
            List<HeatMap.Cell> cells = new ArrayList<>();
            for (String letter : LETTERS) {
                int n = counts.getOrDefault(mission.getURI() + " 6-1-" + letter, 0);
                cells.add(n == 0 ? new HeatMap.Cell(0, null, null) : new HeatMap.Cell(n, finalitesOf(mission, links, l),
                        l.msg("chart-matrix-cell", n, number + " " + label.text(), "6-1-" + letter)));
                if (n > max) {
                    max = n;
                    maxCell = l.msg("chart-matrix-cell", n, number + " " + label.text(), "6-1-" + letter);
                }
            }
            rows.add(new HeatMap.Row(number + " " + label.text(), PageParts.otherLang(label, l), cells));
        }
        if (rows.isEmpty()) {
            return;
        }
        h.el("h3", l.msg("chart-matrix-title"), "id", "matrice").newline();
        List<HeatMap.Column> columns = LETTERS.stream()
                .map(letter -> new HeatMap.Column("6-1-" + letter, shortName(letter, l))).toList();
        h.open("figure");
        HeatMap.draw(h, "graphique-matrice", l.msg("chart-matrix-title"), l.msg("chart-matrix-desc", maxCell),
                columns, rows);
        h.close("figure").newline();
        h.open("table", "class", "matrice").el("caption", l.msg("chart-matrix-caption"));
        h.open("thead").open("tr").el("th", l.msg("mission"), "scope", "col");
        for (String letter : LETTERS) {
            h.open("th", "scope", "col").text("6-1-" + letter).open("br").el("small", shortName(letter, l))
                    .close("th");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (int i = 0; i < missions.size(); i++) {
            Resource mission = missions.get(i).getResource("mission");
            h.open("tr").open("th", "scope", "row");
            h.text(missions.get(i).getLiteral("identifier").getLexicalForm() + " ");
            parts.resourceLink(h, mission, links, l);
            h.close("th");
            for (HeatMap.Cell cell : rows.get(i).cells()) {
                if (cell.href() == null) {
                    h.el("td", "0");
                } else {
                    h.open("td").a(cell.href(), Integer.toString(cell.count()), "title", cell.tooltip()).close("td");
                }
            }
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    /** The mission page's table of its finalités, with the bases each relies on. */
    private String finalitesOf(Resource mission, SiteLinks links, Langue l) {
        return parts.href(mission.getURI(), links, l) + "#" + MissionPage.FINALITES_ANCHOR;
    }
}
