package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegisterInputs;
import org.w3id.registre.template.TemplateReader;
import org.w3id.registre.validate.RegisterValidation;

/**
 * Two registers served side by side (the Cnam's and the fictitious municipality's, with the project's reading of
 * each), validated together as of 2026-01-01: each register has its own validation page with its results only —
 * the Cnam's 675 (0 violations, 48 warnings, 627 infos, as RealRegisterReportTest pins them, the truncated citation
 * of a legal text its 02-04 cites among them), the municipality's 20 (0, 5, 15, as FictitiousRegisterReportTest pins
 * them) — linked from its register's page; the whole report keeps the union (695) and lists both. Served, and as the
 * static export renders them, in French and English.
 */
class RegisterValidationPagesTest {

    static final Pattern ROW = Pattern.compile("<tr class=\"resultat\"");
    static final Pattern SUMMARY = Pattern.compile("(\\d+) violation\\(s\\), (\\d+) (?:avertissement|warning)\\(s\\), "
            + "(\\d+) (?:information|info)\\(s\\)");

    static TestSite site;
    static Pages pages;

    @BeforeAll
    static void twoRegisters() {
        List<Path> files = new ArrayList<>(RegisterFiles.dataFiles());
        files.add(Path.of("data/exemples/ville-fictive.ods"));
        files.add(Path.of("data/exemples/ville-fictive-alignement.ttl"));
        Model union = RegisterInputs.loadWithOntology(files, TemplateReader::read);
        LocalDate date = LocalDate.of(2026, 1, 1);
        ValidationReport report = RegisterValidation.validate(union,
                RegisterValidation.bundledShapes(), date);
        ValidationFindings findings = ShaclReportFindings.of(report, union, RegisterValidation.bundledShapes(),
                BaseUri.defaultBase(), date);
        site = TestSite.of(union, findings);
        // The pages as the static export writes them (StaticSite's own files: DcatApConformanceTest), without writing
        // the whole site of two registers.
        pages = new Pages(site.site);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    /** Result rows, and the summary's three counts, of a page. */
    static String counts(String html) {
        long rows = ROW.matcher(html).results().count();
        Matcher m = SUMMARY.matcher(html);
        assertTrue(m.find(), "summary");
        return rows + " rows; " + m.group(1) + "/" + m.group(2) + "/" + m.group(3);
    }

    static String served(String path) {
        HttpResponse<String> resp = site.get(path, "text/html");
        assertEquals(200, resp.statusCode(), path);
        return resp.body();
    }

    /** A page as the static export writes it at {@code file}, with its relative links. */
    static String exported(String file) {
        SiteLinks links = SiteLinks.staticFrom(file);
        Langue l = file.startsWith("en/") ? Langue.EN : Langue.FR;
        String path = file.substring(l == Langue.EN ? 3 : 0, file.length() - ".html".length());
        if (path.equals("validation")) {
            return pages.validation(l, links);
        }
        return site.site.registerOfValidation(path).map(r -> pages.registerValidation(r, l, links))
                .orElseGet(() -> pages.resource(path, l, links));
    }

    @Test
    void eachRegisterHasItsOwnValidationPage() {
        assertEquals("675 rows; 0/48/627", counts(served("/validation/cnam")));
        assertEquals("20 rows; 0/5/15", counts(served("/validation/ville-fictive")));
        assertEquals("675 rows; 0/48/627", counts(served("/en/validation/cnam")));
        assertEquals("20 rows; 0/5/15", counts(served("/en/validation/ville-fictive.html")));
        assertEquals("675 rows; 0/48/627", counts(exported("validation/cnam.html")));
        assertEquals("20 rows; 0/5/15", counts(exported("en/validation/ville-fictive.html")));
        // The municipality's page holds none of the Cnam's results, and the shared text cited by the Cnam is on its.
        assertTrue(!served("/validation/ville-fictive").contains("cnam/"));
        assertTrue(served("/validation/cnam").contains("droit/css/L43"));
    }

    @Test
    void theWholeReportKeepsTheUnionAndListsEachRegister() {
        for (String html : List.of(served("/validation"), exported("validation.html"))) {
            assertEquals("695 rows; 0/53/642", counts(html));
            String byRegister = html.substring(html.indexOf("<h2>Par registre</h2>"));
            byRegister = byRegister.substring(0, byRegister.indexOf("</table>"));
            assertEquals(List.of("0 48 627", "0 5 15"), Pattern.compile("<td>(\\d+)</td><td>(\\d+)</td><td>(\\d+)</td>")
                    .matcher(byRegister).results().map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3))
                    .toList());
        }
        assertTrue(served("/validation").contains("href=\"/validation/cnam\""));
        assertTrue(exported("validation.html").contains("href=\"validation/ville-fictive.html\""));
    }

    /** The home page's missions: the Cnam's 16, core or support, and the municipality's 6, of no kind. */
    @Test
    void theHomePageListsEveryRegistersMissions() {
        String home = served("/");
        String table = home.substring(home.indexOf("<h2>Missions</h2>"));
        table = table.substring(0, table.indexOf("</table>"));
        List<String> kinds = Pattern.compile("<tr><td>([^<]+)</td><th scope=\"row\">.*?</th><td>([^<]+)</td>")
                .matcher(table).results().map(m -> m.group(1) + " " + m.group(2)).toList();
        assertEquals(22, kinds.size(), table);
        assertEquals("01 Mission métier", kinds.get(0));
        assertEquals(List.of("COM —", "EC —", "EF —", "RH —", "SOC —", "TECH —"), kinds.subList(16, 22));
    }

    @Test
    void eachRegistersPageLinksToItsReport() {
        String cnam = served("/cnam/registre.html");
        assertTrue(cnam.contains("href=\"/validation/cnam\""), "served link");
        assertEquals("0/48/627", counts(cnam).replaceAll(".*; ", ""));
        String ville = exported("ville-fictive/registre.html");
        assertTrue(ville.contains("href=\"../validation/ville-fictive.html\""), "exported link");
        assertEquals("0/5/15", counts(ville).replaceAll(".*; ", ""));
        assertEquals(404, site.get("/validation/inconnu", "text/html").statusCode());
    }
}
