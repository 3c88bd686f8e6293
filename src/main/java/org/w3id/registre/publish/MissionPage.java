package org.w3id.registre.publish;

import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;

/** The part of a mission's page that is its own: its finalités in document order. */
final class MissionPage {

    private final RegisterSite site;
    private final PageParts parts;

    MissionPage(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    void section(Html h, Resource mission, Langue l, SiteLinks links) {
        h.el("h2", l.msg("purposes-mission")).newline();
        h.open("table").el("caption", l.msg("purposes-document-order"));
        h.open("thead").open("tr");
        for (String col : List.of(l.msg("number"), l.msg("purpose"), l.msg("sub-purposes"),
                l.msg("legal-bases-count"))) {
            h.el("th", col, "scope", "col");
        }
        h.close("tr").close("thead").open("tbody").newline();
        for (QuerySolution row : site.select("mission-finalites.rq", RegisterSite.bind("mission", mission.getURI()))) {
            h.open("tr").el("td", row.contains("identifier") ? row.getLiteral("identifier").getLexicalForm() : "");
            h.open("th", "scope", "row");
            parts.resourceLink(h, row.getResource("finalite"), links, l);
            h.close("th");
            h.el("td", row.getLiteral("sousFinalites").getLexicalForm());
            h.el("td", row.getLiteral("bases").getLexicalForm());
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }
}
