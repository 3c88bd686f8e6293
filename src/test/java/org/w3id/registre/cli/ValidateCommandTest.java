package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.registre.validate.CsvReport;
import org.w3id.registre.validate.ShapeFixturesTest;

/**
 * {@code registre validate} end to end: exit codes, and every format parsed back. Most runs use the small fixture
 * register (quick); one run uses the bundled data, the command's default.
 */
class ValidateCommandTest {

    static final String BASE = "src/test/resources/shapes/base.ttl";
    /** Base plus a 6(1)(f) basis in a core mission: exactly one violation. */
    static final String VIOLATION = "src/test/resources/shapes/Art6-1-f-AutoritePublique/invalid.ttl";
    /** Base plus two public-interest / legal-obligation bases with no law: exactly two warnings. */
    static final String WARNING = "src/test/resources/shapes/Art6-3-LoiNationale/invalid.ttl";
    /** Base plus the truncated citation: exactly one info. */
    static final String INFO = "src/test/resources/shapes/CitationTronquee/invalid.ttl";

    @TempDir
    static Path tmp;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Registre.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("validate", "--date", "2026-01-01"));
        all.addAll(List.of(args));
        int code = cli.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    static Run bundled;
    static Run mixed;

    @BeforeAll
    static void runOnce() {
        bundled = run();
        mixed = run("--data", BASE, VIOLATION, WARNING, INFO, "--format", "turtle");
    }

    @Test
    void bundledRegisterHasNoViolation() {
        assertEquals(0, bundled.code(), bundled.err());
        assertTrue(bundled.out().contains("Résultats / Results: 675"), bundled.out());
        assertTrue(bundled.out().contains("  Violation                       0"), bundled.out());
        assertTrue(bundled.out().contains("rsh:LettreContreditLibelle"));
    }

    @Test
    void exitCodesFollowTheThreshold() {
        assertEquals(0, run("--data", BASE).code());
        assertEquals(1, mixed.code(), mixed.err());
        assertEquals(0, run("--data", BASE, VIOLATION, "--fail-on", "none").code());
        assertEquals(0, run("--data", BASE, WARNING).code());
        assertEquals(1, run("--data", BASE, WARNING, "--fail-on", "warning").code());
        assertEquals(0, run("--data", BASE, INFO, "--fail-on", "warning").code());
        assertEquals(1, run("--data", BASE, INFO, "--fail-on", "info").code());
    }

    @Test
    void usageIoAndParseErrorsExitWithTwo() throws IOException {
        assertEquals(2, run("--format", "pdf").code());
        assertEquals(2, run("--fail-on", "sometimes").code());
        assertEquals(2, run("--date", "31/01/2023").code());
        Run missing = run("--data", "nowhere.ttl");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nowhere.ttl"), missing.err());

        Path bad = tmp.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <https://example.org/> .\n\nex:a ex:b ex:c ;\n  ex:d .\n");
        Path out = tmp.resolve("never.html");
        Run parse = run("--data", bad.toString(), "--format", "html", "--output", out.toString());
        assertEquals(2, parse.code());
        assertTrue(parse.err().contains("bad.ttl") && parse.err().contains("[ligne / line 4, col 8]"), parse.err());
        assertFalse(Files.exists(out), "nothing half-written");
    }

    @Test
    void shapesOptionReplacesTheBundledShapes() {
        // Only the Art. 30 profile: the finalité with nothing but its type yields its seven Info results (six fields
        // and the controller), nothing else.
        Run art30 = run("--data", BASE, "src/test/resources/shapes/Article30/invalid.ttl",
                "--shapes", "shapes/article30.ttl", "--format", "csv", "--fail-on", "info");
        assertEquals(1, art30.code());
        List<List<String>> rows = parseCsv(art30.out());
        assertEquals(8, rows.size());
        assertTrue(rows.subList(1, 8).stream().allMatch(r -> r.get(0).equals("Info")
                && r.get(1).equals("https://w3id.org/registre/cnam/finalite/01-02")
                && r.get(6).equals("rsh:Article30")));
        // A folder stands for its Turtle files: the whole bundled set again.
        Run folder = run("--data", BASE, VIOLATION, "--shapes", "shapes", "--format", "json");
        assertEquals(1, folder.code());
        assertEquals(1, JSON.parse(folder.out()).get("total").getAsNumber().value().intValue());
    }

    @Test
    void turtleIsTheStandardReport() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(mixed.out(), Lang.TURTLE).parse(m);
        ValidationReport report = ValidationReport.fromModel(m);
        assertEquals(List.of("cnam/finalite/01-01\tArt6-1-f-AutoritePublique\tViolation",
                "cnam/finalite/11-01/fondement/2\tArt6-3-LoiNationale\tWarning",
                "cnam/finalite/11-01/fondement/3\tArt6-3-LoiNationale\tWarning",
                "droit/css/L43\tCitationTronquee-tronque\tInfo"),
                ShapeFixturesTest.lines(new ArrayList<>(report.getEntries())));
    }

    @Test
    void csvHasOneRowPerResult() {
        Run csv = run("--data", BASE, VIOLATION, WARNING, INFO, "--format", "csv");
        List<List<String>> rows = parseCsv(csv.out());
        assertEquals(5, rows.size());
        assertEquals(CsvReport.HEADER, rows.get(0));
        List<String> violation = rows.get(1);
        assertEquals("Violation", violation.get(0));
        assertEquals("https://w3id.org/registre/cnam/finalite/01-01", violation.get(1));
        assertEquals("Contrôle des droits", violation.get(2));
        assertEquals("Entitlement checks", violation.get(3));
        assertEquals("01 — Gestion des droits", violation.get(4));
        assertEquals("rsh:Art6-1-f-AutoritePublique", violation.get(5));
        assertTrue(violation.get(10).startsWith("Une finalité d'une mission métier"), violation.get(10));
        assertTrue(violation.get(11).startsWith("A purpose of a core mission"), violation.get(11));
        assertEquals(List.of("Warning", "Warning", "Info"),
                List.of(rows.get(2).get(0), rows.get(3).get(0), rows.get(4).get(0)));
        // A legal-basis node is labelled by its source text as printed; the messages hold commas, read back whole.
        assertEquals("Article 6-1-e du RGPD : le traitement est nécessaire à l'exécution d'une mission d'intérêt public.",
                rows.get(2).get(2));
        assertEquals("", rows.get(2).get(8), "a node-level result does not repeat its focus node as value");
        assertEquals("sh:OrConstraintComponent", rows.get(2).get(9));
        assertEquals("11 — Gestion des recours", rows.get(2).get(4));
    }

    @Test
    void jsonHoldsTheSameRecords() {
        Run json = run("--data", BASE, VIOLATION, WARNING, INFO, "--format", "json");
        JsonObject root = JSON.parse(json.out());
        assertEquals(4, root.get("total").getAsNumber().value().intValue());
        assertEquals(1, root.get("counts").getAsObject().get("Violation").getAsNumber().value().intValue());
        JsonArray results = root.get("results").getAsArray();
        assertEquals(4, results.size());
        JsonObject first = results.get(0).getAsObject();
        assertEquals("https://w3id.org/registre/shapes#Art6-1-f-AutoritePublique",
                first.get("shape").getAsString().value());
        assertEquals("https://w3id.org/registre/cnam/mission/01", first.get("mission").getAsString().value());
        assertEquals("2026-01-01", root.get("date").getAsString().value());
    }

    /**
     * A register in the CNIL template that declares health data (its "Données sensibles (art. 9)" column) and states
     * no Art. 9(2) condition is asked for one: RH-01, EF-02 and SOC-01 of the fictitious municipality, and only they.
     * The message says the register declares the data — the project reads nothing in its words.
     */
    @Test
    void aTemplateRegisterDeclaringHealthDataIsAskedForItsArt9Condition() {
        Run json = run("--data", "data/exemples/ville-fictive.csv", "--format", "json", "--fail-on", "none");
        assertEquals(0, json.code(), json.err());
        List<String> art9 = new ArrayList<>();
        for (var r : JSON.parse(json.out()).get("results").getAsArray()) {
            JsonObject o = r.getAsObject();
            if (o.get("shape").getAsString().value().contains("#Art9")) {
                art9.add(String.join("\t", o.get("focus").getAsString().value(), o.get("path").getAsString().value(),
                        o.get("value").getAsString().value(), o.get("shape").getAsString().value(),
                        o.get("severity").getAsString().value(),
                        o.get("message_fr").getAsString().value().substring(0, 40),
                        o.get("message_en").getAsString().value().substring(0, 33)));
            }
        }
        String rest = "\t\tpd:Health\thttps://w3id.org/registre/shapes#Art9-CategoriesParticulieresDeclarees\tWarning"
                + "\tLe registre déclare des données de santé\tThe register declares health data";
        assertEquals(List.of("https://w3id.org/registre/ville-fictive/finalite/EF-02" + rest,
                "https://w3id.org/registre/ville-fictive/finalite/RH-01" + rest,
                "https://w3id.org/registre/ville-fictive/finalite/SOC-01" + rest), art9.stream().sorted().toList());
    }

    @Test
    void junitHasOneCasePerShapeAndFocusNode() throws Exception {
        Run junit = run("--data", BASE, VIOLATION, WARNING, INFO, "--format", "junit", "--fail-on", "warning");
        assertEquals(1, junit.code());
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(junit.out().getBytes(StandardCharsets.UTF_8)));
        NodeList failures = doc.getElementsByTagName("failure");
        assertEquals(3, failures.getLength(), "violation and warnings fail at --fail-on warning; info does not");
        NodeList suites = doc.getElementsByTagName("testsuite");
        int finaliteCases = -1;
        for (int i = 0; i < suites.getLength(); i++) {
            Element s = (Element) suites.item(i);
            if (s.getAttribute("name").equals("rsh:Art6-1-f-AutoritePublique")) {
                finaliteCases = Integer.parseInt(s.getAttribute("tests"));
                assertEquals("1", s.getAttribute("failures"));
            }
        }
        assertEquals(2, finaliteCases, "one case per finalité of the fixture register");
        assertEquals(1, doc.getElementsByTagName("system-out").getLength(), "the info result, below the threshold");
    }

    @Test
    void htmlIsOneWellFormedPage() throws Exception {
        Path out = tmp.resolve("rapport.html");
        Run html = run("--data", BASE, VIOLATION, WARNING, INFO, "--format", "html", "--output", out.toString());
        assertEquals(1, html.code());
        String page = Files.readString(out);
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(10);
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page, "", parser);
        assertEquals(List.of(), parser.getErrors(), "well-formed HTML5");
        assertEquals("fr", doc.selectFirst("html").attr("lang"));
        assertEquals(0, doc.select("script").size());
        assertEquals(0, doc.select("link").size(), "self-contained: no style sheet, font or page to load");
        // The site's frame: its style, skip link, header, main landmark, breadcrumb, one h1, footer.
        assertTrue(doc.selectFirst("head style").data().startsWith("body{font-family:system-ui"));
        assertEquals("#contenu", doc.selectFirst("body > a.evitement").attr("href"));
        assertEquals("Registre des traitements de la Cnam", doc.selectFirst("header").text());
        assertEquals(List.of("Validation du registre / Register validation"),
                doc.select("main#contenu > nav.fil li").eachText());
        assertEquals("Validation du registre / Register validation", doc.select("h1").eachText().get(0));
        assertEquals(1, doc.select("h1").size());
        assertEquals(1, doc.select("footer").size());
        // Opened as a file, no link is broken: in-page anchors that exist, or absolute IRIs.
        for (org.jsoup.nodes.Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                assertEquals(1, doc.select("[id=" + href.substring(1) + "]").size(), href);
            } else {
                assertTrue(href.startsWith("https://w3id.org/registre/"), href);
            }
        }
        // Each shape links to its section of the published shapes page; each result row in full.
        assertEquals(List.of("https://w3id.org/registre/shapes#Art6-1-f-AutoritePublique",
                "https://w3id.org/registre/shapes#Art6-3-LoiNationale",
                "https://w3id.org/registre/shapes#CitationTronquee-tronque"),
                doc.select("#synthese ~ table").get(1).select("tbody td:first-child a").eachAttr("href"));
        assertEquals(List.of("Violation", "Contrôle des droits Entitlement checks"
                + " https://w3id.org/registre/cnam/finalite/01-01", "", ""),
                doc.selectFirst("#forme-rsh_Art6-1-f-AutoritePublique + p + table tbody tr").select("td").stream()
                        .map(org.jsoup.nodes.Element::text).toList());
        assertTrue(page.contains("01 — Gestion des droits"));
        assertTrue(page.contains("ne peut pas s&#39;en prévaloir"), "escaped French message");
        assertTrue(page.contains("A purpose of a core mission"), "English beside it");
    }

    /** RFC 4180, enough to read back what {@link CsvReport} writes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
