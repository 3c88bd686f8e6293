package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Crawl of the fixture site from its home page; escaping of a label holding markup; links in dumps and results. */
class SiteCrawlTest {

    private static TestSite site;
    /** Every internal URL reached (path and query) → its page, when it is HTML. */
    private static final Map<String, Document> PAGES = new LinkedHashMap<>();
    private static final Set<String> REACHED = new TreeSet<>();

    @BeforeAll
    static void crawl() {
        site = TestSite.fixture();
        Deque<String> todo = new ArrayDeque<>(List.of("/"));
        while (!todo.isEmpty()) {
            String url = todo.pop();
            if (!REACHED.add(url)) {
                continue;
            }
            HttpResponse<String> resp = site.follow(url, "text/html,application/xhtml+xml,*/*;q=0.8");
            assertEquals(200, resp.statusCode(), "link " + url);
            if (!resp.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                    || url.startsWith("/query")) {
                continue;
            }
            Document doc = PageChecks.parse(resp.body(), site.root + url);
            PAGES.put(url, doc);
            for (Element link : doc.select("a[href], link[href]")) {
                URI target = URI.create(link.absUrl("href"));
                if (target.getHost() != null && target.getHost().equals("127.0.0.1")) {
                    String internal = target.getRawPath() + (target.getRawQuery() == null ? ""
                            : "?" + target.getRawQuery());
                    todo.add(internal);
                }
            }
        }
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    @Test
    void everyDocumentAndEnglishPageIsReached() {
        for (String path : site.site.documentPaths()) {
            assertTrue(REACHED.contains("/" + path), "/" + path);
            assertTrue(REACHED.contains("/en/" + path), "/en/" + path);
            for (RdfFormat f : RdfFormat.rdf()) {
                assertTrue(REACHED.contains("/" + path + "." + f.extension), "/" + path + "." + f.extension);
            }
        }
        for (String page : List.of("/", "/en/", "/validation", "/en/validation", "/.well-known/void",
                "/download/registre.ttl", "/download/registre.jsonld", "/download/registre.nt",
                "/download/registre.rdf", "/query")) {
            assertTrue(REACHED.contains(page), page);
        }
        // The fixture's 20 documents: 3 missions, 3 finalités, 4 sous-finalités, 3 legal bases, 3 legal texts, the
        // register, the controller, the source document and the ontology (one document for its hash IRIs).
        assertEquals(20, site.site.documentPaths().size(), String.valueOf(site.site.documentPaths()));
    }

    @Test
    void everyPageIsAccessibleHtml() {
        // 20 documents and the home, validation, register validation (/validation/cnam) and shapes pages, in French and
        // English; the dataset description page.
        assertEquals(49, PAGES.size(), String.valueOf(PAGES.keySet()));
        PAGES.forEach((url, doc) -> PageChecks.assertAccessible(doc, url));
    }

    /** The fixture label of 02-01 holds markup: it must be text on every page that shows it, never elements. */
    @Test
    void labelWithMarkupIsShownAsText() {
        String fr = "Payer <script>alert('x')</script> & <b>contrôler</b> \"les\" prestations";
        String en = "Pay <script>alert('en')</script> & <b>check</b> benefits";
        String mission = "Gestion des prestations <i>et</i> des paiements";
        Map<String, String> expected = new LinkedHashMap<>();
        for (String path : List.of("/cnam/finalite/02-01", "/cnam/mission/02",
                "/cnam/finalite/02-01/sous-finalite/1", "/cnam/finalite/02-01/fondement/1", "/droit/css",
                "/droit/css/L111-2-2")) {
            expected.put(path, fr);
            expected.put("/en" + path, en);
        }
        int shown = 0;
        for (Map.Entry<String, Document> page : PAGES.entrySet()) {
            Document doc = page.getValue();
            // The home page's JSON-LD block is the page's own data island, not markup from the data.
            assertTrue(doc.select("b, i, script:not([type=application/ld+json])").isEmpty(),
                    page.getKey() + " has markup from the data");
            String text = doc.text();
            if (text.contains(fr) || text.contains(en) || text.contains(mission)) {
                shown++;
            }
        }
        expected.forEach((url, label) -> assertTrue(PAGES.get(url).text().contains(label), url + " shows " + label));
        assertTrue(PAGES.get("/").text().contains(mission));
        assertTrue(shown >= expected.size(), "pages showing a markup label: " + shown);
    }

    @Test
    void legalTextListsTheFinalitesThatRelyOnIt() {
        Document code = PAGES.get("/droit/css");
        List<String> rows = code.select("table:has(caption) tbody tr th a").eachAttr("href");
        // 01-01 through its article L. 111-2-2, 02-01 both directly and through the article.
        assertEquals(List.of("/cnam/finalite/01-01", "/cnam/finalite/02-01", "/cnam/finalite/02-01"), rows);
        Document article = PAGES.get("/droit/css/L111-2-2");
        assertEquals(List.of("/cnam/finalite/01-01", "/cnam/finalite/02-01"),
                article.select("table:has(caption) tbody tr th a").eachAttr("href"));
    }

    @Test
    void finalitePageShowsBasesTextsPurposesAndValidation() {
        Document doc = PAGES.get("/cnam/finalite/02-01");
        assertEquals(List.of("Accueil", "Traitements de données personnelles opérés par l'Assurance Maladie",
                "Gestion des prestations <i>et</i> des paiements",
                "Payer <script>alert('x')</script> & <b>contrôler</b> \"les\" prestations"),
                doc.select("nav.fil li").eachText().stream().map(t -> t.replaceFirst("^› ", "")).toList());
        assertEquals(List.of("https://w3id.org/dpv#FraudPreventionAndDetection", "/ontologie#GestionDesMoyensGeneraux"),
                doc.select("h2:contains(Finalités DPV) + ul > li > a:first-child").eachAttr("href"));
        assertEquals(List.of("/droit/css", "/droit/css/L111-2-2"),
                doc.select("section h4 + ul a").eachAttr("href"));
        assertTrue(doc.text().contains("Art. 6-1-c du RGPD — Art. 6(1)(c) obligation légale"));
        Document basis = PAGES.get("/cnam/finalite/02-01/fondement/1");
        assertEquals(List.of("Violation"), basis.select("tr.resultat td:first-child").eachText());
        assertTrue(basis.text().contains("La lettre 6-1-c contredit le libellé « mission d'intérêt public » <b>(e)</b>"));
        Document ended = PAGES.get("/cnam/finalite/01-02/fondement/1");
        assertEquals("2023-01-31", ended.selectFirst("time").attr("datetime"));
        assertEquals(List.of("Avertissement"), ended.select("tr.resultat td:first-child").eachText());
        // The finalité shows the violation about its basis, with the basis named.
        Document finalite = PAGES.get("/cnam/finalite/02-01");
        assertEquals(List.of("Violation"), finalite.select("tr.resultat td:first-child").eachText());
        assertEquals(List.of("/cnam/finalite/02-01/fondement/1"),
                finalite.select("tr.resultat td:nth-child(2) a").eachAttr("href"));
        Document nested = PAGES.get("/cnam/finalite/01-01/sous-finalite/2");
        assertEquals(List.of("étudiants", "travailleurs étrangers"), nested.select("h2:contains(Éléments imbriqués) + ol li").eachText());
    }

    @Test
    void validationPageLinksEveryResourceItMentions() {
        Document doc = PAGES.get("/validation");
        assertEquals(List.of("Violation", "Avertissement", "Information"),
                doc.select("tr.resultat td:first-child").eachText());
        assertEquals(List.of("/cnam/finalite/02-01/fondement/1", "/cnam/finalite/01-02/fondement/1",
                "/cnam/mission/11"), doc.select("tr.resultat td:nth-child(2) a").eachAttr("href"));
        assertEquals(List.of("Warning"), PAGES.get("/en/validation")
                .select("tr.resultat td.Warning").eachText());
    }

    @Test
    void homeShowsMissionsBasesAndValidation() {
        Document home = PAGES.get("/");
        assertEquals(List.of("01", "02", "11"), home.select("table").get(0).select("tbody td:first-child").eachText());
        assertEquals(List.of("2", "1", "0"), home.select("table").get(0).select("tbody td:nth-child(4)").eachText());
        assertEquals(List.of("3", "1", "0"), home.select("table").get(0).select("tbody td:nth-child(5)").eachText());
        assertEquals(List.of("0", "0", "3", "0", "0", "0"),
                home.select("table").get(1).select("tbody td:nth-child(2)").eachText());
        assertTrue(home.text().contains("Non conforme : des violations des formes SHACL subsistent. 1 violation(s), "
                + "1 avertissement(s), 1 information(s)."), home.text());
        for (String href : List.of("/query", "/validation", "/.well-known/void", "/download/registre.ttl",
                "/download/registre.jsonld", "/download/registre.nt", "/download/registre.rdf")) {
            assertTrue(!home.select("main a[href=" + href + "]").isEmpty(), href);
        }
    }

    /** Every register IRI in the dumps, and in SPARQL results, answers on the running server at its path. */
    @Test
    void everyRegisterIriInDumpsAndQueryResultsResolves() {
        Set<String> iris = new TreeSet<>();
        for (RdfFormat f : RdfFormat.rdf()) {
            Model dump = DereferencingTest.parse(site.get("/download/registre." + f.extension, null).body(), f);
            assertTrue(dump.isIsomorphicWith(site.site.graph()), "dump ." + f.extension + " is the whole graph");
            dump.listStatements().forEach(s -> {
                for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                    if (n.isURIResource() && n.asResource().getURI().startsWith(BaseUri.DEFAULT)) {
                        iris.add(n.asResource().getURI());
                    }
                }
            });
        }
        String query = "SELECT ?s ?o WHERE { ?s ?p ?o FILTER(isIRI(?o)) }";
        String results = site.get("/registre/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                "application/sparql-results+json").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"value\": \"(" + BaseUri.DEFAULT
                + "[^\"]*)\"").matcher(results);
        int fromResults = 0;
        while (m.find()) {
            iris.add(m.group(1));
            fromResults++;
        }
        assertTrue(fromResults > 50, "IRIs in query results: " + fromResults);
        for (String iri : iris) {
            String path = "/" + iri.substring(BaseUri.DEFAULT.length()).replaceFirst("#.*", "");
            assertEquals(200, site.follow(path, "text/turtle").statusCode(), iri);
        }
    }
}
