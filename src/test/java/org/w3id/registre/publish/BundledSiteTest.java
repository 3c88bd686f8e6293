package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real register (ontology/ and data/), served and exported: the document's figures, links, static copy. */
class BundledSiteTest {

    private static TestSite site;
    private static Path exportDir;
    private static int exitCode;
    private static String printed;

    @BeforeAll
    static void start() throws IOException {
        site = TestSite.bundled(new NotValidated());
        exportDir = Files.createTempDirectory("registre-export-test-").resolve("site");
        // The export exactly as the README runs it: it validates the register itself, so it also writes the
        // validation stage's detailed report (validation/rapport.html). Given a --validation-report it would not, and
        // counted one page fewer than the README's command: how this test once pinned 1,697 pages beside 1,698.
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = org.w3id.registre.cli.Registre.commandLine();
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            cli.setErr(new java.io.PrintWriter(out));
            exitCode = cli.execute("export", "--site", exportDir.toString());
        } finally {
            System.setOut(stdout);
        }
        printed = buffer.toString(java.nio.charset.StandardCharsets.UTF_8) + out;
    }

    @AfterAll
    static void stop() throws IOException {
        site.close();
        try (var files = Files.walk(exportDir.getParent())) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static Document page(String path) {
        HttpResponse<String> resp = site.follow(path, "text/html");
        assertEquals(200, resp.statusCode(), path);
        return PageChecks.parse(resp.body(), site.root + path);
    }

    @Test
    void homeGivesTheDocumentsFigures() {
        Document home = page("/");
        assertEquals(List.of("16 missions", "83 finalités", "531 sous-finalités", "128 textes juridiques cités"),
                home.select("h2:contains(En chiffres) + ul li").eachText());
        Element missions = home.select("main table").get(0);
        assertEquals(16, missions.select("tbody tr").size());
        assertEquals(10, missions.select("tbody td:contains(Mission métier)").size());
        assertEquals(6, missions.select("tbody td:contains(Mission support)").size());
        assertEquals(83, missions.select("tbody td:nth-child(4)").eachText().stream().mapToInt(Integer::parseInt)
                .sum());
        assertEquals(531, missions.select("tbody td:nth-child(5)").eachText().stream().mapToInt(Integer::parseInt)
                .sum());
        // Each of the 105 legal-basis nodes names exactly one Art. 6(1) basis.
        assertEquals(105, home.select("main table").get(1).select("tbody td:nth-child(2)").eachText().stream()
                .mapToInt(Integer::parseInt).sum());
        // English: the 16 mission labels are the project's translations, marked as such.
        assertEquals(16, page("/en/").select("main table").get(0).select("span.traduction").size());
    }

    @Test
    void documentsAnswerForEveryKindOfResource() {
        // 16 missions, 83 finalités, 531 sous-finalités, 105 legal bases, 128 legal texts, and the register, the
        // Cnam, the source document, the alignment and the ontology (the project agent is an ontology term); the 12
        // reading corrections, the 48 places where a bullet names a controller, the two other designations of one and
        // the 5 references that identify no text; 195 readings of the project.
        assertEquals(16 + 83 + 531 + 105 + 128 + 5 + 12 + 48 + 2 + 5 + 195, site.site.documentPaths().size());
        for (String path : List.of("cnam/finalite/01-01", "droit/css/L111-2-2", "cnam/mission/03", "ontologie")) {
            assertEquals(303, site.get("/" + path, "text/turtle").statusCode(), path);
            assertEquals(200, site.follow("/" + path, "text/turtle").statusCode(), path);
        }
    }

    @Test
    void legalTextListsTheFinalitesRelyingOnIt() {
        Document article = page("/droit/css/L111-2-2");
        assertEquals(List.of("/cnam/finalite/01-01", "/cnam/finalite/01-02"),
                article.select("table:has(caption) tbody tr th a").eachAttr("href"));
        Document ended = page("/cnam/finalite/10-01/fondement/1");
        assertEquals("2023-01-31", ended.selectFirst("time").attr("datetime"));
    }

    /** Two levels of the server crawl: the home page, then every page it links to, and the links of those. */
    @Test
    void linksFromHomeAndMissionPagesAnswer() {
        Set<String> seen = new TreeSet<>();
        Set<String> level = new TreeSet<>(List.of("/"));
        for (int depth = 0; depth < 2; depth++) {
            Set<String> next = new TreeSet<>();
            for (String url : level) {
                if (!seen.add(url)) {
                    continue;
                }
                HttpResponse<String> resp = site.follow(url, "text/html");
                assertEquals(200, resp.statusCode(), url);
                if (resp.headers().firstValue("Content-Type").orElse("").startsWith("text/html")
                        && !url.startsWith("/query")) {
                    Document doc = PageChecks.parse(resp.body(), site.root + url);
                    PageChecks.assertAccessible(doc, url);
                    for (Element a : doc.select("a[href]")) {
                        String href = a.attr("href");
                        if (href.startsWith("/")) {
                            next.add(href.contains("#") ? href.substring(0, href.indexOf('#')) : href);
                        }
                    }
                }
            }
            level = next;
        }
        for (String url : level) {
            if (seen.add(url)) {
                assertEquals(200, site.follow(url, "text/html").statusCode(), url);
            }
        }
        assertTrue(seen.contains("/cnam/mission/16") && seen.contains("/cnam/finalite/16-01"), seen.toString());
    }

    @Test
    void theStaticExportSearchesWithAPrebuiltIndex() throws IOException {
        org.apache.jena.atlas.json.JsonObject index = org.apache.jena.atlas.json.JSON.parse(
                Files.readString(exportDir.resolve("recherche-index.json")));
        org.apache.jena.atlas.json.JsonObject forms = index.get("formes").getAsObject();
        // Word forms folded and mapped to the server's stems; stop words to "".
        assertEquals("fraud", forms.get("fraudes").getAsString().value());
        assertEquals("fraud", forms.get("fraude").getAsString().value());
        assertEquals("securit", forms.get("securite").getAsString().value());
        assertEquals("", forms.get("le").getAsString().value());
        assertTrue(forms.hasKey("videosurveillance"));
        var docs = index.get("docs").getAsArray();
        int f0306 = -1;
        for (int i = 0; i < docs.size(); i++) {
            if (docs.get(i).getAsArray().get(0).getAsString().value().equals("cnam/finalite/03-06")) {
                f0306 = i;
            }
        }
        assertEquals(List.of("cnam/finalite/03-06", "finalite", "Lutter contre les abus, fautes, fraudes Internes",
                "03-06", "Combating internal abuse, misconduct and fraud"), docs.get(f0306).getAsArray().stream()
                .map(v -> v.getAsString().value()).toList());
        final int doc = f0306;
        // In its French and its English label: weight 3 each.
        assertTrue(index.get("racines").getAsObject().get("fraud").getAsArray().stream()
                .anyMatch(p -> p.getAsArray().get(0).getAsNumber().value().intValue() == doc
                        && p.getAsArray().get(1).getAsNumber().value().intValue() == 6));
        // 16 missions, 83 finalités, sous-finalités, bases and texts: every searchable resource, nothing else.
        assertEquals(docs.size(), docs.stream().map(d -> d.getAsArray().get(0).getAsString().value()).distinct()
                .count());
        Document page = PageChecks.parse(Files.readString(exportDir.resolve("recherche.html")), "recherche.html");
        PageChecks.assertAccessible(page, "recherche.html", true);
        assertEquals("recherche.html", page.selectFirst("form[role=search]").attr("action"));
    }

    @Test
    void staticExportOfTheRealRegister() throws IOException {
        assertEquals(0, exitCode, printed);
        // The figures written out, not computed by the code under test: they are the README's.
        assertEquals("Site exporté dans " + exportDir + " : 2272 pages, 4524 documents RDF / Site exported to "
                + exportDir + ": 2272 pages, 4524 RDF documents\n", printed);
        assertEquals(1130, site.site.documentPaths().size());
        // Each of the 1130 documents and the home, validation, register validation (validation/cnam), shapes and
        // search pages, in French and English (2 × 1135), the dataset description page and the detailed validation
        // report; each document and the shapes in 4 syntaxes.
        List<Path> html = StaticSiteTest.htmlFiles(exportDir);
        assertEquals(2272, html.size());
        assertTrue(html.contains(exportDir.resolve("validation/cnam.html")), "validation/cnam.html");
        assertTrue(html.contains(exportDir.resolve("validation/rapport.html")), "validation/rapport.html");
        // The detailed report is a page of the site too: its frame, landmarks and links are checked as the others'.
        StaticSiteTest.assertLinksResolveInside(exportDir);
        // The project's reading is shown as such, with the document's words quoted, in French and English.
        Document finalite = org.jsoup.Jsoup.parse(Files.readString(exportDir.resolve("cnam/finalite/02-03.html")));
        org.jsoup.nodes.Element reading = finalite.selectFirst("h2:contains(lecture du projet) + p + dl");
        assertEquals("Données et personnes concernées (lecture du projet)", reading.previousElementSibling()
                .previousElementSibling().text());
        assertEquals(List.of("Assuré ou bénéficiaire de l'Assurance Maladie — d'après « bénéficiaires » (lecture du"
                + " projet)", "Employeur — d'après « employeurs » (lecture du projet)", "Prescription — d'après"
                + " « prescriptions d'arrêt maladie » (lecture du projet)", "Santé — d'après « avis du service"
                + " médical » (lecture du projet)", "Revenus — d'après « informations de revenus » (lecture du"
                + " projet)"), reading.select("dd").eachText());
        Document english = org.jsoup.Jsoup.parse(Files.readString(exportDir.resolve("en/cnam/finalite/02-03.html")));
        assertTrue(english.select("h2").eachText().contains("Data and data subjects (the project's reading)"));
        // The sous-finalités are listed under their English label, marked as the project's translation.
        org.jsoup.select.Elements items = english.select("h2:contains(Sub-purposes) + ol > li");
        assertEquals(10, items.size());
        assertEquals("Calculate and authorise payment of daily allowances (IJ) or the flat-rate amount throughout the"
                + " sick leave, for all risks", items.get(6).selectFirst("a").text());
        assertEquals(10, items.select("span.traduction").size());
        Document validation = org.jsoup.Jsoup.parse(Files.readString(exportDir.resolve("validation.html")));
        assertEquals("Conforme : aucune violation des formes SHACL. 0 violation(s), 48 avertissement(s), 627"
                + " information(s).", validation.selectFirst("h2:contains(Validation) + p").text());
        List<String> severities = validation.select("tr.resultat td:first-child").eachText();
        assertEquals(List.of(0, 48, 627), List.of(Collections.frequency(severities, "Violation"),
                Collections.frequency(severities, "Avertissement"), Collections.frequency(severities, "Information")));
        assertEquals("Avertissement", severities.get(0));
    }
}
