package org.w3id.registre.validate;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.w3id.registre.core.Markup;

/**
 * One self-contained HTML page (no script, no external style or font) that an auditor would rather read than Turtle:
 * summary counts, results grouped by shape and by mission, French messages with the English beside them, each focus
 * node with its label and IRI. Everything from the data is escaped.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    /**
     * Renders the page for the findings of a report (their labels, missions and shape names come from the model
     * {@link Findings} was read with). Used by {@code validate} and by the linked-data pages, which serve it at a URL.
     */
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
                    Markup.escape(findings.date().toString()));
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
                    Markup.escape(e.getKey().bilingual()), e.getValue());
        }
        w.println("</tbody></table>");
        w.println("<table><thead><tr><th>Forme <span class=\"en\">/ Shape</span></th><th>Gravité <span class=\"en\">"
                + "/ Severity</span></th><th>Nombre <span class=\"en\">/ Count</span></th><th>Message</th></tr></thead>"
                + "<tbody>");
        for (Map.Entry<Node, List<Finding>> e : findings.byShape().entrySet()) {
            Finding first = e.getValue().get(0);
            w.printf("<tr class=\"%s\"><td><a href=\"#%s\">%s</a></td><td>%s</td><td>%d</td><td>%s<br/>"
                    + "<span class=\"en\">%s</span></td></tr>%n",
                    first.level().english(), anchor(findings, e.getKey()), Markup.escape(findings.shortForm(e.getKey())),
                    Markup.escape(first.level().bilingual()), e.getValue().size(), Markup.escape(first.messageFr()),
                    Markup.escape(first.messageEn()));
        }
        w.println("</tbody></table>");
    }

    private static void byShape(Findings findings, PrintWriter w) {
        w.println("<h2 id=\"formes\">Résultats par forme <span class=\"en\">/ Results by shape</span></h2>");
        for (Map.Entry<Node, List<Finding>> e : findings.byShape().entrySet()) {
            Finding first = e.getValue().get(0);
            w.printf("<h3 id=\"%s\">%s — %s <span class=\"en\">/ %s</span> (%d)</h3>%n", anchor(findings, e.getKey()),
                    Markup.escape(findings.shortForm(e.getKey())), Markup.escape(findings.shapeLabel(first.nodeShape(), "fr")),
                    Markup.escape(findings.shapeLabel(first.nodeShape(), "en")), e.getValue().size());
            w.printf("<p class=\"%s\">%s<br/><span class=\"en\">%s</span></p>%n", first.level().english(),
                    Markup.escape(first.messageFr()), Markup.escape(first.messageEn()));
            table(findings, e.getValue(), true, w);
        }
    }

    private static void byMission(Findings findings, PrintWriter w) {
        w.println("<h2 id=\"missions\">Résultats par mission <span class=\"en\">/ Results by mission</span></h2>");
        for (Map.Entry<String, List<Finding>> e : findings.byMission().entrySet()) {
            w.printf("<h3>%s (%d)</h3>%n", Markup.escape(e.getKey()), e.getValue().size());
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
                    f.level().english(), Markup.escape(f.level().bilingual()), Markup.escape(f.focusFr()),
                    f.focusEn().isEmpty() ? "" : "<br/><span class=\"en\">" + Markup.escape(f.focusEn()) + "</span>",
                    link(f.focus()));
            if (!groupedByShape) {
                w.printf("<td><a href=\"#%s\">%s</a></td>", anchor(findings, f.shape()),
                        Markup.escape(findings.shortForm(f.shape())));
            }
            w.printf("<td class=\"iri\">%s</td><td>%s</td>", Markup.escape(f.path()), Markup.escape(f.valueText()));
            if (!groupedByShape) {
                w.printf("<td>%s<br/><span class=\"en\">%s</span></td>", Markup.escape(f.messageFr()), Markup.escape(f.messageEn()));
            }
            w.println("</tr>");
        }
        w.println("</tbody></table>");
    }

    private static String link(Node focus) {
        String text = Findings.text(focus);
        if (focus.isURI() && (text.startsWith("https://") || text.startsWith("http://"))) {
            return "<a href=\"" + Markup.escape(text) + "\">" + Markup.escape(text) + "</a>";
        }
        return Markup.escape(text);
    }

    private static String anchor(Findings findings, Node shape) {
        return "forme-" + findings.shortForm(shape).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
