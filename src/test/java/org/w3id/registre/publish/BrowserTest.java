package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.validate.RegisterValidation;

/**
 * A real browser on the real register: headless Chromium (Debian packages chromium and chromium-driver) opens the
 * home page, follows a mission to a finalité, opens it in SPARQL, runs the query and sees the results. Screenshots
 * go to target/screenshots/. The /query page is the one registre serve serves.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");

    private static TestSite site;
    private static ChromeDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        // Never skipped: a machine without the browser fails here, saying what to install.
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium absent : installer les paquets Debian chromium et chromium-driver (apt-get install -y "
                        + "chromium chromium-driver) / Chromium missing: install Debian packages chromium and "
                        + "chromium-driver");
        // The fixture's hand-written SHACL report stands for a validation: the validation page has its chart.
        site = TestSite.bundled(TestSite.fixtureFindings());
        profile = Files.createTempDirectory("registre-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1024",
                // The static export's search reads its index with fetch(); from file:// only with this flag.
                "--allow-file-access-from-files",
                "--user-data-dir=" + profile);
        // The console is read after each page: a Content-Security-Policy refusal shows there and fails the test.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    private static void screenshot(String name) throws IOException {
        File shot = browser.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** What the page's Content-Security-Policy refused since the last call: nothing, on every page. */
    private static void assertNoPolicyRefusal(String page) {
        List<String> refused = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).filter(m -> m.contains("Content Security Policy")).toList();
        assertEquals(List.of(), refused, page);
    }

    private static WebDriverWait waiting() {
        // Generous: the machine may be shared; a wait ends as soon as its condition holds.
        return new WebDriverWait(browser, Duration.ofSeconds(90));
    }

    @Test
    void homeToMissionToFinaliteToSparqlResults() throws IOException {
        browser.get(site.root + "/");
        assertEquals("Registre des traitements de la Cnam", browser.findElement(By.tagName("h1")).getText());
        assertEquals(16, browser.findElements(By.cssSelector("main table")).get(0)
                .findElements(By.cssSelector("tbody tr")).size());
        screenshot("01-accueil.png");
        assertNoPolicyRefusal("/");

        browser.findElement(By.cssSelector("main a[href='/cnam/mission/03']")).click();
        waiting().until(ExpectedConditions.urlToBe(site.root + "/cnam/mission/03.html"));
        String mission = browser.findElement(By.tagName("h1")).getText();
        assertTrue(browser.findElement(By.cssSelector("nav.fil")).getText().contains(mission));
        screenshot("02-mission-03.png");

        WebElement first = browser.findElement(By.cssSelector("main table tbody tr th a"));
        String finaliteLabel = first.getText();
        first.click();
        waiting().until(ExpectedConditions.urlToBe(site.root + "/cnam/finalite/03-01.html"));
        assertEquals(finaliteLabel, browser.findElement(By.tagName("h1")).getText());
        screenshot("03-finalite-03-01.png");
        assertNoPolicyRefusal("/cnam/finalite/03-01.html");

        browser.findElement(By.cssSelector("a.sparql")).click();
        waiting().until(ExpectedConditions.urlContains("/query?query="));
        WebElement run = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".yasqe_queryButton")));
        String editor = (String) browser.executeScript(
                "return document.querySelector('.CodeMirror').CodeMirror.getValue();");
        assertTrue(editor.contains("<https://w3id.org/registre/cnam/finalite/03-01>"), editor);
        screenshot("04-requete.png");
        run.click();
        // YASR renders the table, then re-renders it: read it fresh on each poll, never through a held element.
        String table = waiting().until(d -> {
            Object text = browser.executeScript(
                    "const t = document.querySelector('.yasr table.dataTable'); return t ? t.innerText : null;");
            return text instanceof String s && s.contains("cnam/mission/03") ? s : null;
        });
        assertTrue(table.contains("https://w3id.org/registre/cnam/mission/03"), table);
        // The "open in SPARQL" query about 03-01: its 22 statements (what it states and what points to it, the project's
        // reading "examens cliniques" included; the document names no controller for 03-01).
        assertEquals(22L, browser.executeScript(
                "return document.querySelectorAll('.yasr table.dataTable tbody tr').length;"));
        screenshot("05-resultats.png");
        assertNoPolicyRefusal("/query");
    }

    @Test
    void theSearchFormWorksWithoutScriptAndTheStaticCopySearchesWithItsOwn() throws IOException {
        browser.get(site.root + "/recherche");
        WebElement box = browser.findElement(By.cssSelector("main form[role=search] input[name=q]"));
        box.sendKeys("fraudes");
        box.submit();
        waiting().until(ExpectedConditions.urlContains("/recherche?q=fraudes"));
        assertEquals("18 résultats pour « fraudes » : Finalités 4, Sous-finalités 14.",
                browser.findElement(By.id("resultats-resume")).getText());
        // The French label's word and the project's English label's "fraud" (same stem) are both highlighted.
        assertEquals(List.of("fraud", "fraudes"), browser.findElements(By.cssSelector(
                "section[aria-labelledby=finalite] li:first-child mark")).stream().map(WebElement::getText).sorted()
                .toList());
        screenshot("06-recherche-fraudes.png");
        assertNoPolicyRefusal("/recherche");

        Path export = Files.createTempDirectory("registre-export-navigateur-").resolve("site");
        try {
            new StaticSite(site.site).write(export);
            browser.get(export.resolve("recherche.html").toUri() + "?q=vid%C3%A9o*");
            String summary = waiting().until(d -> {
                List<WebElement> found = browser.findElements(By.id("resultats-resume"));
                return found.isEmpty() ? null : found.get(0).getText();
            });
            assertEquals("2 résultat(s) pour « vidéo* ».", summary);
            assertEquals(List.of("Assurer la vidéosurveillance des sites",
                    "Gestion de l'atelier photo et vidéo"),
                    browser.findElements(By.cssSelector("section[aria-labelledby=sous-finalite] li a")).stream()
                            .map(WebElement::getText).sorted().toList());
            screenshot("07-recherche-statique.png");
        } finally {
            try (var files = Files.walk(export.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    /**
     * The validation report of the real register, validated with the bundled shapes, at 1280 px: its tables fit the
     * window, so the last column ("Forme", the shape) is seen whole, not cut at the window's edge.
     */
    @Test
    void theValidationTableFitsA1280PixelWindow() throws IOException {
        Model data = RegisterFiles.loadBundled();
        LocalDate date = LocalDate.of(2026, 12, 2);
        ValidationFindings findings = ShaclReportFindings.of(RegisterValidation.validate(data,
                RegisterValidation.bundledShapes(), date), data, RegisterValidation.bundledShapes(),
                BaseUri.defaultBase(), date);
        String html = new Pages(new RegisterSite(data, BaseUri.defaultBase(), findings)).validation(Langue.FR,
                SiteLinks.staticFrom("validation.html"));
        Path page = Files.createTempFile("registre-validation-", ".html");
        try {
            Files.writeString(page, html);
            browser.get(page.toUri().toString());
            WebElement shape = browser.findElement(By.xpath("(//main//table)[1]//th[.='Forme']"));
            long window = (Long) browser.executeScript("return document.documentElement.clientWidth;");
            Number right = (Number) browser.executeScript(
                    "return arguments[0].getBoundingClientRect().right;", shape);
            screenshot("08-validation-1280.png");
            assertTrue(right.doubleValue() <= window, "Forme ends at " + right + " px, the window at " + window);
            assertEquals(window, browser.executeScript("return document.documentElement.scrollWidth;"),
                    "the page scrolls sideways");
        } finally {
            Files.delete(page);
        }
    }

    /** A drawing is shown, with a size, and its picture is kept in target/screenshots/. */
    private static WebElement chart(String id, String shot) throws IOException {
        WebElement svg = browser.findElement(By.id(id));
        // Scrolled into view first: an element screenshot of what lies below the fold is cut.
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", svg);
        assertTrue(svg.isDisplayed(), id);
        Rectangle box = svg.getRect();
        assertTrue(box.getWidth() > 300 && box.getHeight() > 40, id + " " + box.getWidth() + "×" + box.getHeight());
        File file = svg.getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SHOTS.resolve(shot), StandardCopyOption.REPLACE_EXISTING);
        return svg;
    }

    @Test
    void chartsAreDrawnAndAFinalitePrintsOnOneA4Page() throws IOException {
        browser.get(site.root + "/");
        chart("graphique-bases", "08-graphique-bases.png");
        WebElement heatMap = chart("graphique-matrice", "09-carte-chaleur-missions-bases.png");
        // 27 cells hold a count, each a link (catalogue question 03's matrix).
        assertEquals(27, heatMap.findElements(By.cssSelector("a")).size());

        browser.get(site.root + "/cnam/finalite/04-06");
        WebElement chain = chart("graphique-chaine", "10-chaine-juridique-04-06.png");
        assertTrue(chain.findElements(By.cssSelector("a")).size() >= 4);
        browser.get(site.root + "/cnam/finalite/10-01");
        chart("graphique-chaine", "11-chaine-juridique-10-01-base-echue.png");
        browser.get(site.root + "/droit/css");
        chart("graphique-texte", "12-texte-css-par-mission.png");
        browser.get(site.root + "/validation");
        chart("graphique-constats", "13-validation-par-forme.png");
        screenshot("14-validation.png");

        browser.get(site.root + "/cnam/finalite/03-01");
        chart("graphique-chaine", "15-chaine-juridique-03-01.png");
        PrintOptions print = new PrintOptions();
        print.setPageSize(new PageSize(29.7, 21.0));
        Pdf pdf = browser.print(print);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.write(SHOTS.resolve("16-finalite-03-01-a4.pdf"), bytes);
        // 03-01 (six texts behind its basis) fills one A4 page with the print stylesheet; the raw statements, the
        // formats and the navigation are left out of print.
        assertEquals(1, pages(bytes), "a finalité prints on one A4 page");
        browser.get(site.root + "/validation");
        byte[] report = Base64.getDecoder().decode(browser.print(print).getContent());
        Files.write(SHOTS.resolve("17-validation-a4.pdf"), report);
        assertTrue(pages(report) >= 1);
    }

    /** The pages of a PDF: its page objects ("/Type /Page", not "/Pages"), which Chromium writes uncompressed. */
    private static int pages(byte[] pdf) {
        Matcher m = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(new String(pdf,
                java.nio.charset.StandardCharsets.ISO_8859_1));
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
