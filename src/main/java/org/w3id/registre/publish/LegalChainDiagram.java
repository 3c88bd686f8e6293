package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Level;

/**
 * A finalité's legal chain as a diagram, read from left to right: its mission → the finalité → each legal basis
 * (its GDPR Art. 6(1) letter) → the French texts the basis cites. Every box is a link to its page; a basis that
 * ended is drawn dashed and grey with its end date, a box with validation results says how many, and a basis citing
 * no national text says so where its texts would be.
 */
final class LegalChainDiagram {

    private static final double ROW = 36;
    private static final double BOX = 30;
    private static final double TOP = 22;
    private static final double[] X = {0, 190, 440, 670};
    private static final double[] W = {160, 220, 200, 286};

    private final RegisterSite site;
    private final PageParts parts;

    LegalChainDiagram(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    /** One basis of the chain and the texts it cites. */
    private record Basis(Resource node, String article, String end, List<Resource> laws) {
    }

    void draw(Html h, Resource finalite, Langue l, SiteLinks links) {
        Resource mission = null;
        Map<String, Basis> bases = new LinkedHashMap<>();
        for (QuerySolution row : site.select("finalite-chain.rq", RegisterSite.bind("finalite", finalite.getURI()))) {
            if (mission == null && row.contains("mission")) {
                mission = row.getResource("mission");
            }
            if (!row.contains("basis")) {
                continue;
            }
            Resource node = row.getResource("basis");
            Basis basis = bases.computeIfAbsent(node.getURI(), k -> new Basis(node,
                    row.contains("article") ? BasisCharts.code(row.getResource("article").getURI()) : null,
                    row.contains("fin") ? row.getLiteral("fin").getLexicalForm() : null, new ArrayList<>()));
            if (row.contains("law") && !basis.laws().contains(row.getResource("law"))) {
                basis.laws().add(row.getResource("law"));
            }
        }
        if (bases.isEmpty()) {
            return;
        }
        int rows = bases.values().stream().mapToInt(b -> Math.max(1, b.laws().size())).sum();
        double height = TOP + rows * ROW;
        String id = "graphique-chaine";
        RegisterSite.Label finaliteLabel = site.label(finalite, l);
        h.open("figure");
        Svg svg = Svg.open(h, id, X[3] + W[3] + 4, height, l.msg("chain-title", finaliteLabel.text()),
                description(mission, finalite, bases, l), true);
        svg.text(X[0], 14, l.msg("mission"), "start", "font-weight", "bold");
        svg.text(X[1], 14, l.msg("purpose"), "start", "font-weight", "bold");
        svg.text(X[2], 14, l.msg("chain-basis-column"), "start", "font-weight", "bold");
        svg.text(X[3], 14, l.msg("french-legal-texts-behind"), "start", "font-weight", "bold");
        double middle = TOP + rows * ROW / 2 - BOX / 2;
        if (mission != null) {
            box(svg, 0, middle, mission, site.label(mission, l).text(), null, null, links, l);
            svg.line(X[0] + W[0], middle + BOX / 2, X[1], middle + BOX / 2, "#666");
        }
        box(svg, 1, middle, finalite, finaliteLabel.text(), findings(finalite, l), null, links, l);
        double y = TOP;
        for (Basis basis : bases.values()) {
            int span = Math.max(1, basis.laws().size());
            double by = y + span * ROW / 2 - BOX / 2;
            connect(svg, X[1] + W[1], middle + BOX / 2, X[2], by + BOX / 2);
            String label = basis.article() == null ? site.label(basis.node(), l).text()
                    : basis.article() + " " + BasisCharts.shortName(basis.article().substring(4), l);
            box(svg, 2, by, basis.node(), label, remarks(basis, l), basis.end(), links, l);
            if (basis.laws().isEmpty()) {
                svg.text(X[3], by + 19, l.msg("no-national-text-cited"), "start", "font-style", "italic",
                        "fill", "#7a4d00");
            }
            for (int i = 0; i < basis.laws().size(); i++) {
                double ly = y + i * ROW + (ROW - BOX) / 2;
                connect(svg, X[2] + W[2], by + BOX / 2, X[3], ly + BOX / 2);
                Resource law = basis.laws().get(i);
                box(svg, 3, ly, law, site.label(law, l).text(), null, null, links, l);
            }
            y += span * ROW;
        }
        svg.close();
        h.close("figure").newline();
    }

    /** A box of a column: a link to the resource, its label on one line and an optional second line. */
    private void box(Svg svg, int column, double y, Resource r, String label, String second, String ended,
            SiteLinks links, Langue l) {
        double x = X[column];
        double w = W[column];
        svg.link(parts.href(r.getURI(), links, l), second == null ? label : label + " — " + second);
        svg.rect(x, y, w, BOX, ended != null ? "#eeeeee" : column == 1 ? "#dbe8f7" : "#f7f9fc",
                "stroke", second != null && ended == null ? "#7a4d00" : "#0b4f9c",
                "stroke-dasharray", ended != null ? "4 3" : null, "rx", "3");
        int chars = (int) ((w - 10) / Svg.CHAR_WIDTH);
        if (second == null && label.length() <= chars) {
            svg.text(x + 5, y + 19, label, "start", "fill", "#0b4f9c");
        } else if (second == null) {
            // Two lines, cut at a space, the second one ending with an ellipsis if the label is longer still.
            int cut = label.lastIndexOf(' ', chars);
            cut = cut > chars / 2 ? cut : chars;
            svg.text(x + 5, y + 13, label.substring(0, cut).stripTrailing(), "start", "fill", "#0b4f9c");
            svg.text(x + 5, y + 26, Svg.fit(label.substring(cut).strip(), chars), "start", "fill", "#0b4f9c");
        } else {
            svg.text(x + 5, y + 13, Svg.fit(label, chars), "start", "fill", "#0b4f9c");
            svg.text(x + 5, y + 26, Svg.fit(second, (int) ((w - 10) / 5.5)), "start", "font-size", "10",
                    "fill", ended != null ? "#444" : "#7a4d00");
        }
        svg.endLink();
    }

    private static void connect(Svg svg, double x1, double y1, double x2, double y2) {
        svg.line(x1, y1, x2, y2, "#888");
    }

    /** What the basis box says under its name: when it ended, how many results are about it; null if neither. */
    private String remarks(Basis basis, Langue l) {
        List<String> remarks = new ArrayList<>();
        if (basis.end() != null) {
            remarks.add(l.msg("chain-ended", basis.end()));
        }
        String findings = findings(basis.node(), l);
        if (findings != null) {
            remarks.add(findings);
        }
        return remarks.isEmpty() ? null : String.join(" · ", remarks);
    }

    /** "1 avertissement(s), 8 information(s)": the results about the resource, or null when there is none. */
    private String findings(Resource r, Langue l) {
        List<Finding> about = site.findings().about(r.getURI());
        if (about.isEmpty()) {
            return null;
        }
        List<String> counts = new ArrayList<>();
        for (Level severity : Level.values()) {
            long n = about.stream().filter(f -> f.level() == severity).count();
            if (n > 0) {
                counts.add(n + " " + ValidationPage.countName(severity, l));
            }
        }
        return String.join(", ", counts);
    }

    private String description(Resource mission, Resource finalite, Map<String, Basis> bases, Langue l) {
        StringBuilder sb = new StringBuilder(l.msg("chain-desc-start", mission == null ? "—"
                : site.label(mission, l).text(), site.label(finalite, l).text()));
        for (Basis basis : bases.values()) {
            sb.append(' ');
            String name = basis.article() == null ? site.label(basis.node(), l).text()
                    : basis.article() + " " + BasisCharts.shortName(basis.article().substring(4), l);
            String remarks = remarks(basis, l);
            if (remarks != null) {
                name += " (" + remarks + ")";
            }
            List<String> laws = basis.laws().stream().map(r -> site.label(r, l).text()).toList();
            sb.append(l.msg("chain-desc-basis", name, laws.isEmpty() ? l.msg("no-national-text-cited")
                    : String.join(" ; ", laws) + "."));
        }
        return sb.toString();
    }
}
