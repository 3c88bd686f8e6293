package org.w3id.registre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.core.RegisterFiles;

/** The French behaviour of the search, on the bundled register: what each rule of the analysis chain finds. */
class FrenchSearchTest {

    static final String R = "https://w3id.org/registre/";
    static RegisterSearch search;

    @BeforeAll
    static void index() {
        search = new RegisterSearch(RegisterTextIndex.inMemory(RegisterStore.inMemory(RegisterFiles.loadBundled()))
                .dataset());
    }

    static Map<Kind, List<SearchHit>> find(String q) {
        return search.search(SearchQuery.parse(q));
    }

    static Set<String> iris(Map<Kind, List<SearchHit>> hits, Kind kind) {
        Set<String> iris = new TreeSet<>();
        hits.getOrDefault(kind, List.of()).forEach(h -> iris.add(h.iri().substring(R.length())));
        return iris;
    }

    static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (FrenchTextAnalyzer analyzer = new FrenchTextAnalyzer();
                TokenStream ts = analyzer.tokenStream("libelle", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void theAnalysisChainElidesFoldsDropsStopWordsAndStems() throws IOException {
        // l' and d’ elided, accents folded, "les", "et", "de", "la" dropped, plurals and suffixes stemmed (Savoy's
        // light stemmer also drops -ation and undoubles consonants: "assurance" → "asuranc").
        assertEquals(List.of("inform", "medecin", "fraud", "asuranc", "securit", "social"),
                tokens("L'information des Médecins et les fraudes d’assurance de la Sécurité sociale"));
        // Folded stop words are dropped too: "étant" and "etant". ("été" is not a stop word: also "summer".)
        assertEquals(List.of(), tokens("étant etant le la les de des du"));
        assertEquals(List.of("ete", "ete"), tokens("été ete"));
    }

    @Test
    void aPluralFindsTheSingularAndTheSingularThePlural() {
        Map<Kind, List<SearchHit>> plural = find("fraudes");
        assertEquals(Set.of("cnam/finalite/03-02", "cnam/finalite/03-03", "cnam/finalite/03-04",
                "cnam/finalite/03-06"), iris(plural, Kind.FINALITE));
        // 03-06/4 says "la fraude", in the singular; the 13 others "fraudes".
        assertEquals(Set.of("cnam/finalite/03-02/sous-finalite/1", "cnam/finalite/03-02/sous-finalite/2",
                "cnam/finalite/03-02/sous-finalite/3", "cnam/finalite/03-02/sous-finalite/7",
                "cnam/finalite/03-03/sous-finalite/1", "cnam/finalite/03-03/sous-finalite/2",
                "cnam/finalite/03-03/sous-finalite/3", "cnam/finalite/03-04/sous-finalite/1",
                "cnam/finalite/03-04/sous-finalite/2", "cnam/finalite/03-04/sous-finalite/3",
                "cnam/finalite/03-04/sous-finalite/7", "cnam/finalite/03-06/sous-finalite/2",
                "cnam/finalite/03-06/sous-finalite/3", "cnam/finalite/03-06/sous-finalite/4"),
                iris(plural, Kind.SOUS_FINALITE));
        Map<Kind, List<SearchHit>> singular = find("fraude");
        assertEquals(iris(plural, Kind.FINALITE), iris(singular, Kind.FINALITE));
        assertEquals(iris(plural, Kind.SOUS_FINALITE), iris(singular, Kind.SOUS_FINALITE));
    }

    @Test
    void theMatchedWordIsHighlightedAsPrinted() {
        SearchHit hit = find("fraudes").get(Kind.FINALITE).stream()
                .filter(h -> h.iri().equals(R + "cnam/finalite/03-06")).findFirst().orElseThrow();
        assertEquals("03-06", hit.identifier().orElseThrow());
        assertEquals("Lutter contre les abus, fautes, fraudes Internes", hit.label());
        SearchHit.Extract french = hit.extracts().stream().filter(e -> e.lang().equals("fr")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Lutter contre les abus, fautes, ", "fraudes", " Internes"), french.segments());
        // The project's English label matches too: "fraud" has the same stem.
        SearchHit.Extract english = hit.extracts().stream().filter(e -> e.lang().equals("en")).findFirst()
                .orElseThrow();
        assertEquals("Combating internal abuse, misconduct and ⟦fraud⟧", english.marked());
    }

    @Test
    void withoutAccentsAndInLowerCaseAPhraseStillMatches() {
        Map<Kind, List<SearchHit>> hits = find("securite sociale");
        // The two sous-finalités that print "Sécurité Sociale" with capitals, and no other.
        assertEquals(Set.of("cnam/finalite/02-05/sous-finalite/11", "cnam/finalite/03-03/sous-finalite/8"),
                iris(hits, Kind.SOUS_FINALITE));
        assertEquals(Set.of("cnam/finalite/07-01/fondement/1", "cnam/finalite/11-01/fondement/1",
                "cnam/finalite/11-03/fondement/1"), iris(hits, Kind.BASE));
        // The code itself ranks first among the legal texts: the shortest label holding both words.
        assertEquals(R + "droit/css", hits.get(Kind.TEXTE).get(0).iri());
        assertEquals(List.of("Code de la ", "sécurité sociale", ""), hits.get(Kind.TEXTE).get(0).extracts().get(0)
                .segments());
    }

    @Test
    void allPlainWordsAreRequired() {
        Map<Kind, List<SearchHit>> hits = find("dossier médical");
        assertEquals(Set.of("cnam/finalite/04-03"), iris(hits, Kind.FINALITE));
        // 04-03/2 and 04-03/3 are the two items of one glued bullet: each names the dossier médical partagé.
        assertEquals(Set.of("cnam/finalite/04-03/sous-finalite/2", "cnam/finalite/04-03/sous-finalite/3",
                "cnam/finalite/08-01/sous-finalite/6"), iris(hits, Kind.SOUS_FINALITE));
        assertEquals(4, RegisterSearch.count(hits));
    }

    @Test
    void pluralOfMedecinFindsTheSingular() {
        Map<Kind, List<SearchHit>> hits = find("médecins");
        // "médecin d'embauche" and "médecine de prévention" (the light stemmer drops the final e as well).
        assertTrue(iris(hits, Kind.FINALITE).contains("cnam/finalite/15-10"), hits.toString());
        assertTrue(iris(hits, Kind.SOUS_FINALITE).contains("cnam/finalite/02-01/sous-finalite/7"));
    }

    @Test
    void compoundsAreNotSplitButAPrefixQueryFindsThem() {
        Map<Kind, List<SearchHit>> video = find("vidéo");
        assertEquals(Set.of("cnam/finalite/16-02/sous-finalite/6", "cnam/finalite/16-05/sous-finalite/1"),
                iris(video, Kind.SOUS_FINALITE));
        // The French compound "vidéosurveillance" is not split: 16-05/1 answers only through the project's English
        // label, "Ensure video surveillance of the sites".
        SearchHit surveillance = video.get(Kind.SOUS_FINALITE).stream()
                .filter(h -> h.iri().equals(R + "cnam/finalite/16-05/sous-finalite/1")).findFirst().orElseThrow();
        assertEquals(List.of("en"), surveillance.extracts().stream().map(SearchHit.Extract::lang).toList());
        assertEquals(Set.of("cnam/finalite/16-02/sous-finalite/6", "cnam/finalite/16-05/sous-finalite/1"),
                iris(find("vidéo*"), Kind.SOUS_FINALITE));
        // Wildcard terms are folded like the index: "video*" without the accent finds the same.
        assertEquals(iris(find("vidéo*"), Kind.SOUS_FINALITE), iris(find("video*"), Kind.SOUS_FINALITE));
    }

    @Test
    void elisionLetsInformationFindLInformation() {
        assertTrue(iris(find("information"), Kind.FINALITE).contains("cnam/finalite/04-06"));
    }

    @Test
    void stopWordsAloneFindNothing() {
        for (String q : List.of("le", "de la", "pour les")) {
            SearchQuery query = SearchQuery.parse(q);
            assertTrue(query.onlyStopWords(), q);
            assertEquals(0, RegisterSearch.count(search.search(query)), q);
        }
    }

    @Test
    void lucenesSyntaxErrorsAreClearMessages() {
        InvalidSearchException quote = assertThrows(InvalidSearchException.class,
                () -> SearchQuery.parse("\"unbalanced"));
        assertEquals("Guillemet non fermé dans « \"unbalanced » : une expression exacte s'écrit entre deux"
                + " guillemets (\"dossier médical\").", quote.french());
        assertEquals("Unclosed quote in '\"unbalanced': an exact phrase goes between two quotes"
                + " (\"dossier médical\").", quote.english());
        InvalidSearchException operators = assertThrows(InvalidSearchException.class,
                () -> SearchQuery.parse("AND OR"));
        assertTrue(operators.french().startsWith("Requête de recherche mal formée « AND OR » : un opérateur"),
                operators.french());
        assertTrue(assertThrows(InvalidSearchException.class, () -> SearchQuery.parse("(fraude"))
                .french().startsWith("Parenthèses non équilibrées"));
        assertTrue(assertThrows(InvalidSearchException.class, () -> SearchQuery.parse("  ")).isEmpty());
        assertTrue(assertThrows(InvalidSearchException.class, () -> SearchQuery.parse("a".repeat(501)))
                .french().startsWith("Requête trop longue : 501 caractères"));
    }

    @Test
    void explicitOperatorsArePassedAsWritten() {
        assertEquals("+dossier +médical", SearchQuery.parse("dossier médical").lucene());
        assertEquals("+\"dossier médical\" +partagé", SearchQuery.parse("\"dossier médical\" partagé").lucene());
        assertEquals("fraude OR vidéo*", SearchQuery.parse("fraude OR vidéo*").lucene());
        Map<Kind, List<SearchHit>> either = find("vidéosurveillance OR contentieux");
        assertTrue(iris(either, Kind.SOUS_FINALITE).contains("cnam/finalite/16-05/sous-finalite/1"));
        // NOT applies per label: 03-06 is still found through its English label ("internal" is another stem).
        Map<Kind, List<SearchHit>> notInternes = find("fraudes -internes");
        SearchHit internes = notInternes.get(Kind.FINALITE).stream()
                .filter(h -> h.iri().equals(R + "cnam/finalite/03-06")).findFirst().orElseThrow();
        assertEquals(List.of("en"), internes.extracts().stream().map(SearchHit.Extract::lang).toList());
    }
}
