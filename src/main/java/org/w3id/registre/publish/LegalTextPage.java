package org.w3id.registre.publish;

import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;

/**
 * The parts of the pages of legal bases and legal texts that are their own: the GDPR article and the French texts
 * behind a basis, the articles of a text and the finalités citing it.
 */
final class LegalTextPage {

    private final RegisterSite site;
    private final PageParts parts;
    private final LawUseChart chart;

    LegalTextPage(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
        this.chart = new LawUseChart(site, parts);
    }

    /** A legal basis: its GDPR article and kind, its text as printed, end of validity, the French texts behind it. */
    void legalBasis(Html h, Resource basis, Langue l, SiteLinks links, int level) {
        String heading = "h" + Math.min(level + 1, 6);
        h.open("dl");
        for (RDFNode article : site.graph().listObjectsOfProperty(basis, SKOS.broader).toList()) {
            if (article.isURIResource()) {
                h.el("dt", l.msg("gdpr-article-6-1"));
                h.open("dd").a(article.asResource().getURI(), parts.gdprArticle(article.asResource(), l)).close("dd");
            }
        }
        site.literal(basis, site.graph().createProperty(site.reg("texteSource")), "fr").ifPresent(t -> {
            h.el("dt", l.msg("text-as-published"));
            h.open("dd").el("span", t.getLexicalForm(), "lang", "fr").close("dd");
        });
        site.graph().listObjectsOfProperty(basis, site.graph().createProperty(site.reg("finDeValidite"))).forEach(d -> {
            h.el("dt", l.msg("end-validity"));
            h.open("dd").el("time", d.asLiteral().getLexicalForm(), "datetime", d.asLiteral().getLexicalForm())
                    .close("dd");
        });
        h.close("dl");
        List<QuerySolution> laws = site.select("basis-laws.rq", RegisterSite.bind("basis", basis.getURI()));
        h.el(heading, l.msg("french-legal-texts-behind"));
        if (laws.isEmpty()) {
            h.el("p", l.msg("no-national-text-cited"));
        } else {
            h.open("ul");
            for (QuerySolution row : laws) {
                h.open("li");
                parts.resourceLink(h, row.getResource("law"), links, l);
                h.close("li");
            }
            h.close("ul");
        }
        h.newline();
    }

    void section(Html h, Resource law, Langue l, SiteLinks links) {
        List<QuerySolution> lawParts = site.select("law-parts.rq", RegisterSite.bind("law", law.getURI()));
        if (!lawParts.isEmpty()) {
            h.el("h2", l.msg("articles-parts")).newline();
            h.open("ul");
            for (QuerySolution row : lawParts) {
                h.open("li");
                parts.resourceLink(h, row.getResource("part"), links, l);
                h.close("li");
            }
            h.close("ul").newline();
        }
        h.el("h2", l.msg("purposes-relying-text")).newline();
        List<QuerySolution> rows = site.select("law-finalites.rq", RegisterSite.bind("law", law.getURI()));
        if (rows.isEmpty()) {
            h.el("p", l.msg("no-purpose-register-cites"));
            return;
        }
        chart.draw(h, law, l, links);
        h.open("table").el("caption", l.msg("purposes-legal-basis-text"));
        h.open("thead").open("tr");
        for (String col : List.of(l.msg("purpose"), l.msg("legal-basis"),
                l.msg("text-cited"))) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : rows) {
            h.open("tr").open("th", "scope", "row");
            parts.resourceLink(h, row.getResource("finalite"), links, l);
            h.close("th").open("td");
            parts.resourceLink(h, row.getResource("basis"), links, l);
            h.close("td").open("td");
            parts.resourceLink(h, row.getResource("via"), links, l);
            h.close("td").close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }
}
