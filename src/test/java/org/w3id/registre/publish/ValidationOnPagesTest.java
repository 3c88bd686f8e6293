package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The validation results as the resource pages list them: most severe first, whichever part they are about. */
class ValidationOnPagesTest {

    /** Results on mission 01 and on its two finalités, given least severe first and mixed across the finalités. */
    private static final String REPORT = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix shapes: <https://w3id.org/registre/formes#> .
            [] a sh:ValidationReport ; sh:conforms false ; sh:result
              [ sh:focusNode <https://w3id.org/registre/cnam/finalite/01-01> ; sh:resultSeverity sh:Info ;
                sh:sourceShape shapes:A ; sh:sourceConstraintComponent sh:MinCountConstraintComponent ; sh:resultMessage "i1"@fr ] ,
              [ sh:focusNode <https://w3id.org/registre/cnam/finalite/01-02> ; sh:resultSeverity sh:Info ;
                sh:sourceShape shapes:B ; sh:sourceConstraintComponent sh:MinCountConstraintComponent ; sh:resultMessage "i2"@fr ] ,
              [ sh:focusNode <https://w3id.org/registre/cnam/finalite/01-02> ; sh:resultSeverity sh:Warning ;
                sh:sourceShape shapes:C ; sh:sourceConstraintComponent sh:MinCountConstraintComponent ; sh:resultMessage "w2"@fr ] ,
              [ sh:focusNode <https://w3id.org/registre/cnam/finalite/01-01> ; sh:resultSeverity sh:Warning ;
                sh:sourceShape shapes:D ; sh:sourceConstraintComponent sh:MinCountConstraintComponent ; sh:resultMessage "w1"@fr ] ,
              [ sh:focusNode <https://w3id.org/registre/cnam/finalite/01-02> ; sh:resultSeverity sh:Violation ;
                sh:sourceShape shapes:E ; sh:sourceConstraintComponent sh:MinCountConstraintComponent ; sh:resultMessage "v2"@fr ] ,
              [ sh:focusNode <https://w3id.org/registre/cnam/mission/01> ; sh:resultSeverity sh:Info ;
                sh:sourceShape shapes:F ; sh:sourceConstraintComponent sh:MinCountConstraintComponent ; sh:resultMessage "im"@fr ] ,
              [ sh:focusNode <https://w3id.org/registre/cnam/mission/01> ; sh:resultSeverity sh:Warning ;
                sh:sourceShape shapes:G ; sh:sourceConstraintComponent sh:MinCountConstraintComponent ; sh:resultMessage "wm"@fr ] .
            """;

    @Test
    void resultsAreOrderedBySeverityThenFocusOnTheResourceAndOnItsParts() {
        Model report = ModelFactory.createDefaultModel().read(new StringReader(REPORT), null, "TTL");
        RegisterSite site = new RegisterSite(TestSite.fixtureGraph(), BaseUri.defaultBase(),
                new ShaclReportFindings(report));
        Document page = Jsoup.parse(new Pages(site).resource("cnam/mission/01", Langue.FR,
                SiteLinks.staticFrom("cnam/mission/01.html")));
        List<Element> tables = page.select("table:has(tr.resultat)");
        assertEquals(2, tables.size());
        // The mission itself: the warning above the info.
        assertEquals(List.of("Avertissement wm", "Information im"), rows(tables.get(0), 1, 4));
        // Its finalités: violation, warnings, infos; within a severity, by finalité.
        assertEquals(List.of("Violation 01-02 v2", "Avertissement 01-01 w1", "Avertissement 01-02 w2",
                "Information 01-01 i1", "Information 01-02 i2"), rows(tables.get(1), 1, 2, 5));
    }

    @Test
    void theValidationPageDoesNotLinkToItselfAndTheHomePageLinksToIt() {
        Model report = ModelFactory.createDefaultModel().read(new StringReader(REPORT), null, "TTL");
        Pages pages = new Pages(new RegisterSite(TestSite.fixtureGraph(), BaseUri.defaultBase(),
                new ShaclReportFindings(report)));
        for (Langue l : Langue.values()) {
            String self = l == Langue.FR ? "validation.html" : "en/validation.html";
            Document validation = Jsoup.parse(pages.validation(l, SiteLinks.staticFrom(self)));
            assertEquals(List.of(), validation.select("main a[href=validation.html]").eachText());
            // Its summary: the counts, no link.
            assertEquals(List.of(), validation.select("h2:contains(Validation) + p a").eachText());
            Document home = Jsoup.parse(pages.home(l, SiteLinks.staticFrom(l == Langue.FR ? "index.html"
                    : "en/index.html")));
            assertEquals(List.of("validation.html"), home.select("h2:contains(Validation) + p a").eachAttr("href"));
        }
    }

    /** Each result row as the text of the given columns (1-based), the focus link reduced to its last path step. */
    private static List<String> rows(Element table, int... columns) {
        return table.select("tr.resultat").stream().map(tr -> {
            StringBuilder sb = new StringBuilder();
            for (int c : columns) {
                Element td = tr.child(c - 1);
                Element a = td.selectFirst("a");
                String text = a != null ? a.attr("href").replaceFirst(".*/", "").replace(".html", "") : td.text();
                sb.append(sb.isEmpty() ? "" : " ").append(text);
            }
            return sb.toString();
        }).toList();
    }
}
