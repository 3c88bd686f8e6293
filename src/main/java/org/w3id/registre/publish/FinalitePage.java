package org.w3id.registre.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;

/**
 * The parts of a finalité's page that are its own: DPV purposes, the project's reading, sous-finalités, legal bases;
 * and the nested items of a sous-finalité.
 */
final class FinalitePage {

    private final RegisterSite site;
    private final PageParts parts;
    private final LegalTextPage legalTexts;
    private final LegalChainDiagram chain;

    FinalitePage(RegisterSite site, PageParts parts, LegalTextPage legalTexts) {
        this.site = site;
        this.parts = parts;
        this.legalTexts = legalTexts;
        this.chain = new LegalChainDiagram(site, parts);
    }

    /** The legal chain drawn, at the top of the page: what a DPO looks at first. */
    void chain(Html h, Resource finalite, Langue l, SiteLinks links) {
        chain.draw(h, finalite, l, links);
    }

    void section(Html h, Resource finalite, Langue l, SiteLinks links) {
        purposes(h, finalite, l, links);
        projectReading(h, finalite, l, links);
        h.el("h2", l.msg("sub-purposes")).newline();
        h.open("ol");
        for (QuerySolution row : site.select("finalite-sous-finalites.rq",
                RegisterSite.bind("finalite", finalite.getURI()))) {
            h.open("li");
            parts.resourceLink(h, row.getResource("sous"), links, l);
            h.close("li").newline();
        }
        h.close("ol").newline();
        h.el("h2", l.msg("legal-bases-heading")).newline();
        for (QuerySolution row : site.select("legal-bases.rq", RegisterSite.bind("finalite", finalite.getURI()))) {
            Resource basis = row.getResource("basis");
            h.open("section", "aria-label", site.label(basis, l).text());
            h.open("h3");
            parts.resourceLink(h, basis, links, l);
            h.close("h3");
            legalTexts.legalBasis(h, basis, l, links, 3);
            h.close("section").newline();
        }
        site.literal(finalite, site.graph().createProperty(site.reg("fondementsTexte")), "fr").ifPresent(text -> {
            h.el("h3", l.msg("legal-bases-full-text"));
            h.el("blockquote", text.getLexicalForm(), "lang", "fr");
        });
    }

    private void purposes(Html h, Resource process, Langue l, SiteLinks links) {
        List<QuerySolution> rows = site.select("purposes.rq", RegisterSite.bind("process", process.getURI()));
        if (rows.isEmpty()) {
            return;
        }
        h.el("h2", l.msg("dpv-purposes-project-alignment")).newline();
        h.open("ul");
        Map<String, List<Resource>> byPurpose = new LinkedHashMap<>();
        for (QuerySolution row : rows) {
            List<Resource> broader = byPurpose.computeIfAbsent(row.getResource("purpose").getURI(),
                    k -> new ArrayList<>());
            if (row.contains("broader")) {
                broader.add(row.getResource("broader"));
            }
        }
        byPurpose.forEach((purpose, broader) -> {
            h.open("li");
            parts.resourceLink(h, site.resource(purpose), links, l);
            h.text(" ").el("code", site.curie(purpose));
            if (!broader.isEmpty()) {
                h.text(l.msg("narrows"));
                for (int i = 0; i < broader.size(); i++) {
                    if (i > 0) {
                        h.text(", ");
                    }
                    parts.resourceLink(h, broader.get(i), links, l);
                }
            }
            h.close("li");
        });
        h.close("ul").newline();
    }

    /**
     * The project's reading of a finalité: the categories of data and data subjects, and the operations, that the
     * document's words show, each with the words quoted. Headed and worded as the project's reading, never as the
     * register's statements.
     */
    private void projectReading(Html h, Resource finalite, Langue l, SiteLinks links) {
        List<QuerySolution> rows = site.select("project-reading.rq", RegisterSite.bind("finalite", finalite.getURI()));
        if (rows.isEmpty()) {
            return;
        }
        h.el("h2", l.msg("data-data-subjects-project")).newline();
        h.el("p", l.msg("document-does-not-state"),
                "class", "lecture");
        h.open("dl");
        String current = null;
        for (QuerySolution row : rows) {
            String lien = row.getResource("lien").getURI();
            if (!lien.equals(current)) {
                current = lien;
                h.el("dt", lien.endsWith("hasPersonalData") ? l.msg("categories-data")
                        : lien.endsWith("hasDataSubject") ? l.msg("data-subjects")
                        : l.msg("operations-also-described-elsewhere"));
            }
            h.open("dd");
            parts.resourceLink(h, row.getResource("concept"), links, l);
            h.text(l.msg("reading-quote-open"));
            h.el("span", row.getLiteral("mots").getLexicalForm(), "lang", "fr");
            h.text(l.msg("reading-quote-close"));
            h.open("a", "href", parts.href(row.getResource("lecture").getURI(), links, l))
                    .text(l.msg("project-reading")).close("a");
            h.text(")");
            h.close("dd");
        }
        h.close("dl").newline();
    }

    void sousFinalite(Html h, Resource sous, Langue l, SiteLinks links) {
        RDFNode nested = site.graph().listObjectsOfProperty(sous,
                site.graph().createProperty(site.reg("elementsImbriques"))).toList().stream().findFirst().orElse(null);
        if (nested != null) {
            h.el("h2", l.msg("nested-items")).newline();
            parts.value(h, nested, links, l);
        }
    }
}
