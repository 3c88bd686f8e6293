package org.w3id.registre.publish;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.w3id.registre.publish.Layout.Crumb;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Findings;
import org.w3id.registre.validate.Level;

/**
 * The validation stage's detailed report, for an auditor who would rather read than Turtle: the counts, the results
 * grouped by shape and by mission, French with the English beside it, each focus node with its label and IRI. The
 * same page twice: inside the site (served at /validation/rapport, exported as validation/rapport.html) with its
 * navigation, and alone as the file {@code registre validate --format html} writes, with the site's layout and
 * style but no link out of the file except the IRIs themselves.
 */
public final class ValidationReportPage {

    private final Findings findings;
    /** Where a focus node's IRI leads, or null for no link. */
    private final Function<String, String> focusHref;
    /** Where a shape's IRI leads: its section of the shapes page. */
    private final Function<String, String> shapeHref;

    private ValidationReportPage(Findings findings, Function<String, String> focusHref,
            Function<String, String> shapeHref) {
        this.findings = findings;
        this.focusHref = focusHref;
        this.shapeHref = shapeHref;
    }

    /**
     * The report as a file of its own: every IRI is linked as it is (a register IRI and a shape IRI dereference to
     * their pages wherever the register is published), nothing else leaves the file.
     */
    public static String standalone(Findings findings) {
        Function<String, String> asIs = iri -> iri.startsWith("https://") || iri.startsWith("http://") ? iri : null;
        return Layout.standalone(Langue.FR, title(), new ValidationReportPage(findings, asIs, asIs)::body);
    }

    /** The report in the site's frame: the resources and the shapes link to their pages on the site. */
    static String inSite(Findings findings, RegisterSite site, PageParts parts, SiteLinks links) {
        Langue l = Langue.FR;
        List<Crumb> crumbs = List.of(Crumb.of(links.home(l), l.msg("home")),
                Crumb.of(links.validation(l), l.msg("validation-report")),
                Crumb.of(links.validationReport(), title()));
        ValidationReportPage page = new ValidationReportPage(findings,
                iri -> site.answers(iri) ? parts.href(iri, links, l) : null,
                iri -> site.isShape(iri) ? parts.href(iri, links, l) : null);
        return Layout.page(l, links, title(), links.validation(Langue.EN), crumbs, List.of(), page::body);
    }

    private static String title() {
        return Langue.FR.msg("report-title") + " / " + Langue.EN.msg("report-title");
    }

    private void body(Html h) {
        h.open("h1");
        both(h, l -> l.msg("report-title"));
        h.close("h1").newline();
        if (findings.date() != null) {
            h.open("p");
            both(h, l -> l.msg("report-validation-date"));
            h.text(" : " + findings.date()).close("p").newline();
        }
        h.open("nav", "aria-label", Langue.FR.msg("report-contents")).open("ul");
        for (String[] part : List.of(new String[] {"#synthese", "report-summary"},
                new String[] {"#formes", "report-by-shape"}, new String[] {"#missions", "report-by-mission"})) {
            h.open("li").open("a", "href", part[0]);
            both(h, l -> l.msg(part[1]));
            h.close("a").close("li");
        }
        h.close("ul").close("nav").newline();
        summary(h);
        byShape(h);
        byMission(h);
    }

    /** French, then the English beside it in the site's muted style. */
    private static void both(Html h, Function<Langue, String> text) {
        h.text(text.apply(Langue.FR) + " ");
        h.el("span", "/ " + text.apply(Langue.EN), "lang", "en", "class", "traduction");
    }

    private static void th(Html h, Function<Langue, String> text) {
        h.open("th", "scope", "col");
        both(h, text);
        h.close("th");
    }

    private static void level(Html h, Level level) {
        h.el("td", level.bilingual(), "class", level.french());
    }

    private void summary(Html h) {
        h.open("h2", "id", "synthese");
        both(h, l -> l.msg("report-summary"));
        h.close("h2").newline();
        h.open("p").text(findings.size() + " ");
        both(h, l -> l.msg("report-results"));
        h.close("p").newline();
        h.open("table").open("thead").open("tr");
        th(h, l -> l.msg("severity"));
        th(h, l -> l.msg("report-count"));
        h.close("tr").close("thead").open("tbody");
        for (Map.Entry<Level, Integer> e : findings.countByLevel().entrySet()) {
            h.open("tr");
            level(h, e.getKey());
            h.el("td", e.getValue().toString()).close("tr").newline();
        }
        h.close("tbody").close("table").newline();
        h.open("table").open("thead").open("tr");
        th(h, l -> l.msg("shape"));
        th(h, l -> l.msg("severity"));
        th(h, l -> l.msg("report-count"));
        th(h, l -> l.msg("message"));
        h.close("tr").close("thead").open("tbody");
        for (Map.Entry<Node, List<Finding>> e : findings.byShape().entrySet()) {
            Finding first = e.getValue().get(0);
            h.open("tr", "class", "resultat").open("td");
            shape(h, e.getKey());
            h.close("td");
            level(h, first.level());
            // The count leads to the results of the shape, below.
            h.open("td").a("#" + anchor(e.getKey()), Integer.toString(e.getValue().size())).close("td");
            messages(h, first);
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    private void byShape(Html h) {
        h.open("h2", "id", "formes");
        both(h, l -> l.msg("report-by-shape"));
        h.close("h2").newline();
        for (Map.Entry<Node, List<Finding>> e : findings.byShape().entrySet()) {
            Finding first = e.getValue().get(0);
            h.open("h3", "id", anchor(e.getKey()));
            shape(h, e.getKey());
            h.text(" — " + findings.shapeLabel(first.nodeShape(), "fr") + " ");
            h.el("span", "/ " + findings.shapeLabel(first.nodeShape(), "en"), "lang", "en", "class", "traduction");
            h.text(" (" + e.getValue().size() + ")").close("h3").newline();
            h.open("p", "class", first.level().french()).text(first.messageFr()).open("br");
            h.el("span", first.messageEn(), "lang", "en", "class", "traduction").close("p").newline();
            table(h, e.getValue(), true);
        }
    }

    private void byMission(Html h) {
        h.open("h2", "id", "missions");
        both(h, l -> l.msg("report-by-mission"));
        h.close("h2").newline();
        for (Map.Entry<String, List<Finding>> e : findings.byMission().entrySet()) {
            h.el("h3", e.getKey() + " (" + e.getValue().size() + ")").newline();
            table(h, e.getValue(), false);
        }
    }

    private void table(Html h, List<Finding> rows, boolean groupedByShape) {
        h.open("table").open("thead").open("tr");
        th(h, l -> l.msg("severity"));
        th(h, l -> l.msg("report-focus-node"));
        if (!groupedByShape) {
            th(h, l -> l.msg("shape"));
        }
        th(h, l -> l.msg("report-path"));
        th(h, l -> l.msg("value"));
        if (!groupedByShape) {
            th(h, l -> l.msg("message"));
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (Finding f : rows) {
            h.open("tr", "class", "resultat");
            level(h, f.level());
            h.open("td").text(f.focusFr());
            if (!f.focusEn().isEmpty()) {
                h.open("br").el("span", f.focusEn(), "lang", "en", "class", "traduction");
            }
            h.open("br");
            String focus = Findings.text(f.focus());
            String href = f.focus().isURI() ? focusHref.apply(focus) : null;
            if (href != null) {
                h.open("a", "href", href).el("code", focus).close("a");
            } else {
                h.el("code", focus);
            }
            h.close("td");
            if (!groupedByShape) {
                h.open("td");
                shape(h, f.shape());
                h.close("td");
            }
            h.open("td");
            if (!f.path().isEmpty()) {
                h.el("code", f.path());
            }
            h.close("td");
            h.el("td", f.valueText());
            if (!groupedByShape) {
                messages(h, f);
            }
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    private static void messages(Html h, Finding f) {
        h.open("td").text(f.messageFr()).open("br");
        h.el("span", f.messageEn(), "lang", "en", "class", "traduction").close("td");
    }

    /** A shape by its short name, linked to its section of the shapes page when it has one. */
    private void shape(Html h, Node shape) {
        String name = findings.shortForm(shape);
        String href = shape != null && shape.isURI() ? shapeHref.apply(shape.getURI()) : null;
        if (href != null) {
            h.a(href, name);
        } else {
            h.text(name);
        }
    }

    private String anchor(Node shape) {
        return "forme-" + findings.shortForm(shape).replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
