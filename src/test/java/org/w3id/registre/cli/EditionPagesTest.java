package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.diff.EditedCnamDocument;
import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.publish.LinkedDataSite;
import org.w3id.registre.publish.NotValidated;
import org.w3id.registre.publish.RegisterSite;
import org.w3id.registre.search.RegisterSearch;
import org.w3id.registre.server.RegisterServer;
import org.w3id.registre.server.ServeOptions;
import org.w3id.registre.store.EditionGraphs;

/**
 * The "what changed" page of an edition, in the static export and served, French and English; the register's page
 * lists its editions and links to it; the edition's page links to it. Two editions: the bundled Cnam document, then
 * EditionDiffTest's edited copy.
 */
class EditionPagesTest {

    static final String CHANGES = "cnam/registre/edition/2026-06-15/changements";

    /** The five rows, French page: finalité, change (French / English), before, after. */
    static final List<String> ROWS_FR = List.of(
            "07-01 Tarification AT/MP | lettre de base changée / basis letter changed | 6-1-c | 6-1-e",
            "07-02 Promouvoir les offres de services de l'Assurance Maladie auprès des employeurs | texte juridique"
                    + " ajouté / legal text added |  | https://w3id.org/registre/droit/css/L133-5-3",
            "07-03 Suivi des relations et connaissance employeurs | sous-finalité reformulée / sub-purpose reworded"
                    + " | Gérer les référentiels des coordonnées de contact | Gérer le référentiel des coordonnées de"
                    + " contact des employeurs",
            "07-04 " + EditedCnamDocument.REMOVED + " | finalité retirée / purpose removed | " + EditedCnamDocument
                    .REMOVED + " | ",
            "07-06 " + EditedCnamDocument.ADDED + " | finalité ajoutée / purpose added |  | "
                    + EditedCnamDocument.ADDED);

    @TempDir
    static Path tmp;
    static Path site;
    static FusekiServer server;

    @BeforeAll
    static void exportAndServe() throws Exception {
        Path dir = tmp.resolve("registre-cnam");
        EditionImportTest.run(0, "import", EditedCnamDocument.SOURCE.toString(), "--edition", "2026-01-15", "--out",
                dir.toString());
        EditionImportTest.run(0, "import", EditedCnamDocument.write(tmp).toString(), "--edition", "2026-06-15",
                "--out", dir.toString());
        site = tmp.resolve("site");
        EditionImportTest.run(0, "export", "--data", dir.toString(), "--site", site.toString());
        // As serve does it (without the validation, which the static export has shown).
        DataOption data = new DataOption();
        data.data = List.of(dir);
        List<EditionGraphs.Loaded> editions = data.editions();
        Model original = data.load();
        BaseUri base = BaseUri.defaultBase();
        Model published = base.rebase(original);
        DatasetGraph dataset = ServeCommand.inMemory(published, base, editions,
                new PrintStream(OutputStream.nullOutputStream()));
        ServeOptions options = new ServeOptions(0, "127.0.0.1", 30, false);
        RegisterSite registerSite = new RegisterSite(published, base, new NotValidated(),
                org.w3id.registre.publish.ContactPoint.homePage(),
                org.w3id.registre.validate.RegisterValidation.bundledShapes(), data.editionGraphs(base));
        server = RegisterServer.start(RegisterServer.builder(options, dataset, List.of(
                LinkedDataSite.module(registerSite, new RegisterSearch(dataset)))), options);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** Each table row of a page as its cells' text, joined by " | ". */
    static List<String> rows(String html) {
        List<String> rows = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr id=\"\\d+\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&amp;", "&"));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    static String file(String path) throws Exception {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void theStaticChangesPageShowsTheExactChanges() throws Exception {
        String page = file(CHANGES + ".html");
        assertEquals(ROWS_FR, rows(page));
        assertTrue(page.contains("De l&#39;<a href=\"../2026-01-15.html\">édition du 2026-01-15</a> à l&#39;<a href=\"../"
                + "2026-06-15.html\">édition du 2026-06-15</a> : 5 modifications"), page);
        // The removed finalité has no page any more: its identifier is text; the others are links.
        assertTrue(page.contains("<th scope=\"row\">07-04 "), page);
        assertTrue(page.contains("<a href=\"../../../finalite/07-06.html\">07-06</a>"), page);
    }

    @Test
    void theEnglishPageBesideIt() throws Exception {
        String page = file("en/" + CHANGES + ".html");
        assertEquals("07-01 Tarification AT/MP | basis letter changed / lettre de base changée | 6-1-c | 6-1-e",
                rows(page).get(0));
        assertEquals(5, rows(page).size());
        assertTrue(page.contains(": 5 changes"), page);
    }

    @Test
    void theRegisterAndTheEditionLinkToIt() throws Exception {
        String register = file("cnam/registre.html");
        assertTrue(register.contains("<h2>Éditions</h2>\n<ul class=\"editions\">\n<li><a href=\"registre/edition/"
                + "2026-06-15.html\">Édition du 2026-06-15</a> (en cours, servie comme le registre) — <a href=\""
                + "registre/edition/2026-06-15/changements.html\">ce qui a changé (5)</a></li>\n<li><a href=\""
                + "registre/edition/2026-01-15.html\">Édition du 2026-01-15</a></li>\n</ul>"), register);
        String edition = file("cnam/registre/edition/2026-06-15.html");
        assertTrue(edition.contains("<a href=\"2026-06-15/changements.html\">ce qui a changé (5)</a>"), edition);
        assertEquals(false, file("cnam/registre/edition/2026-01-15.html").contains("ce qui a changé"));
    }

    @Test
    void theDatasetDescriptionListsTheEditionsAsVersionsOfTheRegistersDataset() throws Exception {
        Model d = org.apache.jena.riot.RDFDataMgr.loadModel(site.resolve(".well-known/void.ttl").toString());
        String q = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/>"
                + " SELECT ?e ?v ?prev ?current { ?ds dcat:hasVersion ?e ; dcat:hasCurrentVersion ?current ."
                + " ?e a dcat:Dataset ; dcat:isVersionOf ?ds ; dcat:version ?v ; dct:title ?t"
                + " OPTIONAL { ?e dcat:previousVersion ?prev } FILTER(lang(?t) = 'fr') } ORDER BY ?e";
        List<String> rows = new ArrayList<>();
        try (var qe = org.apache.jena.query.QueryExecution.model(d).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.getResource("e").getURI().replace(BASE, "") + " "
                    + r.getLiteral("v").getLexicalForm() + " " + (r.contains("prev")
                    ? r.getResource("prev").getURI().replace(BASE, "") : "-") + " "
                    + r.getResource("current").getURI().replace(BASE, "")));
        }
        assertEquals(List.of(
                "cnam/registre/edition/2026-01-15 2026-01-15 - cnam/registre/edition/2026-06-15",
                "cnam/registre/edition/2026-06-15 2026-06-15 cnam/registre/edition/2026-01-15"
                        + " cnam/registre/edition/2026-06-15"), rows);
    }

    static final String BASE = org.w3id.registre.core.Reg.BASE;

    /**
     * The description with editions against the project's DCAT-AP 3.0.1 profile: no violation; besides the gaps
     * documented for one register (README, "Portails de données ouvertes"), only the editions' distributions, which
     * the static export does not have (each edition is a named graph of the SPARQL endpoint), and the end of the
     * latest edition's period, which has not come.
     */
    @Test
    void theDescriptionWithEditionsConformsToDcatAp() throws Exception {
        Model shapes = ModelFactory.createDefaultModel();
        try (var in = org.w3id.registre.publish.BaseUri.class.getResourceAsStream(
                "dcat-ap/profil-dcat-ap-3.0.1.ttl")) {
            org.apache.jena.riot.RDFDataMgr.read(shapes, in, org.apache.jena.riot.Lang.TURTLE);
        }
        Model d = org.apache.jena.riot.RDFDataMgr.loadModel(site.resolve(".well-known/void.ttl").toString());
        var report = org.apache.jena.shacl.ShaclValidator.get().validate(
                org.apache.jena.shacl.Shapes.parse(shapes.getGraph()), d.getGraph());
        java.util.Set<String> results = new java.util.TreeSet<>();
        report.getEntries().forEach(e -> results.add(e.severity().level().getLocalName() + " "
                + (e.focusNode().isURI() ? e.focusNode().getURI().replace(BASE, "") : "[]") + " "
                + e.source().getURI().replace("https://w3id.org/registre/shapes/dcat-ap#", "dap:")));
        assertEquals(java.util.Set.of(
                "Warning .well-known/void#catalogue dap:Catalogue-issued-recommande",
                "Warning .well-known/void#catalogue dap:Catalogue-modified-recommande",
                "Warning .well-known/void#catalogue dap:Catalogue-service-recommande",
                "Warning .well-known/void#registre dap:Dataset-temporal-recommande",
                "Warning .well-known/void#registre-cnam dap:Dataset-temporal-recommande",
                "Warning ontologie#ProjetRegistre dap:Agent-type-recommande",
                "Warning http://publications.europa.eu/resource/authority/country/FRA dap:Location-bbox-recommande",
                "Warning http://publications.europa.eu/resource/authority/country/FRA dap:Location-centroid-recommande",
                // The latest edition is in force: its period has a start and no end yet.
                "Warning [] dap:PeriodOfTime-endDate-recommande",
                "Warning cnam/registre/edition/2026-01-15 dap:Dataset-distribution-recommande",
                "Warning cnam/registre/edition/2026-06-15 dap:Dataset-distribution-recommande"), results);
        // Each edition's temporal coverage: the time it was the register in force.
        String q = "PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/>"
                + " SELECT ?e ?start ?end ?landing { ?e dcat:isVersionOf ?ds ; dct:temporal ?t ; dcat:landingPage ?landing ."
                + " ?t dcat:startDate ?start OPTIONAL { ?t dcat:endDate ?end } } ORDER BY ?e";
        List<String> rows = new ArrayList<>();
        try (var qe = org.apache.jena.query.QueryExecution.model(d).query(q).build()) {
            qe.execSelect().forEachRemaining(r -> rows.add(r.getResource("e").getURI().replace(BASE, "") + " "
                    + r.getLiteral("start").getLexicalForm() + " "
                    + (r.contains("end") ? r.getLiteral("end").getLexicalForm() : "-") + " "
                    + r.getResource("landing").getURI().replace(BASE, "")));
        }
        assertEquals(List.of(
                "cnam/registre/edition/2026-01-15 2026-01-15 2026-06-15 cnam/registre/edition/2026-01-15",
                "cnam/registre/edition/2026-06-15 2026-06-15 - cnam/registre/edition/2026-06-15"), rows);
    }

    /** The rows of an edition page's table of finalités: identifier | title | sous-finalités. */
    static List<String> finaliteRows(String html) {
        int table = html.indexOf("<table class=\"finalites-edition\">");
        assertTrue(table >= 0, html);
        String body = html.substring(table, html.indexOf("</table>", table));
        List<String> rows = new ArrayList<>();
        Matcher tr = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL).matcher(body.substring(body.indexOf("<tbody>")));
        while (tr.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(1));
            while (cell.find()) {
                cells.add(cell.group(1).replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&amp;", "&"));
            }
            rows.add(String.join(" | ", cells));
        }
        return rows;
    }

    /**
     * Each edition's page lists its own finalités, as that edition states them (its named graph): the first still
     * lists 07-04, removed since, as text; the second lists 07-06 and not 07-04. Each kept finalité links to its page.
     */
    @Test
    void eachEditionsPageListsItsFinalites() throws Exception {
        String first = file("cnam/registre/edition/2026-01-15.html");
        List<String> rows = finaliteRows(first);
        assertEquals(83, rows.size());
        assertTrue(first.contains("<h2>Finalités de cette édition (83)</h2>"), first);
        assertEquals("07-01 | Tarification AT/MP | 5", rows.stream().filter(r -> r.startsWith("07-01 ")).findFirst()
                .orElseThrow());
        assertEquals("07-04 | " + EditedCnamDocument.REMOVED + " — retirée depuis | 5", rows.stream()
                .filter(r -> r.startsWith("07-04 ")).findFirst().orElseThrow());
        assertTrue(first.contains("<a href=\"../../finalite/07-01.html\">Tarification AT/MP</a>"), first);
        assertTrue(first.contains("<th scope=\"row\"><span>" + EditedCnamDocument.REMOVED.replace("'", "&#39;")
                + "</span> — retirée depuis</th>"), first);
        List<String> second = finaliteRows(file("cnam/registre/edition/2026-06-15.html"));
        assertEquals(83, second.size());
        assertEquals(List.of("07-01 | Tarification AT/MP | 5",
                "07-02 | Promouvoir les offres de services de l'Assurance Maladie auprès des employeurs | "
                        + rows.stream().filter(r -> r.startsWith("07-02 ")).findFirst().orElseThrow()
                        .replaceAll(".* \\| ", ""),
                "07-03 | Suivi des relations et connaissance employeurs | 11",
                "07-05 | " + rows.stream().filter(r -> r.startsWith("07-05 ")).findFirst().orElseThrow()
                        .substring("07-05 | ".length()),
                "07-06 | " + EditedCnamDocument.ADDED + " | 2"),
                second.stream().filter(r -> r.startsWith("07-")).toList());
        String english = file("en/cnam/registre/edition/2026-01-15.html");
        assertTrue(english.contains("<h2>Purposes (finalités) of this edition (83)</h2>"), english);
        assertTrue(english.contains("</span> — since removed</th>"), english);
        HttpResponse<String> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + server.getHttpPort() + "/cnam/registre/edition/2026-01-15.html")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(rows, finaliteRows(served.body()));
    }

    @Test
    void theServedPageIsTheSame() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + server.getHttpPort() + "/" + CHANGES + ".html")).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode());
        assertEquals(ROWS_FR, rows(r.body()));
    }
}
