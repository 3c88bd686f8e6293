package org.w3id.registre.publish;

import java.util.List;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;

/** The part of a mission's page that is its own: its finalités in document order. */
final class MissionPage {

    /** The anchor of the table of finalités, where the home page's matrix leads. */
    static final String FINALITES_ANCHOR = "finalites";

    private final RegisterSite site;
    private final PageParts parts;

    MissionPage(RegisterSite site, PageParts parts) {
        this.site = site;
        this.parts = parts;
    }

    void section(Html h, Resource mission, Langue l, SiteLinks links) {
        h.el("h2", l.msg("purposes-mission"), "id", FINALITES_ANCHOR).newline();
        h.open("table").el("caption", l.msg("purposes-document-order"));
        h.open("thead").open("tr");
        for (String col : List.of(l.msg("number"), l.msg("purpose"), l.msg("sub-purposes"),
                l.msg("legal-bases-count"), l.msg("gdpr-bases-letters"))) {
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
            // GROUP_CONCAT has no order: the letters are sorted here, a to f.
            h.el("td", row.contains("articles") ? String.join(", ", new TreeSet<>(
                    List.of(row.getLiteral("articles").getLexicalForm().split(" ")))) : "");
            h.close("tr").newline();
        }
        h.close("tbody").close("table").newline();
    }
}
