package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.registre.publish.Layout.Crumb;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Findings;
import org.w3id.registre.validate.Level;

/** The validation report page, its summary (home page) and the results about one resource (resource pages). */
final class ValidationPage {

    private final RegisterSite site;
    private final PageParts parts;

    ValidationPage(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    String render(Langue l, SiteLinks links) {
        String title = l.msg("validation-report");
        List<Crumb> crumbs = List.of(Crumb.of(links.home(l), l.msg("home")), Crumb.of(links.validation(l), title));
        return Layout.page(l, links, title, links.validation(l.other()), crumbs, List.of(), h -> {
            h.el("h1", title).newline();
            summary(h, l, links);
            if (site.findings().htmlReport().isPresent()) {
                h.open("p").a(links.validationReport(), l.msg("detailed-report-validation-stage")).close("p").newline();
            }
            for (Level level : Level.values()) {
                List<Finding> some = site.findings().findings().stream()
                        .filter(f -> f.level() == level).toList();
                if (!some.isEmpty()) {
                    h.el("h2", l.t(level.french(), level.english()) + " (" + some.size() + ")").newline();
                    findingsTable(h, some, l, links, true);
                }
            }
        });
    }

    void summary(Html h, Langue l, SiteLinks links) {
        ValidationFindings findings = site.findings();
        h.el("h2", l.msg("validation")).newline();
        h.open("p");
        if (!findings.validated()) {
            h.text(l.msg("shacl-validation-was-not"));
        } else {
            h.text(findings.passes()
                    ? l.msg("conforms-no-violation-shacl")
                    : l.msg("does-not-conform-violations"));
            h.text(" " + findings.count(Level.VIOLATION) + " " + l.msg("count-violation")
                    + ", " + findings.count(Level.WARNING) + " " + l.msg("count-warning")
                    + ", " + findings.count(Level.INFO) + " " + l.msg("count-info") + ". ");
        }
        h.a(links.validation(l), l.msg("validation-report"));
        h.close("p").newline();
    }

    /**
     * The validation results about this resource, then those about its parts (the legal bases and sous-finalités of
     * a finalité), so that a defect of a basis shows on the finalité too.
     */
    void about(Html h, Collection<String> iris, Langue l, SiteLinks links) {
        if (!site.findings().validated()) {
            return;
        }
        List<Finding> about = new ArrayList<>();
        List<Finding> ofParts = new ArrayList<>();
        for (String iri : iris) {
            about.addAll(site.findings().about(iri));
            for (Statement s : site.incoming(site.resource(iri))) {
                if (s.getPredicate().equals(DCTerms.isPartOf)
                        && s.getSubject().isURIResource()) {
                    ofParts.addAll(site.findings().about(s.getSubject().getURI()));
                }
            }
        }
        h.el("h2", l.msg("validation-results")).newline();
        if (about.isEmpty() && ofParts.isEmpty()) {
            h.open("p").text(l.msg("no-validation-result-about"))
                    .a(links.validation(l), l.msg("full-report")).close("p").newline();
            return;
        }
        if (!about.isEmpty()) {
            findingsTable(h, about, l, links, false);
        }
        if (!ofParts.isEmpty()) {
            h.el("h3", l.msg("about-parts-legal-bases")).newline();
            findingsTable(h, ofParts, l, links, true);
        }
        h.open("p").a(links.validation(l), l.msg("full-validation-report")).close("p");
    }

    void findingsTable(Html h, List<Finding> findings, Langue l, SiteLinks links,
            boolean withFocus) {
        h.open("table").open("thead").open("tr");
        List<String> cols = new ArrayList<>(List.of(l.msg("severity")));
        if (withFocus) {
            cols.add(l.msg("resource"));
        }
        cols.addAll(List.of(l.msg("property"), l.msg("value"), l.msg("message"),
                l.msg("shape")));
        for (String col : cols) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (Finding f : findings) {
            String severity = l.t(f.level().french(), f.level().english());
            String focus = Findings.text(f.focus());
            h.open("tr", "class", "resultat");
            h.el("td", severity, "class", severity);
            if (withFocus) {
                h.open("td");
                if (f.focus().isBlank()) {
                    h.text(focus);
                } else if (site.answers(focus)) {
                    parts.resourceLink(h, site.resource(focus), links, l);
                } else {
                    h.el("code", focus);
                }
                h.close("td");
            }
            h.el("td", f.path());
            h.el("td", f.valueText());
            h.el("td", l == Langue.FR ? f.messageFr() : f.messageEn());
            h.el("td", f.shape().isURI() ? site.curie(f.shape().getURI()) : "");
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }
}
