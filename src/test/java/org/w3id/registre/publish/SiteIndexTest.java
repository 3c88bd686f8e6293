package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** robots.txt and sitemap.xml of the served fixture site: what they say, and that every listed page answers. */
class SiteIndexTest {

    static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.fixture();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void robotsLetPagesBeCrawledButNotSparqlAndPointToTheSitemap() {
        HttpResponse<String> robots = site.get("/robots.txt", null);
        assertEquals(200, robots.statusCode());
        assertEquals("text/plain;charset=utf-8", robots.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("""
                # Registre : toutes les pages peuvent être indexées ; SPARQL et l'éditeur de requêtes ne sont pas des \
                pages.
                # Registre: every page may be crawled; SPARQL and the query editor are not pages.
                User-agent: *
                Disallow: /registre/
                Disallow: /query
                Disallow: /$/
                Sitemap: https://w3id.org/registre/sitemap.xml
                """, robots.body());
    }

    @Test
    void theSitemapListsEveryPageInBothLanguagesAndEachAnswers() {
        HttpResponse<String> resp = site.get("/sitemap.xml", null);
        assertEquals(200, resp.statusCode());
        assertEquals("application/xml;charset=utf-8", resp.headers().firstValue("Content-Type").orElseThrow());
        Document xml = Jsoup.parse(resp.body(), "", Parser.xmlParser());
        List<String> locs = new ArrayList<>();
        for (Element url : xml.select("url")) {
            locs.add(url.selectFirst("loc").text());
            // Each URL names its French and its English page.
            assertEquals(2, url.select("xhtml|link").size(), url.toString());
        }
        // Home, validation and shapes, then the 20 documents of the fixture, each in French and English.
        assertEquals(2 * (3 + 20), locs.size());
        assertEquals(locs.size(), new HashSet<>(locs).size(), "no URL twice");
        assertEquals(site.site.documentPaths().size(), 20);
        assertTrue(locs.contains("https://w3id.org/registre/"));
        assertTrue(locs.contains("https://w3id.org/registre/en/"));
        assertTrue(locs.contains("https://w3id.org/registre/cnam/finalite/02-01.html"));
        assertTrue(locs.contains("https://w3id.org/registre/en/cnam/finalite/02-01.html"));
        Set<String> failing = new HashSet<>();
        for (String loc : locs) {
            String path = loc.substring("https://w3id.org/registre".length());
            HttpResponse<String> page = site.get(path, "text/html");
            if (page.statusCode() != 200 || !page.body().startsWith("<!DOCTYPE html>")) {
                failing.add(path + " " + page.statusCode());
            }
        }
        assertEquals(Set.of(), failing);
    }
}
