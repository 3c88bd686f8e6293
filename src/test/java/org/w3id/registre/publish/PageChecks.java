package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.parser.Parser;

/** What every page must be: well-formed HTML5 (no parser error), accessible landmarks, one h1, languages. */
final class PageChecks {

    private PageChecks() {
    }

    static Document parse(String html, String url) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = org.jsoup.Jsoup.parse(html, url, parser);
        assertTrue(parser.getErrors().isEmpty(), url + " : erreurs HTML " + parser.getErrors());
        return doc;
    }

    static void assertAccessible(Document doc, String url) {
        assertAccessible(doc, url, false);
    }

    /**
     * The same; {@code staticSearch} for the static export's search page, whose only script is its own
     * {@code recherche.js} (deferred), the served site having none.
     */
    static void assertAccessible(Document doc, String url, boolean staticSearch) {
        assertTrue(doc.html().length() > 0);
        Element html = doc.selectFirst("html");
        assertTrue(html.attr("lang").equals("fr") || html.attr("lang").equals("en"), url + " lang");
        assertFalse(doc.title().isBlank(), url + " title");
        assertEquals(1, doc.select("h1").size(), url + " one h1");
        assertEquals(1, doc.select("main#contenu").size(), url + " main landmark");
        assertEquals("#contenu", doc.selectFirst("a.evitement").attr("href"), url + " skip link");
        // Data blocks (the home page's schema.org JSON-LD) are not programs.
        Elements scripts = doc.select("script:not([type=application/ld+json])");
        if (staticSearch) {
            assertEquals(1, scripts.size(), url);
            assertTrue(scripts.first().attr("src").endsWith("recherche.js"), url);
            assertTrue(scripts.first().hasAttr("defer"), url);
            assertTrue(scripts.first().html().isEmpty(), url + " no inline script");
        } else {
            assertTrue(scripts.isEmpty(), url + " works without JavaScript: no script at all");
        }
        for (Element th : doc.select("th")) {
            assertFalse(th.attr("scope").isEmpty(), url + " th without scope: " + th);
        }
        for (Element a : doc.select("a")) {
            assertFalse(a.text().isBlank(), url + " link without text: " + a);
        }
        for (Element nav : doc.select("nav")) {
            assertFalse(nav.attr("aria-label").isBlank(), url + " nav without label");
        }
        // Headings never skip a level.
        int previous = 1;
        for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            assertTrue(level <= previous + 1, url + " heading " + h.tagName() + " after h" + previous + ": "
                    + h.text());
            previous = level;
        }
    }
}
