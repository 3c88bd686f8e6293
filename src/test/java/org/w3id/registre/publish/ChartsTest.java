package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.jena.rdf.model.Model;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.validate.RegisterValidation;
import org.xml.sax.InputSource;

/**
 * The pictures, the status line and the header search box on the real register, validated with the bundled shapes:
 * each drawing is well-formed XML with a title, a description and a table beside it, and shows the register's own
 * counts (the heat map's against catalogue question 03's expected result).
 */
class ChartsTest {

    private static final LocalDate DATE = LocalDate.of(2026, 6, 1);
    private static final SiteLinks LINKS = SiteLinks.server("");
    private static RegisterSite site;
    private static Pages pages;

    @BeforeAll
    static void load() {
        Model graph = RegisterFiles.loadBundled();
        ValidationFindings findings = ShaclReportFindings.of(
                RegisterValidation.validate(graph, RegisterValidation.bundledShapes(), DATE), graph,
                RegisterValidation.bundledShapes(), BaseUri.defaultBase(), DATE);
        site = new RegisterSite(graph, BaseUri.defaultBase(), findings);
        pages = new Pages(site);
    }

    /** The drawing of that id in the page, as its text, parsed as XML (namespace-aware): it must be well-formed. */
    static org.w3c.dom.Document svg(String html, String id) {
        Matcher m = Pattern.compile("<svg [^>]*id=\"" + id + "\".*?</svg>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "no drawing " + id);
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            org.w3c.dom.Document doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(m.group())));
            Element root = doc.getDocumentElement();
            assertEquals(Svg.NAMESPACE, root.getNamespaceURI());
            assertEquals("img", root.getAttribute("role"));
            assertEquals(id + "-titre " + id + "-desc", root.getAttribute("aria-labelledby"));
            assertTrue(root.getAttribute("viewBox").matches("0 0 [0-9.]+ [0-9.]+"), root.getAttribute("viewBox"));
            // No pixel size of its own: the page's CSS fits it to the width available.
            assertFalse(root.hasAttribute("width") || root.hasAttribute("height"));
            Element title = (Element) root.getElementsByTagNameNS(Svg.NAMESPACE, "title").item(0);
            Element desc = (Element) root.getElementsByTagNameNS(Svg.NAMESPACE, "desc").item(0);
            assertEquals(id + "-titre", title.getAttribute("id"));
            assertEquals(id + "-desc", desc.getAttribute("id"));
            assertTrue(title.getTextContent().length() > 20 && desc.getTextContent().length() > 60,
                    title.getTextContent() + " / " + desc.getTextContent());
            return doc;
        } catch (Exception e) {
            throw new AssertionError("drawing " + id + " is not well-formed XML: " + e, e);
        }
    }

    /** The links of a drawing: tooltip (the link's own title) → the text it shows, with their href. */
    static List<String[]> links(org.w3c.dom.Document svg) {
        List<String[]> out = new ArrayList<>();
        NodeList as = svg.getElementsByTagNameNS(Svg.NAMESPACE, "a");
        for (int i = 0; i < as.getLength(); i++) {
            Element a = (Element) as.item(i);
            Element title = (Element) a.getElementsByTagNameNS(Svg.NAMESPACE, "title").item(0);
            NodeList texts = a.getElementsByTagNameNS(Svg.NAMESPACE, "text");
            StringBuilder shown = new StringBuilder();
            for (int t = 0; t < texts.getLength(); t++) {
                shown.append(t > 0 ? " " : "").append(texts.item(t).getTextContent());
            }
            out.add(new String[] {a.getAttribute("href"), title.getTextContent(), shown.toString()});
        }
        return out;
    }

    /** Catalogue question 03's expected matrix: "01 c" → 9, only the cells that are not zero. */
    static Map<String, Integer> expectedMatrix() throws IOException {
        Map<String, Integer> cells = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(Path.of("queries/03-matrice-mission-base.expected.tsv"));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            for (int c = 0; c < 6; c++) {
                int n = Integer.parseInt(f[2 + c]);
                if (n > 0) {
                    cells.put(f[0].replace("\"", "") + " " + BasisCharts.LETTERS.get(c), n);
                }
            }
        }
        return cells;
    }

    @Test
    void heatMapShowsCatalogueQuestion03sMatrixAndLeadsToTheFinalites() throws IOException {
        String html = pages.home(Langue.FR, LINKS);
        Map<String, Integer> expected = expectedMatrix();
        // 27 cells hold a count in the real register (01 c = 9 … 15 f = 10, the largest).
        assertEquals(27, expected.size());
        Map<String, Integer> drawn = new LinkedHashMap<>();
        Pattern tooltip = Pattern.compile("(\\d+) finalité\\(s\\) de la mission (\\d\\d) .* sur l'art\\. 6-1-([a-f]) du RGPD");
        for (String[] link : links(svg(html, "graphique-matrice"))) {
            Matcher m = tooltip.matcher(link[1]);
            assertTrue(m.matches(), link[1]);
            assertEquals(m.group(1), link[2], "the cell shows its count: " + link[1]);
            assertEquals("/cnam/mission/" + m.group(2) + "#finalites", link[0]);
            drawn.put(m.group(2) + " " + m.group(3), Integer.parseInt(m.group(1)));
        }
        assertEquals(expected, drawn);
        assertEquals(9, drawn.get("01 c"));
        assertEquals(6, drawn.get("04 e"));
        assertEquals(10, drawn.get("15 f"));
        assertEquals(1, drawn.get("15 b"));
        assertTrue(svg(html, "graphique-matrice").getElementsByTagNameNS(Svg.NAMESPACE, "desc").item(0)
                .getTextContent().contains("Le plus grand nombre : 10 finalité(s) de la mission 15 Ressources humaines"
                        + " sur l'art. 6-1-f du RGPD."));

        // The same numbers in the table that follows, every cell of it.
        Document doc = PageChecks.parse(html, "/");
        PageChecks.assertAccessible(doc, "/");
        List<String> rows = doc.select("table.matrice tbody tr").eachText();
        assertEquals(16, rows.size());
        assertEquals("01 Gestion des droits 0 0 9 0 0 0", rows.get(0));
        assertEquals("15 Ressources humaines 0 1 8 0 0 10", rows.get(14));
        assertEquals(List.of("/cnam/mission/04#finalites", "/cnam/mission/04#finalites"),
                doc.select("table.matrice tbody tr:eq(3) td a").eachAttr("href"));
        // Where the cells lead: the mission's table of finalités, with the letters each relies on.
        Document mission = PageChecks.parse(pages.resource("cnam/mission/04", Langue.FR, LINKS), "/cnam/mission/04");
        assertNotNull(mission.getElementById("finalites"));
        List<String> letters = mission.select("#finalites + table tbody td:nth-child(5)").eachText();
        assertEquals(5, letters.stream().filter(t -> t.contains("6-1-c")).count(), String.valueOf(letters));
        assertEquals(6, letters.stream().filter(t -> t.contains("6-1-e")).count(), String.valueOf(letters));
    }

    @Test
    void barChartWeighsEachBasisInBothLanguages() {
        String fr = pages.home(Langue.FR, LINKS);
        org.w3c.dom.Document bars = svg(fr, "graphique-bases");
        String desc = bars.getElementsByTagNameNS(Svg.NAMESPACE, "desc").item(0).getTextContent();
        // Catalogue question 02's counts: finalités per basis.
        assertTrue(desc.contains("6-1-a consentement : 0 finalité(s) ; 6-1-b contrat : 1 finalité(s) ; "
                + "6-1-c obligation légale : 52 finalité(s) ; 6-1-d intérêts vitaux : 0 finalité(s) ; "
                + "6-1-e mission d'intérêt public : 31 finalité(s) ; 6-1-f intérêt légitime : 21 finalité(s)"), desc);
        String en = pages.home(Langue.EN, LINKS);
        assertTrue(svg(en, "graphique-bases").getElementsByTagNameNS(Svg.NAMESPACE, "desc").item(0).getTextContent()
                .contains("6-1-c legal obligation: 52 finalité(s)"));
        assertTrue(svg(en, "graphique-matrice").getElementsByTagNameNS(Svg.NAMESPACE, "title").item(0)
                .getTextContent().equals("Finalités per mission and GDPR Art. 6(1) basis"));
    }

    @Test
    void statusLineCountsTheFindingsAndLeadsToThem() {
        Document doc = PageChecks.parse(pages.resource("cnam/finalite/04-06", Langue.FR, LINKS), "/04-06");
        // 04-06: the warning about its own words (no Art. 9-2 condition for health data), the warning about its basis
        // (letter c, words of e), and nine infos (Art. 30 fields the register does not give, research, profiling).
        assertEquals("Validation : 0 violation(s) · 2 avertissement(s) · 9 information(s)",
                doc.selectFirst("p.etat").text());
        assertEquals(List.of("#constat-warning", "#constat-info"), doc.select("p.etat a").eachAttr("href"));
        assertEquals(List.of("Avertissement", "Information"), doc.select("p.etat a").eachAttr("class"));
        assertEquals("Avertissement", doc.getElementById("constat-warning").selectFirst("td").text());
        assertTrue(doc.getElementById("constat-warning").text().contains("Art9-CategoriesParticulieres"));
        assertEquals("Information", doc.getElementById("constat-info").selectFirst("td").text());
        assertEquals(11, doc.select("tr.resultat").size());
        assertEquals(2, doc.select("tr.resultat[id]").size());
        // The status line comes right under the title, before anything else.
        assertEquals("p", doc.selectFirst("h1").nextElementSibling().tagName());

        Document clean = PageChecks.parse(pages.resource("droit/loi/78-17", Langue.EN, LINKS), "/en/droit/loi/78-17");
        assertEquals("Validation: 0 violation(s) · 0 warning(s) · 0 info(s) — nothing to review.",
                clean.selectFirst("p.etat").text());
        assertTrue(clean.select("p.etat a").isEmpty());
        assertTrue(clean.select("tr.resultat").isEmpty());
    }

    @Test
    void everyPageHasTheSearchBoxInItsHeader() {
        for (String[] page : List.of(new String[] {pages.home(Langue.FR, LINKS), "/recherche"},
                new String[] {pages.home(Langue.EN, LINKS), "/en/search"},
                new String[] {pages.validation(Langue.FR, LINKS), "/recherche"},
                new String[] {pages.resource("cnam/finalite/04-06", Langue.EN, LINKS), "/en/search"},
                new String[] {pages.resource("cnam/finalite/04-06", Langue.FR, SiteLinks.staticFrom(
                        "cnam/finalite/04-06.html")), "../../recherche.html"})) {
            Document doc = PageChecks.parse(page[0], page[1]);
            org.jsoup.nodes.Element form = doc.selectFirst("header form[role=search]");
            assertNotNull(form, page[1]);
            assertEquals(page[1], form.attr("action"));
            assertEquals("get", form.attr("method"));
            assertEquals("q", form.selectFirst("input[type=search]").attr("name"));
            assertEquals(form.selectFirst("input").id(), form.selectFirst("label").attr("for"));
            assertEquals(1, form.select("button[type=submit]").size());
        }
    }

    /** Every link of a drawing leads to a page of the site (a document that exists, in the page's language). */
    private static void linksResolve(org.w3c.dom.Document svg, String prefix) {
        for (String[] link : links(svg)) {
            assertTrue(link[0].startsWith(prefix), link[0]);
            String path = link[0].substring(prefix.length()).replaceFirst("#.*", "");
            assertTrue(site.exists(path), "link " + link[0] + " of " + link[1]);
        }
    }

    @Test
    void finaliteDrawsItsLegalChainEachBoxALink() {
        String html = pages.resource("cnam/finalite/04-06", Langue.FR, LINKS);
        org.w3c.dom.Document chain = svg(html, "graphique-chaine");
        linksResolve(chain, "/");
        // Mission → finalité → its one basis (6-1-c, with the warning that its words say e) → the text it cites.
        assertEquals(List.of("/cnam/mission/04", "/cnam/finalite/04-06", "/cnam/finalite/04-06/fondement/1",
                "/droit/css/L221-1"), links(chain).stream().map(a -> a[0]).toList());
        assertEquals("6-1-c obligation légale — 1 avertissement(s)", links(chain).get(2)[1]);
        assertEquals("6-1-c obligation légale 1 avertissement(s)", links(chain).get(2)[2]);
        assertEquals("Gestion et mise en œuvre de l'information des publics sur les risques liés à des produits de "
                + "santé — 1 avertissement(s), 8 information(s)", links(chain).get(1)[1]);
        assertTrue(chain.getElementsByTagNameNS(Svg.NAMESPACE, "desc").item(0).getTextContent().endsWith(
                "Base 6-1-c obligation légale (1 avertissement(s)), appuyée sur : Article L. 221-1 du Code de la "
                        + "sécurité sociale."));
        // Drawn first, under the status line and the IRI.
        Document doc = PageChecks.parse(html, "/cnam/finalite/04-06");
        assertEquals("figure", doc.selectFirst("p.etat").nextElementSibling().nextElementSibling().tagName());

        // 10-01: the legal obligation ended on 31 January 2023; its box is dashed and says so.
        org.w3c.dom.Document ended = svg(pages.resource("cnam/finalite/10-01", Langue.EN, LINKS), "graphique-chaine");
        linksResolve(ended, "/en/");
        Element basis = (Element) ended.getElementsByTagNameNS(Svg.NAMESPACE, "rect").item(2);
        assertEquals("4 3", basis.getAttribute("stroke-dasharray"));
        assertEquals("6-1-c legal obligation — ended on 2023-01-31 · 2 warning(s)", links(ended).get(2)[1]);
        assertEquals("/en/droit/loi/2020-546/article-11", links(ended).get(3)[0]);
    }

    @Test
    void legalTextCountsTheFinalitesRelyingOnItPerMission() {
        String html = pages.resource("droit/loi/78-17", Langue.FR, LINKS);
        org.w3c.dom.Document chart = svg(html, "graphique-texte");
        linksResolve(chart, "/");
        assertEquals(1, links(chart).size());
        assertEquals("11 Gestion des recours, contentieux et actions juridiques : 1 finalité(s), dont 1 directement "
                + "et 0 par un article ou une partie seulement", links(chart).get(0)[1]);

        // The Code de la sécurité sociale: cited by 56 finalités, all through its articles; the bars add up to the
        // finalités of the table that follows.
        String css = pages.resource("droit/css", Langue.FR, LINKS);
        org.w3c.dom.Document bars = svg(css, "graphique-texte");
        linksResolve(bars, "/");
        assertTrue(bars.getElementsByTagNameNS(Svg.NAMESPACE, "desc").item(0).getTextContent()
                .contains("56 finalité(s) en tout"));
        int sum = 0;
        for (String[] link : links(bars)) {
            Matcher m = Pattern.compile(".* : (\\d+) finalité\\(s\\), dont (\\d+) directement.*").matcher(link[1]);
            assertTrue(m.matches(), link[1]);
            sum += Integer.parseInt(m.group(1));
        }
        assertEquals(56, sum);
        assertEquals("01 Gestion des droits : 9 finalité(s), dont 0 directement et 9 par un article ou une partie "
                + "seulement", links(bars).get(0)[1]);
        Document doc = PageChecks.parse(css, "/droit/css");
        assertEquals(56, doc.select("table:has(caption) tbody tr th a").eachAttr("href").stream().distinct().count());
    }

    @Test
    void validationPageDrawsTheFindingsPerShapeAndSeverityBeforeItsTables() {
        String html = pages.validation(Langue.FR, LINKS);
        org.w3c.dom.Document chart = svg(html, "graphique-constats");
        String desc = chart.getElementsByTagNameNS(Svg.NAMESPACE, "desc").item(0).getTextContent();
        assertTrue(desc.contains(": 675 résultat(s) de 23 forme(s). Art9-CategoriesParticulieres : 27 "
                + "avertissement(s) ; Art6-3-LoiNationale : 9 avertissement(s) ;"), desc);
        // Each bar ends with its total; the totals add up to every result.
        NodeList texts = chart.getElementsByTagNameNS(Svg.NAMESPACE, "text");
        int total = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            Element t = (Element) texts.item(i);
            if ("bold".equals(t.getAttribute("font-weight"))) {
                total += Integer.parseInt(t.getTextContent());
            }
        }
        assertEquals(675, total);
        assertEquals(675, site.findings().findings().size());
        Document doc = PageChecks.parse(html, "/validation");
        PageChecks.assertAccessible(doc, "/validation");
        assertTrue(doc.selectFirst("figure").nextElementSiblings().select("table").size() >= 2);
    }
}
