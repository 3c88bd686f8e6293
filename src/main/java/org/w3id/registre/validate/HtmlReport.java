package org.w3id.registre.validate;

import java.io.PrintWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;

/**
 * One self-contained HTML page (no script, no external style or font) that an auditor would rather read than Turtle:
 * summary counts, results grouped by shape and by mission, French messages with the English beside them, each focus
 * node with its label and IRI. Everything from the data is escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * Renders the page for a report. {@code labels} gives labels and missions of focus nodes (the data) and the names
     * of shapes (the shapes graph): pass a union of both, or the data alone. Used by {@code validate} and by the
     * linked-data pages, which serve it at a URL.
     */
    public static void render(ValidationReport report, Model labels, Writer out) {
        render(Findings.of(report, labels, null), out);
    }

    /** Same, stating the validation date in the header. */
    public static void render(ValidationReport report, Model labels, LocalDate date, Writer out) {
        render(Findings.of(report, labels, date), out);
    }

    public static void render(Findings findings, Writer out) {
        PrintWriter w = new PrintWriter(out);
        w.println("<!DOCTYPE html>");
        w.println("<html lang=\"fr\">");
        w.println("<head>");
        w.println("<meta charset=\"utf-8\"/>");
        w.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        w.println("<title>Validation du registre / Register validation</title>");
        w.println("<style>");
        w.println("body{font-family:system-ui,sans-serif;margin:2em auto;max-width:75em;padding:0 1em;color:#222}");
        w.println("table{border-collapse:collapse;margin:1em 0;width:100%}th,td{border:1px solid #ccc;padding:.3em .5em;"
                + "vertical-align:top;text-align:left}th{background:#f3f3f3}");
        w.println(".en{color:#555;font-style:italic}.iri{font-family:monospace;font-size:.85em;word-break:break-all}");
        w.println(".Violation{background:#fde2e1}.Warning{background:#fff4d6}.Info{background:#e6f0fb}");
        w.println("h2{border-bottom:2px solid #ddd;padding-bottom:.2em;margin-top:2em}nav a{margin-right:1em}");
        w.println("</style>");
        w.println("</head>");
        w.println("<body>");
        w.println("<h1>Validation du registre <span class=\"en\">/ Register validation</span></h1>");
        if (findings.date() != null) {
            w.printf("<p>Date de validation <span class=\"en\">/ validation date</span> : %s</p>%n",
                    esc(findings.date().toString()));
        }
        w.println("<nav><a href=\"#synthese\">Synthèse / Summary</a><a href=\"#formes\">Par forme / By shape</a>"
                + "<a href=\"#missions\">Par mission / By mission</a></nav>");

        summary(findings, w);
        byShape(findings, w);
        byMission(findings, w);

        w.println("</body>");
        w.println("</html>");
        w.flush();
    }

    private static void summary(Findings findings, PrintWriter w) {
        w.println("<h2 id=\"synthese\">Synthèse <span class=\"en\">/ Summary</span></h2>");
        w.printf("<p>%d résultat(s) <span class=\"en\">/ %d result(s)</span></p>%n", findings.size(), findings.size());
        w.println("<table><thead><tr><th>Gravité <span class=\"en\">/ Severity</span></th>"
                + "<th>Nombre <span class=\"en\">/ Count</span></th></tr></thead><tbody>");
        for (Map.Entry<Level, Integer> e : findings.countByLevel().entrySet()) {
            w.printf("<tr class=\"%s\"><td>%s</td><td>%d</td></tr>%n", e.getKey().english(),
                    esc(e.getKey().bilingual()), e.getValue());
        }
        w.println("</tbody></table>");
        w.println("<table><thead><tr><th>Forme <span class=\"en\">/ Shape</span></th><th>Gravité <span class=\"en\">"
                + "/ Severity</span></th><th>Nombre <span class=\"en\">/ Count</span></th><th>Message</th></tr></thead>"
                + "<tbody>");
        for (Map.Entry<Node, List<Finding>> e : findings.byShape().entrySet()) {
            Finding first = e.getValue().get(0);
            w.printf("<tr class=\"%s\"><td><a href=\"#%s\">%s</a></td><td>%s</td><td>%d</td><td>%s<br/>"
                    + "<span class=\"en\">%s</span></td></tr>%n",
                    first.level().english(), anchor(findings, e.getKey()), esc(findings.shortForm(e.getKey())),
                    esc(first.level().bilingual()), e.getValue().size(), esc(first.messageFr()),
                    esc(first.messageEn()));
        }
        w.println("</tbody></table>");
    }

    private static void byShape(Findings findings, PrintWriter w) {
        w.println("<h2 id=\"formes\">Résultats par forme <span class=\"en\">/ Results by shape</span></h2>");
        for (Map.Entry<Node, List<Finding>> e : findings.byShape().entrySet()) {
            Finding first = e.getValue().get(0);
            w.printf("<h3 id=\"%s\">%s — %s <span class=\"en\">/ %s</span> (%d)</h3>%n", anchor(findings, e.getKey()),
                    esc(findings.shortForm(e.getKey())), esc(findings.shapeLabel(first.nodeShape(), "fr")),
                    esc(findings.shapeLabel(first.nodeShape(), "en")), e.getValue().size());
            w.printf("<p class=\"%s\">%s<br/><span class=\"en\">%s</span></p>%n", first.level().english(),
                    esc(first.messageFr()), esc(first.messageEn()));
            table(findings, e.getValue(), true, w);
        }
    }

    private static void byMission(Findings findings, PrintWriter w) {
        w.println("<h2 id=\"missions\">Résultats par mission <span class=\"en\">/ Results by mission</span></h2>");
        for (Map.Entry<String, List<Finding>> e : findings.byMission().entrySet()) {
            w.printf("<h3>%s (%d)</h3>%n", esc(e.getKey()), e.getValue().size());
            table(findings, e.getValue(), false, w);
        }
    }

    private static void table(Findings findings, List<Finding> rows, boolean groupedByShape, PrintWriter w) {
        w.print("<table><thead><tr><th>Gravité <span class=\"en\">/ Severity</span></th>"
                + "<th>Nœud <span class=\"en\">/ Focus node</span></th>");
        if (!groupedByShape) {
            w.print("<th>Forme <span class=\"en\">/ Shape</span></th>");
        }
        w.print("<th>Chemin <span class=\"en\">/ Path</span></th><th>Valeur <span class=\"en\">/ Value</span></th>");
        if (!groupedByShape) {
            w.print("<th>Message</th>");
        }
        w.println("</tr></thead><tbody>");
        for (Finding f : rows) {
            w.printf("<tr class=\"%s\"><td>%s</td><td>%s%s<br/><span class=\"iri\">%s</span></td>",
                    f.level().english(), esc(f.level().bilingual()), esc(f.focusFr()),
                    f.focusEn().isEmpty() ? "" : "<br/><span class=\"en\">" + esc(f.focusEn()) + "</span>",
                    link(f.focus()));
            if (!groupedByShape) {
                w.printf("<td><a href=\"#%s\">%s</a></td>", anchor(findings, f.shape()),
                        esc(findings.shortForm(f.shape())));
            }
            w.printf("<td class=\"iri\">%s</td><td>%s</td>", esc(f.path()), esc(f.valueText()));
            if (!groupedByShape) {
                w.printf("<td>%s<br/><span class=\"en\">%s</span></td>", esc(f.messageFr()), esc(f.messageEn()));
            }
            w.println("</tr>");
        }
        w.println("</tbody></table>");
    }

    private static String link(Node focus) {
        String text = Findings.text(focus);
        if (focus.isURI() && (text.startsWith("https://") || text.startsWith("http://"))) {
            return "<a href=\"" + esc(text) + "\">" + esc(text) + "</a>";
        }
        return esc(text);
    }

    private static String anchor(Findings findings, Node shape) {
        return "forme-" + findings.shortForm(shape).replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
