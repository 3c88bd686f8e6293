package org.w3id.registre.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
import org.w3id.registre.publish.Layout.Crumb;
import org.w3id.registre.search.InvalidSearchException;
import org.w3id.registre.search.Kind;
import org.w3id.registre.search.RegisterSearch;
import org.w3id.registre.search.SearchHit;
import org.w3id.registre.search.SearchQuery;

/**
 * The search page ({@code /recherche?q=…}, {@code /en/search?q=…}): a form, then the resources found grouped by
 * kind, ranked, with the matched words highlighted ({@code <mark>}) and each linked to its page. Rendered on the
 * server, no script.
 */
final class SearchPage {

    /** What the page shows, and the HTTP status that goes with it. */
    record Rendered(int status, String html) {
    }

    private final RegisterSite site;
    private final RegisterSearch search;

    SearchPage(RegisterSite site, RegisterSearch search) {
        this.site = site;
        this.search = search;
    }

    Rendered render(String typed, Langue l, SiteLinks links) {
        String q = typed == null ? "" : typed.strip();
        String title = l.msg("search");
        String other = links.search(l.other()) + (q.isEmpty() ? "" : "?q=" + encode(q));
        List<Crumb> crumbs = List.of(Crumb.of(links.home(l), l.msg("home")), Crumb.of(links.search(l), title));
        SearchQuery query;
        try {
            query = SearchQuery.parse(q);
        } catch (InvalidSearchException e) {
            int status = e.isEmpty() ? 200 : 400;
            String html = Layout.page(l, links, title, other, crumbs, List.of(), h -> {
                h.el("h1", l.msg("search-register")).newline();
                form(h, q, l, links);
                if (!e.isEmpty()) {
                    h.el("p", l.t(e.french(), e.english()), "class", "erreur", "role", "alert", "id", "erreur")
                            .newline();
                }
                help(h, l);
            });
            return new Rendered(status, html);
        }
        Map<Kind, List<SearchHit>> hits = search.search(query);
        int count = RegisterSearch.count(hits);
        String html = Layout.page(l, links, title + " : " + q, other, crumbs, List.of(), h -> {
            h.el("h1", l.msg("search-register")).newline();
            form(h, q, l, links);
            h.open("p", "id", "resultats-resume", "role", "status");
            if (count == 0) {
                h.text(l.msg("search-none", q));
                if (query.onlyStopWords()) {
                    h.text(" ").text(l.msg("stop-words-le-de"));
                }
            } else {
                h.text(l.msg(count > 1 ? "search-count-many" : "search-count-one", count, q));
                boolean first = true;
                for (Map.Entry<Kind, List<SearchHit>> group : hits.entrySet()) {
                    if (!first) {
                        h.text(", ");
                    }
                    first = false;
                    h.a("#" + group.getKey().code, kindName(group.getKey(), l) + " " + group.getValue().size());
                }
                h.text(".");
            }
            h.close("p").newline();
            for (Map.Entry<Kind, List<SearchHit>> group : hits.entrySet()) {
                h.open("section", "aria-labelledby", group.getKey().code);
                h.el("h2", kindName(group.getKey(), l) + " (" + group.getValue().size() + ")", "id",
                        group.getKey().code).newline();
                h.open("ol", "class", "resultats");
                for (SearchHit hit : group.getValue()) {
                    hit(h, hit, l, links);
                }
                h.close("ol").close("section").newline();
            }
            links.query(sparql(query)).ifPresent(href -> h.open("p").a(href,
                    l.msg("open-search-sparql-editor"))
                    .close("p").newline());
            help(h, l);
        });
        return new Rendered(200, html);
    }

    /**
     * The search page of the static export: the same form; the results are found by {@code recherche.js} in the
     * prebuilt {@code recherche-index.json} (the served pages stay script-free). {@code root} is the relative link
     * to the export's root ("" or "../").
     */
    String renderStatic(Langue l, SiteLinks links, String root) {
        String title = l.msg("search");
        List<Crumb> crumbs = List.of(Crumb.of(links.home(l), l.msg("home")), Crumb.of(links.search(l), title));
        return Layout.page(l, links, title, links.search(l.other()), crumbs, List.of(), h -> {
            h.el("h1", l.msg("search-register")).newline();
            h.open("form", "role", "search", "method", "get", "action", links.search(l), "class", "recherche",
                    "id", "form-recherche", "data-racine", root);
            h.el("label", l.msg("words-look"), "for", "q").text(" ");
            h.open("input", "type", "search", "id", "q", "name", "q", "maxlength",
                    Integer.toString(SearchQuery.MAX_LENGTH), "aria-describedby", "aide-recherche").text(" ");
            h.el("button", l.msg("search-button"), "type", "submit");
            h.close("form").newline();
            h.open("div", "id", "resultats", "aria-live", "polite").close("div").newline();
            h.open("noscript").el("p", l.msg("searching-static-copy-needs")).close("noscript").newline();
            h.el("p", l.msg("static-copy-all-words"));
            help(h, l);
            h.open("script", "src", root + "recherche.js", "defer", "defer").close("script").newline();
        });
    }

    private static String kindName(Kind k, Langue l) {
        return l.t(k.french, k.english);
    }

    private void hit(Html h, SearchHit hit, Langue l, SiteLinks links) {
        h.open("li");
        Optional<String> path = site.base().documentPath(hit.iri());
        RegisterSite.Label label = site.label(site.resource(hit.iri()), l);
        String lang = label.lang() != null && !label.lang().equals(l.tag) ? label.lang() : null;
        h.open("p", "class", "resultat-titre");
        hit.identifier().ifPresent(id -> h.el("span", id, "class", "identifiant").text(" "));
        if (path.isPresent() && site.exists(path.get())) {
            h.open("a", "href", links.page(path.get(), l), "lang", lang).text(label.text()).close("a");
        } else {
            h.el("span", label.text(), "lang", lang);
        }
        if (label.projectTranslation()) {
            h.text(" ").el("span", l.msg("project-translation"), "class", "traduction");
        }
        h.close("p");
        for (SearchHit.Extract extract : hit.extracts()) {
            h.open("p", "class", "extrait");
            h.el("span", where(extract, l) + " : ", "class", "champ");
            h.open("span", "lang", extract.lang().isEmpty() || extract.lang().equals(l.tag) ? null : extract.lang());
            List<String> segments = extract.segments();
            for (int i = 0; i < segments.size(); i++) {
                if (i % 2 == 1) {
                    h.el("mark", segments.get(i));
                } else {
                    h.text(segments.get(i));
                }
            }
            h.close("span").close("p");
        }
        h.close("li").newline();
    }

    /** Which text matched, in words. */
    private String where(SearchHit.Extract e, Langue l) {
        String local = e.property().substring(Math.max(e.property().lastIndexOf('#'), e.property().lastIndexOf('/'))
                + 1);
        boolean english = e.lang().startsWith("en");
        return switch (local) {
            case "prefLabel" -> english ? l.msg("field-english-label") : l.msg("field-label");
            case "altLabel" -> l.msg("field-overview-label");
            case "title" -> l.msg("field-title");
            case "texteSource" -> l.msg("field-legal-basis");
            case "fondementsTexte" -> l.msg("field-legal-bases");
            case "note" -> l.msg("field-note");
            default -> site.curie(e.property());
        };
    }

    private static void form(Html h, String q, Langue l, SiteLinks links) {
        h.open("form", "role", "search", "method", "get", "action", links.search(l), "class", "recherche");
        h.el("label", l.msg("words-look"), "for", "q").text(" ");
        h.open("input", "type", "search", "id", "q", "name", "q", "value", q, "maxlength",
                Integer.toString(SearchQuery.MAX_LENGTH), "aria-describedby", "aide-recherche").text(" ");
        h.el("button", l.msg("search-button"), "type", "submit");
        h.close("form").newline();
    }

    private static void help(Html h, Langue l) {
        h.open("details", "id", "aide-recherche").el("summary", l.msg("how-search"));
        h.open("ul");
        h.el("li", l.msg("all-words-typed-must"));
        h.el("li", l.msg("plurals-common-inflections-are"));
        h.el("li", l.msg("compounds-are-not-split"));
        h.el("li", l.msg("lucene-syntax-exact-phrase"));
        h.close("ul").close("details").newline();
    }

    /** The search as a SPARQL query a person can run and change: the same text:query, the query string bound. */
    private String sparql(SearchQuery query) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(
                "PREFIX reg: <" + site.reg("") + ">\n" + RegisterSearch.text());
        pss.setLiteral("q", query.lucene());
        return pss.toString();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
