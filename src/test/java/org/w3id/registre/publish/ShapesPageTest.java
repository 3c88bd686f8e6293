package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.validate.RegisterValidation;

/** The SHACL shapes published like the ontology: one anchored section per shape, negotiated, kept out of the data. */
class ShapesPageTest {

    private static TestSite site;

    @BeforeAll
    static void start() {
        site = TestSite.fixture();
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** The shapes files as they are on disk, read here without the code under test. */
    private static Model shapesFiles() throws Exception {
        Model files = ModelFactory.createDefaultModel();
        try (Stream<Path> ttl = Files.list(Path.of("shapes"))) {
            for (Path f : ttl.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                RDFDataMgr.read(files, f.toString());
            }
        }
        return files;
    }

    @Test
    void theShapesIriAnswers303ToTheNegotiatedDocumentOr406() throws Exception {
        for (String[] c : List.of(new String[] {"text/html", "/shapes.html"},
                new String[] {"text/turtle", "/shapes.ttl"}, new String[] {"application/ld+json", "/shapes.jsonld"},
                new String[] {"application/n-triples", "/shapes.nt"},
                new String[] {"text/turtle;q=0.5, application/ld+json", "/shapes.jsonld"})) {
            HttpResponse<String> resp = site.get("/shapes", c[0]);
            assertEquals(303, resp.statusCode(), c[0]);
            assertEquals(c[1], resp.headers().firstValue("Location").orElseThrow(), c[0]);
        }
        assertEquals(406, site.get("/shapes", "image/png").statusCode());
        assertEquals(303, site.get("/shapes?format=nt", "text/html").statusCode());
        // Each document is the shapes files, triple for triple, in its syntax.
        Model files = shapesFiles();
        for (String[] d : List.of(new String[] {"/shapes.ttl", "text/turtle"},
                new String[] {"/shapes.jsonld", "application/ld+json"},
                new String[] {"/shapes.nt", "application/n-triples"})) {
            HttpResponse<String> resp = site.get(d[0], null);
            assertEquals(200, resp.statusCode(), d[0]);
            assertEquals(d[1] + "; charset=utf-8", resp.headers().firstValue("Content-Type").orElseThrow(), d[0]);
            Model served = ModelFactory.createDefaultModel();
            RDFParser.fromString(resp.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(d[1]))
                    .parse(served);
            assertEquals(files.size(), served.size(), d[0]);
            assertTrue(files.isIsomorphicWith(served), d[0]);
        }
    }

    @Test
    void oneSectionPerShapeAnchoredByItsFragmentFrenchFirstWithEnglishBeside() {
        Document fr = Jsoup.parse(site.follow("/shapes", "text/html").body());
        // 32 node shapes and 41 property shapes in shapes/*.ttl (grep -E "^rsh:\S+ a sh:NodeShape" shapes/*.ttl);
        // the contents list the node shapes.
        assertEquals(73, fr.select("main section").size());
        assertEquals(32, fr.select("main nav[aria-label=Formes de nœud] li").size());
        Element ended = fr.getElementById("FondementEchu");
        assertEquals("Fondement échu rsh:FondementEchu", ended.selectFirst("h2").text());
        assertEquals(List.of("Nom", "Nom en anglais", "Nature", "Cible", "Gravité", "Message (français)",
                "Message (anglais)", "Contraintes"), ended.select("dt").eachText());
        List<Element> dd = ended.select("dd");
        assertEquals("Fondement échu", dd.get(0).text());
        assertEquals("Ended legal basis", dd.get(1).text());
        assertEquals("en", dd.get(1).attr("lang"));
        assertEquals("Forme de nœud", dd.get(2).text());
        assertEquals("Sujets de : reg:finDeValidite", dd.get(3).text());
        assertEquals("/ontologie#finDeValidite", dd.get(3).selectFirst("a").attr("href"));
        assertEquals("Avertissement", dd.get(4).text());
        assertEquals("Ce fondement a pris fin (reg:finDeValidite antérieure à la date de validation) et le registre le"
                + " présente encore : un traitement poursuivi après cette date doit reposer sur une autre base (article"
                + " 6 du RGPD), et les données collectées sur ce fondement ne peuvent être conservées au-delà de ce"
                + " qu'exige la finalité (article 5-1-e). Question à poser au responsable du traitement.",
                dd.get(5).text());
        assertEquals("fr", dd.get(5).attr("lang"));
        assertEquals("This legal basis has ended (reg:finDeValidite before the validation date) and the register still"
                + " lists it: processing continued after that date needs another basis (GDPR Article 6), and data"
                + " collected on this basis may not be kept longer than the purpose requires (Article 5(1)(e)). A"
                + " question for the controller.", dd.get(6).text());
        assertEquals("en", dd.get(6).attr("lang"));
        assertTrue(dd.get(7).selectFirst("pre").text().startsWith("SELECT $this ?value WHERE {"));
        // A property shape: what holds it, its path, its constraints in words.
        Element identifier = fr.getElementById("Mission-identifiant");
        assertEquals(List.of("Forme de propriété", "Propriété contrôlée par : rsh:Mission", "dct:identifier",
                "Violation", "Une mission a exactement un identifiant (son code dans le registre).",
                "A mission has exactly one identifier (its code in the register).",
                "Type de donnée : xsd:string Nombre maximal de valeurs : 1 Nombre minimal de valeurs : 1"),
                identifier.select("> dl > dd").eachText());
        assertEquals("/shapes#Mission", identifier.selectFirst("dd a").attr("href"));

        // The English page: the same sections, English names; both messages, French first.
        Document en = Jsoup.parse(site.get("/en/shapes", "text/html").body());
        assertEquals(73, en.select("main section").size());
        Element endedEn = en.getElementById("FondementEchu");
        assertEquals("Ended legal basis rsh:FondementEchu", endedEn.selectFirst("h2").text());
        assertEquals(List.of("Name", "English name", "Kind", "Target", "Severity", "Message (French)",
                "Message (English)", "Constraints"), endedEn.select("dt").eachText());
        assertEquals("Subjects of: reg:finDeValidite", endedEn.select("dd").get(3).text());
    }

    @Test
    void everyShapeOfAValidationTableLinksToItsSection() {
        Model graph = TestSite.fixtureGraph();
        Model shapes = RegisterValidation.bundledShapes();
        LocalDate date = LocalDate.of(2026, 12, 2);
        ValidationFindings findings = ShaclReportFindings.of(RegisterValidation.validate(graph, shapes, date), graph,
                shapes, BaseUri.defaultBase(), date);
        Pages pages = new Pages(new RegisterSite(graph, BaseUri.defaultBase(), findings, ContactPoint.homePage(),
                shapes));
        Document validation = Jsoup.parse(pages.validation(Langue.FR, SiteLinks.staticFrom("validation.html")));
        Document shapesPage = Jsoup.parse(pages.shapes(Langue.FR, SiteLinks.staticFrom("shapes.html")));
        List<Element> rows = validation.select("tr.resultat");
        assertEquals(findings.findings().size(), rows.size());
        assertTrue(rows.size() > 0);
        for (Element row : rows) {
            Element shape = row.child(row.childrenSize() - 1).selectFirst("a");
            String href = shape.attr("href");
            assertTrue(href.startsWith("shapes.html#"), href);
            String anchor = href.substring("shapes.html#".length());
            assertEquals("rsh:" + anchor, shape.text());
            assertEquals("rsh:" + anchor, shapesPage.getElementById(anchor).selectFirst("h2 code").text());
        }
        // The validation stage's detailed report, in the site's frame: its breadcrumb, and each shape of its summary
        // linked to the shapes page, each row's count to the results of that shape below.
        Document report = Jsoup.parse(pages.validationReport(SiteLinks.staticFrom("validation/rapport.html"))
                .orElseThrow());
        assertEquals(List.of("Accueil", "Rapport de validation", "Validation du registre / Register validation"),
                report.select("nav.fil li").stream().map(li -> li.text().replace("› ", "")).toList());
        assertEquals(List.of("../index.html", "../validation.html"), report.select("nav.fil a").eachAttr("href"));
        List<Element> summary = report.select("#synthese ~ table").get(1).select("tbody tr");
        assertEquals(findings.findings().stream().map(f -> f.shape().getURI()).distinct().count(), summary.size());
        for (Element row : summary) {
            String href = row.child(0).selectFirst("a").attr("href");
            assertTrue(href.startsWith("../shapes.html#"), href);
            assertEquals("rsh:" + href.substring("../shapes.html#".length()), row.child(0).text());
            String count = row.child(2).selectFirst("a").attr("href");
            assertEquals(1, report.select("h3[id=" + count.substring(1) + "]").size(), count);
        }
    }

    @Test
    void theShapesAreInNeitherTheDumpsNorTheSparqlDataset() throws Exception {
        HttpResponse<String> dump = site.get("/download/registre.ttl", null);
        assertEquals(200, dump.statusCode());
        Model data = ModelFactory.createDefaultModel().read(new StringReader(dump.body()), null, "TTL");
        assertEquals(TestSite.fixtureGraph().size(), data.size());
        data.listStatements().forEach(s -> assertFalse(s.getSubject().isURIResource()
                && s.getSubject().getURI().startsWith("https://w3id.org/registre/shapes"), s.toString()));
        String query = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } }"
                + " FILTER (STRSTARTS(STR(?s), \"https://w3id.org/registre/shapes\")"
                + " || ?o = <http://www.w3.org/ns/shacl#NodeShape>) }";
        HttpResponse<String> count = site.get("/registre/sparql?query=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, count.statusCode());
        assertEquals("n\r\n0\r\n", count.body());
        // And the shapes document holds them all: it is where they are published instead.
        assertEquals(shapesFiles().size(), RDFParser.fromString(site.get("/shapes.nt", null).body(), Lang.NTRIPLES)
                .toModel().size());
    }
}
