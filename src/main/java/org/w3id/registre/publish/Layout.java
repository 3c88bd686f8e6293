package org.w3id.registre.publish;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.w3id.registre.search.SearchQuery;

/**
 * The frame every page shares: language, title, skip link, navigation, language switch, breadcrumbs, footer. The
 * pages write only what is inside {@code <main>}.
 */
final class Layout {

    /**
     * One style sheet for every page. Table cells may break a long IRI or value anywhere ({@code overflow-wrap:
     * anywhere} also lowers a column's minimum width, which {@code break-word} does not), so that a table fits the
     * window instead of pushing its last columns out of it; the severity word stays whole.
     */
    static final String STYLE = """
            body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1b1b1b}
            header,main,footer{max-width:72rem;margin:0 auto;padding:0 1rem}
            header{border-bottom:1px solid #ccc}
            header nav ul,nav.fil ol{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
            a{color:#0b4f9c}
            a:focus{outline:3px solid #f90}
            .evitement{position:absolute;left:-999px}.evitement:focus{left:1rem;top:1rem;background:#fff}
            table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
            .traduction{font-size:.85em;color:#555}
            .Violation{color:#a00000}.Avertissement,.Warning{color:#7a4d00}
            code{word-break:break-all}
            td{overflow-wrap:anywhere}.resultat td:first-child{overflow-wrap:normal}
            blockquote{border-left:4px solid #ccc;margin:0;padding-left:1rem;white-space:pre-line}
            header{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:0 1rem}
            form.entete input{width:12rem}
            .masque{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            figure{margin:1rem 0}svg.graphique{display:block;width:100%;max-width:50rem;height:auto}svg.large{max-width:none}
            svg.graphique a:focus rect{stroke:#f90;stroke-width:3}
            p.etat{border:1px solid #bbb;border-radius:4px;padding:.3rem .6rem;display:inline-block}
            @media print{
            @page{size:A4;margin:10mm 12mm}
            body{font-size:9pt;line-height:1.25}
            h1{font-size:15pt;margin:0 0 .3em}h2{font-size:11.5pt;margin:.7em 0 .2em}h3,h4{font-size:10pt;margin:.5em 0 .2em}
            p,ul,ol,dl,table,figure,blockquote{margin-top:.2em;margin-bottom:.4em}dd{margin-left:1.5em}
            th,td{padding:.1rem .3rem}footer{font-size:7.5pt}footer p{margin:.3em 0 0}
            header,.evitement,nav.fil,form[role=search],a.sparql,.ecran{display:none}
            header,main,footer{max-width:none;padding:0}
            a{color:inherit;text-decoration:none}
            main p a[href^="http"]::after,main li a[href^="http"]::after{content:" <" attr(href) ">";font-size:.85em;word-break:break-all}
            table{width:100%}thead{display:table-header-group}tr,figure,svg,dl,blockquote{break-inside:avoid}
            h1,h2,h3,h4{break-after:avoid}
            svg.graphique{max-width:100%}
            }
            """;

    /**
     * One step of the breadcrumb trail.
     *
     * @param lang the language of {@code text} when it is not the page's (a label only in French), else null
     */
    record Crumb(String href, String text, String lang) {

        static Crumb of(String href, String text) {
            return new Crumb(href, text, null);
        }
    }

    /** The same document in another format, announced in the head ({@code <link rel="alternate">}). */
    record Alternate(String mediaType, String href) {
    }

    private Layout() {
    }

    /** A page; {@code otherLanguage} is the link to the same page in the other language. */
    static String page(Langue l, SiteLinks links, String title, String otherLanguage, List<Crumb> breadcrumbs,
            List<Alternate> alternates, Consumer<Html> body) {
        return page(l, links, title, otherLanguage, breadcrumbs, alternates, Optional.empty(), body);
    }

    /** @param jsonLd structured data for the head ({@code <script type="application/ld+json">}), already safe */
    static String page(Langue l, SiteLinks links, String title, String otherLanguage, List<Crumb> breadcrumbs,
            List<Alternate> alternates, Optional<String> jsonLd, Consumer<Html> body) {
        Html h = new Html().doctype();
        head(h, l, title, h2 -> {
            for (Alternate alt : alternates) {
                h2.open("link", "rel", "alternate", "type", alt.mediaType(), "href", alt.href()).newline();
            }
            h2.open("link", "rel", "alternate", "hreflang", l.other().tag, "href", otherLanguage).newline();
        }, jsonLd);
        h.open("header").open("nav", "aria-label", l.msg("main-navigation")).open("ul");
        item(h, links.home(l), l.msg("home"));
        links.queryUi().ifPresent(q -> item(h, q, l.msg("sparql-queries")));
        item(h, links.validation(l), l.msg("validation"));
        item(h, links.datasetDescription(), l.msg("dataset-description-void"));
        h.open("li").open("a", "href", otherLanguage, "hreflang", l.other().tag, "lang", l.other().tag)
                .text(l == Langue.FR ? "English" : "Français").close("a").close("li");
        h.close("ul").close("nav");
        searchBox(h, l, links);
        h.close("header").newline();
        main(h, l, breadcrumbs, body);
        return h.toString();
    }

    /**
     * A page that stands alone, opened as a file (the validate stage's HTML report): the site's head, style, header,
     * breadcrumb and footer, but no link out of the file — no site around it to navigate to.
     */
    static String standalone(Langue l, String title, Consumer<Html> body) {
        Html h = new Html().doctype();
        head(h, l, title, h2 -> { }, Optional.empty());
        h.open("header").el("p", l.msg("cnam-register-processing")).close("header").newline();
        main(h, l, List.of(Crumb.of(null, title)), body);
        return h.toString();
    }

    /** From the doctype to the skip link: the document's language, title, style and what the head announces. */
    private static void head(Html h, Langue l, String title, Consumer<Html> links, Optional<String> jsonLd) {
        h.open("html", "lang", l.tag).newline();
        h.open("head").newline();
        h.open("meta", "charset", "utf-8").newline();
        h.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        String siteName = l.msg("cnam-register-processing");
        h.el("title", title.equals(siteName) ? title : title + " — " + siteName).newline();
        links.accept(h);
        h.el("style", STYLE).newline();
        jsonLd.ifPresent(json -> h.jsonLd(json).newline());
        h.close("head").newline();
        h.open("body").newline();
        h.a("#contenu", l.msg("skip-content"), "class", "evitement").newline();
    }

    /** The main landmark (breadcrumb, then the page's own content) and the footer. */
    private static void main(Html h, Langue l, List<Crumb> breadcrumbs, Consumer<Html> body) {
        h.open("main", "id", "contenu").newline();
        if (!breadcrumbs.isEmpty()) {
            h.open("nav", "class", "fil", "aria-label", l.msg("breadcrumbs")).open("ol");
            for (int i = 0; i < breadcrumbs.size(); i++) {
                Crumb crumb = breadcrumbs.get(i);
                h.open("li");
                if (i > 0) {
                    h.el("span", "› ", "aria-hidden", "true");
                }
                if (i == breadcrumbs.size() - 1) {
                    h.el("span", crumb.text(), "aria-current", "page", "lang", crumb.lang());
                } else {
                    h.a(crumb.href(), crumb.text(), "lang", crumb.lang());
                }
                h.close("li");
            }
            h.close("ol").close("nav").newline();
        }
        body.accept(h);
        h.close("main").newline();
        h.open("footer").open("p").text(l.msg("data-taken-from-register"))
                .close("p").close("footer").newline();
        h.close("body").newline().close("html").newline();
    }

    /**
     * The search box of every page: a plain GET form to the search page (the served /recherche, or the static
     * export's recherche.html, whose script reads ?q=), so it works with no script on the served site.
     */
    private static void searchBox(Html h, Langue l, SiteLinks links) {
        h.open("form", "role", "search", "method", "get", "action", links.search(l), "class", "entete",
                "aria-label", l.msg("search-register"));
        h.el("label", l.msg("search-register"), "for", "q-entete", "class", "masque");
        h.open("input", "type", "search", "id", "q-entete", "name", "q", "maxlength",
                Integer.toString(SearchQuery.MAX_LENGTH)).text(" ");
        h.el("button", l.msg("search-button"), "type", "submit");
        h.close("form");
    }

    /** An item of a list of links. */
    static void item(Html h, String href, String text) {
        h.open("li").a(href, text).close("li");
    }
}
