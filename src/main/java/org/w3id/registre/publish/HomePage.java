package org.w3id.registre.publish;

import java.util.List;
import java.util.Optional;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.w3id.registre.publish.Layout.Alternate;

/** The home page: what the register is, its figures, missions and legal bases, validation, downloads. */
final class HomePage {

    private final RegisterSite site;
    private final PageParts parts;
    private final ValidationPage validation;
    private final BasisCharts charts;

    HomePage(RegisterSite site, PageParts parts, ValidationPage validation) {
        this.site = site;
        this.parts = parts;
        this.validation = validation;
        this.charts = new BasisCharts(site, parts);
    }

    String render(Langue l, SiteLinks links) {
        String title = l.msg("cnam-register-processing");
        // The dataset's schema.org description for dataset search engines, derived from the DCAT one.
        String dataset = SchemaOrgDataset.jsonLd(DatasetDescription.build(site, Optional.empty()));
        return Layout.page(l, links, title, links.home(l.other()), List.of(), List.of(
                new Alternate(RdfFormat.TURTLE.mediaType, links.datasetDescription())), Optional.of(dataset), h -> {
                    h.el("h1", title).newline();
                    h.open("p").text(l.msg("record-personal-data-processing"))
                            .close("p").newline();
                    Resource register = register();
                    if (register != null) {
                        h.open("p").text(l.msg("the-register"));
                        parts.resourceLink(h, register, links, l);
                        h.close("p").newline();
                    }
                    registers(h, l, links);
                    figures(h, l);
                    missions(h, l, links);
                    bases(h, l, links);
                    validation.summary(h, l, links);
                    h.el("h2", l.msg("data-access")).newline();
                    h.open("ul");
                    links.queryUi().ifPresent(q -> Layout.item(h, q,
                            l.msg("sparql-query-interface")));
                    Layout.item(h, links.validation(l), l.msg("validation-report"));
                    Layout.item(h, links.datasetDescription(), l.msg("dataset-description-void-dcat"));
                    if (site.exists("ontologie")) {
                        Layout.item(h, links.page("ontologie", l), l.msg("register-ontology"));
                    }
                    Layout.item(h, links.page(ShapesPage.PATH, l), l.msg("shapes-title"));
                    h.close("ul").newline();
                    h.el("h3", l.msg("downloads-whole-graph-ontology")).newline();
                    h.open("ul");
                    for (RdfFormat f : RdfFormat.rdf()) {
                        Layout.item(h, links.download(f), "registre." + f.extension + " (" + f.label() + ")");
                    }
                    h.close("ul").newline();
                });
    }

    private Resource register() {
        List<QuerySolution> rows = site.select("source-document.rq");
        return rows.isEmpty() ? null : rows.get(0).getResource("registre");
    }

    /** Several registers served side by side: one row each, with its figures. One register: nothing to list. */
    private void registers(Html h, Langue l, SiteLinks links) {
        List<QuerySolution> rows = site.select("home-registers.rq");
        if (rows.size() < 2) {
            return;
        }
        h.el("h2", l.msg("registers-served")).newline();
        h.open("table").el("caption", l.msg("registers-server-each-own"));
        h.open("thead").open("tr");
        for (String col : List.of(l.msg("register"), l.msg("controller"),
                l.msg("purposes"), l.msg("sub-purposes"),
                l.msg("registers-col-bases"))) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : rows) {
            h.open("tr").open("th", "scope", "row");
            parts.resourceLink(h, row.getResource("registre"), links, l);
            h.close("th");
            h.el("td", row.getLiteral("responsable").getLexicalForm());
            h.el("td", row.getLiteral("finalites").getLexicalForm());
            h.el("td", row.getLiteral("sousFinalites").getLexicalForm());
            h.el("td", row.getLiteral("bases").getLexicalForm());
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    private void figures(Html h, Langue l) {
        QuerySolution row = site.select("home-figures.rq").get(0);
        h.el("h2", l.msg("figures")).newline();
        h.open("ul");
        h.el("li", row.getLiteral("missions").getInt() + " " + l.msg("missions-count"));
        h.el("li", row.getLiteral("finalites").getInt() + " " + l.msg("purposes-finalites"));
        h.el("li", row.getLiteral("sousFinalites").getInt() + " " + l.msg("sub-purposes-sous-finalites"));
        h.el("li", row.getLiteral("textes").getInt() + " " + l.msg("legal-texts-cited"));
        h.close("ul").newline();
    }

    private void missions(Html h, Langue l, SiteLinks links) {
        h.el("h2", l.msg("missions-heading")).newline();
        h.open("table").el("caption", l.msg("missions-register-with-their"));
        h.open("thead").open("tr");
        for (String col : List.of(l.msg("number"), l.msg("mission"), l.msg("kind"),
                l.msg("purposes"), l.msg("sub-purposes"))) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : site.select("home-missions.rq")) {
            Resource mission = row.getResource("mission");
            h.open("tr").el("td", row.getLiteral("identifier").getLexicalForm()).open("th", "scope", "row");
            parts.resourceLink(h, mission, links, l);
            h.close("th");
            // A CNIL-template register's missions are a grouping column, of no kind.
            Resource type = row.getResource("type");
            h.el("td", type == null ? "—" : type.getURI().equals(site.reg("MissionMetier")) ? l.msg("core-mission")
                    : l.msg("support-mission"));
            h.el("td", row.getLiteral("finalites").getLexicalForm());
            h.el("td", row.getLiteral("sousFinalites").getLexicalForm());
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }

    /** The bases: their weights as bars and as a table, then the mission × basis matrix, drawn then tabulated. */
    private void bases(Html h, Langue l, SiteLinks links) {
        h.el("h2", l.msg("legal-bases-gdpr-article")).newline();
        List<QuerySolution> rows = site.select("home-bases.rq");
        charts.weights(h, rows, l);
        h.open("table").el("caption", l.msg("distribution-legal-bases-by"));
        h.open("thead").open("tr");
        h.el("th", l.msg("basis"), "scope", "col");
        h.el("th", l.msg("legal-basis-statements"), "scope", "col");
        h.el("th", l.msg("purposes-relying"), "scope", "col");
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : rows) {
            Resource article = row.getResource("article");
            h.open("tr").open("th", "scope", "row");
            h.a(article.getURI(), parts.gdprArticle(article, l));
            h.close("th");
            h.el("td", row.getLiteral("bases").getLexicalForm());
            h.el("td", row.getLiteral("finalites").getLexicalForm());
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
        charts.matrix(h, l, links);
    }
}
