package org.w3id.registre.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.query.ParameterizedSparqlString;
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
    private final Pages pages;
    private final RegisterSearch search;

    SearchPage(RegisterSite site, Pages pages, RegisterSearch search) {
        this.site = site;
        this.pages = pages;
        this.search = search;
    }

    Rendered render(String typed, Langue l, SiteLinks links) {
        String q = typed == null ? "" : typed.strip();
        String title = l.t("Recherche", "Search");
        String other = links.search(l.other()) + (q.isEmpty() ? "" : "?q=" + encode(q));
        List<String[]> crumbs = List.of(new String[] {links.home(l), l.t("Accueil", "Home")},
                new String[] {links.search(l), title});
        SearchQuery query;
        try {
            query = SearchQuery.parse(q);
        } catch (InvalidSearchException e) {
            int status = e.isEmpty() ? 200 : 400;
            String html = pages.layout(l, links, title, other, crumbs, List.of(), h -> {
                h.el("h1", l.t("Rechercher dans le registre", "Search the register")).newline();
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
        String html = pages.layout(l, links, title + " : " + q, other, crumbs, List.of(), h -> {
            h.el("h1", l.t("Rechercher dans le registre", "Search the register")).newline();
            form(h, q, l, links);
            h.open("p", "id", "resultats-resume", "role", "status");
            if (count == 0) {
                h.text(l.t("Aucun résultat pour « " + q + " ».", "No results for '" + q + "'."));
                if (query.onlyStopWords()) {
                    h.text(" ").text(l.t("Les mots vides (le, de, la, pour…) ne sont pas indexés.",
                            "Stop words (le, de, la, pour…) are not indexed."));
                }
            } else {
                h.text(l.t(count + (count > 1 ? " résultats" : " résultat") + " pour « " + q + " » : ",
                        count + (count > 1 ? " results" : " result") + " for '" + q + "': "));
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
                    l.t("Ouvrir cette recherche dans l'éditeur SPARQL", "Open this search in the SPARQL editor"))
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
        String title = l.t("Recherche", "Search");
        List<String[]> crumbs = List.of(new String[] {links.home(l), l.t("Accueil", "Home")},
                new String[] {links.search(l), title});
        return pages.layout(l, links, title, links.search(l.other()), crumbs, List.of(), h -> {
            h.el("h1", l.t("Rechercher dans le registre", "Search the register")).newline();
            h.open("form", "role", "search", "method", "get", "action", links.search(l), "class", "recherche",
                    "id", "form-recherche", "data-racine", root);
            h.el("label", l.t("Mots cherchés", "Words to look for"), "for", "q").text(" ");
            h.open("input", "type", "search", "id", "q", "name", "q", "maxlength",
                    Integer.toString(SearchQuery.MAX_LENGTH), "aria-describedby", "aide-recherche").text(" ");
            h.el("button", l.t("Chercher", "Search"), "type", "submit");
            h.close("form").newline();
            h.open("div", "id", "resultats", "aria-live", "polite").close("div").newline();
            h.open("noscript").el("p", l.t("La recherche de cette copie statique demande JavaScript ; le site servi"
                    + " (registre serve) cherche sans script.", "Searching this static copy needs JavaScript; the"
                    + " served site (registre serve) searches without any script.")).close("noscript").newline();
            h.el("p", l.t("Copie statique : tous les mots tapés doivent figurer dans la même ressource ; accents,"
                    + " pluriels et mots vides traités comme sur le serveur ; préfixe* admis ; pas d'autre syntaxe"
                    + " Lucene.", "Static copy: all the words typed must appear in the same resource; accents,"
                    + " plurals and stop words handled as on the server; prefix* allowed; no other Lucene syntax."));
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
            h.text(" ").el("span", l.t("(traduction du projet)", "(project's translation)"), "class", "traduction");
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
            case "prefLabel" -> english ? l.t("libellé anglais (traduction du projet)", "English label (project's"
                    + " translation)") : l.t("libellé", "label");
            case "altLabel" -> l.t("libellé de la liste des finalités", "label in the overview list");
            case "title" -> l.t("titre", "title");
            case "texteSource" -> l.t("fondement tel qu'imprimé", "legal basis as printed");
            case "fondementsTexte" -> l.t("fondements juridiques tels qu'imprimés", "legal bases as printed");
            case "note" -> l.t("note", "note");
            default -> site.curie(e.property());
        };
    }

    private static void form(Html h, String q, Langue l, SiteLinks links) {
        h.open("form", "role", "search", "method", "get", "action", links.search(l), "class", "recherche");
        h.el("label", l.t("Mots cherchés", "Words to look for"), "for", "q").text(" ");
        h.open("input", "type", "search", "id", "q", "name", "q", "value", q, "maxlength",
                Integer.toString(SearchQuery.MAX_LENGTH), "aria-describedby", "aide-recherche").text(" ");
        h.el("button", l.t("Chercher", "Search"), "type", "submit");
        h.close("form").newline();
    }

    private static void help(Html h, Langue l) {
        h.open("details", "id", "aide-recherche").el("summary", l.t("Comment chercher", "How to search"));
        h.open("ul");
        h.el("li", l.t("Tous les mots tapés doivent figurer dans le même libellé ou texte ; majuscules et accents"
                + " sont ignorés (« securite sociale » trouve « Sécurité sociale »).",
                "All the words typed must appear in the same label or text; case and accents are ignored"
                        + " (\"securite sociale\" finds \"Sécurité sociale\")."));
        h.el("li", l.t("Pluriels et flexions courantes sont ramenés à leur racine (« fraudes » trouve « fraude »,"
                + " « médecins » trouve « médecin ») ; les mots vides (le, de, pour…) sont ignorés.",
                "Plurals and common inflections are reduced to their stem (\"fraudes\" finds \"fraude\","
                        + " \"médecins\" finds \"médecin\"); stop words (le, de, pour…) are ignored."));
        h.el("li", l.t("Les mots composés ne sont pas découpés : « vidéo » ne trouve pas « vidéosurveillance »,"
                + " « vidéo* » (préfixe) le trouve.",
                "Compounds are not split: \"vidéo\" does not find \"vidéosurveillance\", \"vidéo*\" (prefix)"
                        + " does."));
        h.el("li", l.t("Syntaxe Lucene : \"expression exacte\", OR, NOT ou -mot, préfixe*, approché~.",
                "Lucene syntax: \"exact phrase\", OR, NOT or -word, prefix*, fuzzy~."));
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
