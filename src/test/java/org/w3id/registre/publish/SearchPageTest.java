package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The search page and text:query on the SPARQL endpoint, on the real register served by the real server. */
class SearchPageTest {

    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.bundled(new NotValidated());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static Document page(String path, int status) {
        HttpResponse<String> resp = site.get(path, "text/html");
        assertEquals(status, resp.statusCode(), path + "\n" + resp.body());
        assertEquals("text/html;charset=utf-8", resp.headers().firstValue("Content-Type").orElseThrow());
        Document doc = PageChecks.parse(resp.body(), site.root + path);
        PageChecks.assertAccessible(doc, path);
        return doc;
    }

    @Test
    void anEmptyQueryShowsTheSearchFormAlone() {
        for (String path : List.of("/recherche", "/recherche?q=", "/recherche?q=++")) {
            Document doc = page(path, 200);
            Element form = doc.selectFirst("form[role=search]");
            assertEquals("/recherche", form.attr("action"));
            assertEquals("get", form.attr("method"));
            assertNotNull(doc.selectFirst("label[for=q]"));
            assertTrue(doc.select("ol.resultats").isEmpty(), path);
            assertTrue(doc.select("[role=alert]").isEmpty(), path);
        }
    }

    @Test
    void resultsAreGroupedByKindRankedHighlightedAndLinked() {
        Document doc = page("/recherche?q=" + q("fraudes"), 200);
        assertEquals("fraudes", doc.selectFirst("input#q").attr("value"));
        assertEquals("18 résultats pour « fraudes » : Finalités 4, Sous-finalités 14.",
                doc.selectFirst("#resultats-resume").text());
        List<String> groups = doc.select("main h2").eachText();
        assertEquals(List.of("Finalités (4)", "Sous-finalités (14)"), groups);
        Element first = doc.selectFirst("section[aria-labelledby=finalite] ol.resultats li");
        // Ranked: the shortest label holding the word first.
        assertEquals("03-06 Lutter contre les abus, fautes, fraudes Internes",
                first.selectFirst("p.resultat-titre").text());
        assertEquals("/cnam/finalite/03-06", first.selectFirst("p.resultat-titre a").attr("href"));
        assertEquals(List.of("fraud", "fraudes"), first.select("mark").eachText().stream().sorted().toList());
        // Every result link resolves to a page.
        for (Element a : doc.select("ol.resultats a")) {
            assertEquals(200, site.follow(a.attr("href"), "text/html").statusCode(), a.attr("href"));
        }
        // The same search, open in the SPARQL editor.
        assertTrue(doc.select("a[href^=/query?query=]").size() == 1);
    }

    @Test
    void theEnglishPageSearchesTheSameAndSaysItInEnglish() {
        Document doc = page("/en/search?q=" + q("fraudes"), 200);
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals("18 results for 'fraudes': Purposes (finalités) 4, Sub-purposes (sous-finalités) 14.",
                doc.selectFirst("#resultats-resume").text());
        Element first = doc.selectFirst("section[aria-labelledby=finalite] ol.resultats li p.resultat-titre");
        assertEquals("03-06 Combating internal abuse, misconduct and fraud (project's translation)", first.text());
        assertEquals("/en/cnam/finalite/03-06", first.selectFirst("a").attr("href"));
        assertEquals("/recherche?q=fraudes", doc.selectFirst("header a[hreflang=fr]").attr("href"));
    }

    @Test
    void accentsCaseAndStopWordsBehaveAsDocumented() {
        Document stop = page("/recherche?q=" + q("de la"), 200);
        assertEquals("Aucun résultat pour « de la ». Les mots vides (le, de, la, pour…) ne sont pas indexés.",
                stop.selectFirst("#resultats-resume").text());
        Document css = page("/recherche?q=" + q("securite sociale"), 200);
        assertTrue(css.selectFirst("section[aria-labelledby=texte] li mark").text().equals("sécurité sociale"));
    }

    @Test
    void malformedQueriesAreA400WithTheFormAndAClearMessage() {
        Document quote = page("/recherche?q=" + q("\"unbalanced"), 400);
        assertEquals("Guillemet non fermé dans « \"unbalanced » : une expression exacte s'écrit entre deux"
                + " guillemets (\"dossier médical\").", quote.selectFirst("[role=alert]").text());
        assertEquals("\"unbalanced", quote.selectFirst("input#q").attr("value"));
        Document operators = page("/en/search?q=" + q("AND OR"), 400);
        assertTrue(operators.selectFirst("[role=alert]").text().startsWith("Malformed search query 'AND OR':"));
        assertEquals(400, site.get("/recherche?q=a&q=b", "text/html").statusCode());
        assertEquals(400, site.get("/recherche?q=" + "a".repeat(501), "text/html").statusCode());
    }

    @Test
    void textQueryAnswersOnTheSparqlEndpoint() throws IOException, InterruptedException {
        String query = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX reg:  <https://w3id.org/registre/ontologie#>
                SELECT ?f WHERE { ?f text:query (skos:prefLabel "vidéo*" "lang:fr") ; a reg:SousFinalite } ORDER BY ?f""";
        HttpResponse<String> resp = sparql(query);
        assertEquals(200, resp.statusCode(), resp.body());
        assertEquals("f\r\nhttps://w3id.org/registre/cnam/finalite/16-02/sous-finalite/6\r\n"
                + "https://w3id.org/registre/cnam/finalite/16-05/sous-finalite/1\r\n", resp.body());
    }

    @Test
    void aMalformedTextQueryOnTheEndpointIsAClientError() throws IOException, InterruptedException {
        HttpResponse<String> resp = sparql("PREFIX text: <http://jena.apache.org/text#> SELECT * WHERE {"
                + " ?s text:query \"\\\"unbalanced\" }");
        assertEquals(400, resp.statusCode(), resp.body());
    }

    private static HttpResponse<String> sparql(String query) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(site.root + "/registre/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(query))).build();
        return site.http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
