package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.registre.core.Dpv;
import org.w3id.registre.publish.Layout.Crumb;
import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Findings;
import org.w3id.registre.validate.Level;

/**
 * The validation report page, each register's own report page, their summaries (home page, register pages) and the
 * results about one resource (resource pages).
 */
final class ValidationPage {

    /** Most severe first, then by focus node; stable, so each resource's results keep their order within. */
    private static final Comparator<Finding> BY_SEVERITY_THEN_FOCUS = Comparator
            .comparing(Finding::level).thenComparing(f -> Findings.text(f.focus()));

    private final RegisterSite site;
    private final PageParts parts;
    private final FindingsChart chart;
    private final ShapesPage shapes;

    ValidationPage(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
        this.shapes = new ShapesPage(site, parts);
        this.chart = new FindingsChart(site);
    }

    String render(Langue l, SiteLinks links) {
        String title = l.msg("validation-report");
        List<Crumb> crumbs = List.of(Crumb.of(links.home(l), l.msg("home")), Crumb.of(links.validation(l), title));
        return Layout.page(l, links, title, links.validation(l.other()), crumbs, List.of(), h -> {
            h.el("h1", title).newline();
            // No link to the report here: this is the report.
            summary(h, l, site.findings().findings(), Optional.empty());
            if (site.findings().report().isPresent()) {
                h.open("p").a(links.validationReport(), l.msg("detailed-report-validation-stage")).close("p").newline();
            }
            h.open("p").a(links.page(ShapesPage.PATH, l), l.msg("shapes-title")).close("p").newline();
            byRegister(h, l, links);
            chart.draw(h, l, shape -> site.isShape(shape) ? parts.href(shape, links, l) : null);
            bySeverity(h, site.findings().findings(), l, links);
        });
    }

    /**
     * The report of one register ({@code ORG/registre}) when several are served side by side: only its results —
     * about a resource of its IRI space ({@code ORG/…}) or a legal text one of its bases cites.
     */
    String renderRegister(String register, Langue l, SiteLinks links) {
        RegisterSite.Label name = site.label(site.resource(register), l);
        String title = l.msg("validation-report-of", name.text());
        String path = site.registerValidationPath(register);
        List<Crumb> crumbs = List.of(Crumb.of(links.home(l), l.msg("home")),
                new Crumb(parts.href(register, links, l), name.text(), PageParts.otherLang(name, l)),
                Crumb.of(links.page(path, l), l.msg("validation-report")));
        return Layout.page(l, links, title, links.page(path, l.other()), crumbs, List.of(), h -> {
            h.el("h1", title).newline();
            h.open("p").text(l.msg("register-validation-scope")).close("p").newline();
            List<Finding> mine = ofRegister(register);
            summary(h, l, mine, Optional.of(links.validation(l)), l.msg("full-validation-report"));
            bySeverity(h, mine, l, links);
        });
    }

    private void bySeverity(Html h, List<Finding> findings, Langue l, SiteLinks links) {
        for (Level severity : Level.values()) {
            List<Finding> some = findings.stream().filter(f -> f.level() == severity).toList();
            if (!some.isEmpty()) {
                h.el("h2", label(severity, l) + " (" + some.size() + ")").newline();
                findingsTable(h, some, l, links, true);
            }
        }
    }

    /** On the whole report, when several registers are served: each one's counts and the link to its own report. */
    private void byRegister(Html h, Langue l, SiteLinks links) {
        List<String> registers = site.registers();
        if (registers.size() < 2 || !site.findings().validated()) {
            return;
        }
        h.el("h2", l.msg("validation-by-register")).newline();
        h.open("table").open("thead").open("tr");
        h.el("th", l.msg("register"), "scope", "col");
        for (Level severity : Level.values()) {
            h.el("th", label(severity, l), "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (String register : registers) {
            List<Finding> mine = ofRegister(register);
            h.open("tr").open("th", "scope", "row");
            h.a(links.page(site.registerValidationPath(register), l), site.label(site.resource(register), l).text());
            h.close("th");
            for (Level severity : Level.values()) {
                h.el("td", Long.toString(mine.stream().filter(f -> f.level() == severity).count()));
            }
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    /**
     * A register's results: those about a resource of its IRI space ({@code ORG/…}), and those about a legal text one
     * of its bases cites (the texts under {@code droit/} are shared; a finding on one concerns each register citing
     * it). Most severe first, as on the whole report.
     */
    List<Finding> ofRegister(String register) {
        String space = register.substring(0, register.length() - "registre".length());
        Set<String> cited = new HashSet<>();
        site.graph().listStatements(null, Dpv.hasApplicableLaw, (RDFNode) null).forEachRemaining(s -> {
            if (s.getSubject().isURIResource() && s.getSubject().getURI().startsWith(space)
                    && s.getObject().isURIResource()) {
                cited.add(s.getObject().asResource().getURI());
            }
        });
        return site.findings().findings().stream().filter(f -> f.focus().isURI()
                && (f.focus().getURI().startsWith(space) || cited.contains(f.focus().getURI()))).toList();
    }

    /** The summary on the home page: the counts, and the link to this page. */
    void summary(Html h, Langue l, SiteLinks links) {
        summary(h, l, site.findings().findings(), Optional.of(links.validation(l)));
    }

    /** On a register's page: its own counts, and the link to its own report. */
    void registerSummary(Html h, String register, Langue l, SiteLinks links) {
        summary(h, l, ofRegister(register), Optional.of(links.page(site.registerValidationPath(register), l)),
                l.msg("validation-report-register"));
    }

    private void summary(Html h, Langue l, List<Finding> findings, Optional<String> report) {
        summary(h, l, findings, report, l.msg("validation-report"));
    }

    /**
     * The counts by severity; {@code report} is the link to a report (the whole one, or the register's), empty on the
     * whole report itself, with the text {@code reportText}.
     */
    private void summary(Html h, Langue l, List<Finding> findings, Optional<String> report, String reportText) {
        h.el("h2", l.msg("validation")).newline();
        h.open("p");
        if (!site.findings().validated()) {
            h.text(l.msg("shacl-validation-was-not"));
        } else {
            long violations = findings.stream().filter(f -> f.level() == Level.VIOLATION).count();
            h.text(violations == 0
                    ? l.msg("conforms-no-violation-shacl")
                    : l.msg("does-not-conform-violations"));
            h.text(" " + violations + " " + l.msg("count-violation")
                    + ", " + findings.stream().filter(f -> f.level() == Level.WARNING).count() + " "
                    + l.msg("count-warning")
                    + ", " + findings.stream().filter(f -> f.level() == Level.INFO).count() + " "
                    + l.msg("count-info") + ". ");
        }
        report.ifPresent(href -> h.a(href, reportText));
        h.close("p").newline();
    }

    /** The results about a resource's IRIs, and those about its parts (what dct:isPartOf it). */
    private record Concerning(List<Finding> about, List<Finding> ofParts) {

        List<Finding> all() {
            List<Finding> all = new ArrayList<>(about);
            all.addAll(ofParts);
            return all;
        }
    }

    private Concerning concerning(Collection<String> iris) {
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
        // Gathered resource by resource (or part by part): a warning must not sit below another part's infos.
        about.sort(BY_SEVERITY_THEN_FOCUS);
        ofParts.sort(BY_SEVERITY_THEN_FOCUS);
        return new Concerning(about, ofParts);
    }

    /** A severity's name in the page's language. */
    private static String label(Level level, Langue l) {
        return l.t(level.french(), level.english());
    }

    /** "violation(s)", "avertissement(s)", "information(s)": what follows a count. */
    static String countName(Level severity, Langue l) {
        return switch (severity) {
            case VIOLATION -> l.msg("count-violation");
            case WARNING -> l.msg("count-warning");
            case INFO -> l.msg("count-info");
        };
    }

    /** The anchor of the first result of a severity in a resource page's results ("constat-violation"). */
    static String anchor(Level severity) {
        return "constat-" + severity.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status line at the top of a resource page: its results (its own and its parts', those listed below)
     * counted by severity, each count that is not zero a link to the first of them below.
     */
    void statusLine(Html h, Collection<String> iris, Langue l, SiteLinks links) {
        h.open("p", "class", "etat", "id", "etat-validation").el("strong", l.msg("status-validation")).text(" ");
        if (!site.findings().validated()) {
            h.text(l.msg("status-not-validated")).close("p").newline();
            return;
        }
        List<Finding> all = concerning(iris).all();
        Level[] severities = Level.values();
        for (int i = 0; i < severities.length; i++) {
            Level severity = severities[i];
            long n = all.stream().filter(f -> f.level() == severity).count();
            String text = n + " " + countName(severity, l);
            if (i > 0) {
                h.text(" · ");
            }
            if (n == 0) {
                h.el("span", text, "class", "etat-zero");
            } else {
                h.a("#" + anchor(severity), text, "class", label(severity, l));
            }
        }
        if (all.isEmpty()) {
            h.text(" — " + l.msg("status-nothing"));
        }
        h.close("p").newline();
    }

    /**
     * The validation results about this resource, then those about its parts (the legal bases and sous-finalités of
     * a finalité), so that a defect of a basis shows on the finalité too. The first result of each severity carries
     * its anchor, where the status line leads.
     */
    void about(Html h, Collection<String> iris, Langue l, SiteLinks links) {
        if (!site.findings().validated()) {
            return;
        }
        Concerning concerning = concerning(iris);
        List<Finding> about = concerning.about();
        List<Finding> ofParts = concerning.ofParts();
        h.el("h2", l.msg("validation-results"), "id", "resultats-validation").newline();
        if (about.isEmpty() && ofParts.isEmpty()) {
            h.open("p").text(l.msg("no-validation-result-about"))
                    .a(links.validation(l), l.msg("full-report")).close("p").newline();
            return;
        }
        Set<Level> anchored = EnumSet.noneOf(Level.class);
        if (!about.isEmpty()) {
            findingsTable(h, about, l, links, false, anchored);
        }
        if (!ofParts.isEmpty()) {
            h.el("h3", l.msg("about-parts-legal-bases")).newline();
            findingsTable(h, ofParts, l, links, true, anchored);
        }
        h.open("p").a(links.validation(l), l.msg("full-validation-report")).close("p");
    }

    void findingsTable(Html h, List<Finding> findings, Langue l, SiteLinks links,
            boolean withFocus) {
        findingsTable(h, findings, l, links, withFocus, EnumSet.allOf(Level.class));
    }

    /** @param anchored the severities whose anchor is already on the page: the first row of each other gets it */
    private void findingsTable(Html h, List<Finding> findings, Langue l, SiteLinks links,
            boolean withFocus, Set<Level> anchored) {
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
            h.open("tr", "class", "resultat", "id", anchored.add(f.level()) ? anchor(f.level()) : null);
            h.el("td", label(f.level(), l), "class", label(f.level(), l));
            if (withFocus) {
                h.open("td");
                String focus = Findings.text(f.focus());
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
            h.open("td");
            List<String> messages = List.of(l == Langue.FR ? f.messageFr() : f.messageEn());
            for (int i = 0; i < messages.size(); i++) {
                if (i > 0) {
                    h.open("br");
                }
                h.text(messages.get(i));
            }
            h.close("td");
            h.open("td");
            if (f.shape().isURI()) {
                String shape = f.shape().getURI();
                h.a(parts.href(shape, links, l), shapes.curie(shape));
            }
            h.close("td");
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }
}
