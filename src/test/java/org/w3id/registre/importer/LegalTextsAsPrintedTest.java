package org.w3id.registre.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.RegisterFiles;

/**
 * The legal texts as the document cites them: their printed titles, the parts of articles they name, both bases where
 * a bullet names both, the references that identify no text, the texts cited inside sous-finalités, nested lists in
 * the fondements, and the basis whose letter and words disagree. Expected values are copied from the document.
 */
class LegalTextsAsPrintedTest {

    private static final String B = Prefixes.BASE;
    private static final String REG = Prefixes.REG;
    private static final String ELI = "http://data.europa.eu/eli/ontology#";
    private static Model model;

    @BeforeAll
    static void load() {
        model = RegisterFiles.loadBundled();
    }

    private static Property p(String iri) {
        return model.createProperty(iri);
    }

    private static Resource r(String path) {
        return model.createResource(B + path);
    }

    private static String string(Resource r, String property) {
        Statement s = r.getProperty(p(property));
        return s == null ? null : s.getString();
    }

    /** What a node links to with this property, as paths under the base, sorted. */
    private static List<String> links(String path, String property) {
        TreeSet<String> found = new TreeSet<>();
        r(path).listProperties(p(property)).forEachRemaining(s -> found.add(s.getResource().getURI()
                .substring(B.length())));
        return new ArrayList<>(found);
    }

    @Test
    void titlesAndGlossesAsPrinted() {
        Map<String, String> titles = new TreeMap<>();
        titles.put("droit/loi/78-17", "relative à l'informatique, aux fichiers et aux libertés");
        titles.put("droit/loi/93-8", "relative aux relations entre les professions de santé et l'Assurance Maladie");
        titles.put("droit/loi/2020-546", "prorogeant l'état d'urgence sanitaire et complétant ses dispositions");
        titles.put("droit/decret/2016-914", "relatif au DMP");
        titles.put("droit/decret/2020-1690", "autorisant la création d'un traitement de données à caractère personnel"
                + " relatif aux vaccinations contre la COVID-19");
        titles.put("droit/decret/2020-551", "relatif aux systèmes d'information mentionnés à l'article 11 de la loi"
                + " n° 2020-546 du 11 mai 2020 prorogeant l'état d'urgence sanitaire et complétant ses dispositions");
        titles.put("droit/arrete/2018-03-23", "portant modification de l'arrêté du 29 septembre 2006 relatif aux"
                + " programmes de dépistage des cancers");
        titles.put("droit/arrete/2006-09-29", "relatif aux programmes de dépistage des cancers");
        titles.put("droit/deliberation-cnil/2021-028", "portant adoption d'un référentiel relatif aux traitements de"
                + " données à caractère personnel mis en œuvre dans le cadre de l'accueil, l'hébergement et"
                + " l'accompagnement social et médico-social des personnes âgées, des personnes en situation de"
                + " handicap et de celles en difficulté");
        Map<String, String> glosses = new TreeMap<>();
        glosses.put("droit/decret/2016-1545", "d'autorisation de traitement");
        glosses.put("droit/decret/2009-1065", "Compte Épargne Temps");
        glosses.put("droit/decret/2011-184", "comité technique et bilan social");
        glosses.put("droit/decret/2017-928", "compte personnel de formation");
        glosses.put("droit/decret/86-83", "droits/obligations/gestion des contractuels");
        Map<String, String> actualTitles = new TreeMap<>();
        Map<String, String> actualGlosses = new TreeMap<>();
        for (Resource t : model.listSubjectsWithProperty(RDF.type, model.createResource(ELI + "LegalResource"))
                .toList()) {
            String path = t.getURI().substring(B.length());
            Statement title = t.getProperty(p("http://purl.org/dc/terms/title"));
            if (title != null) {
                assertEquals("fr", title.getLanguage(), path);
                actualTitles.put(path, title.getString());
            }
            Statement gloss = t.getProperty(p("http://purl.org/dc/terms/description"));
            if (gloss != null) {
                actualGlosses.put(path, gloss.getString());
            }
        }
        assertEquals(titles, actualTitles);
        assertEquals(glosses, actualGlosses);
        assertEquals(List.of("droit/arrete/2006-09-29"), links("droit/arrete/2018-03-23", ELI + "amends"));
        List<String> amended = new ArrayList<>();
        model.listSubjectsWithProperty(p(REG + "citeCommeModifie")).forEachRemaining(t -> amended.add(
                t.getURI().substring(B.length())));
        amended.sort(null);
        assertEquals(List.of("droit/decret/86-83", "droit/loi/78-17"), amended);
    }

    @Test
    void aSubdivisionIsPartOfItsArticleAndNotTheArticle() {
        Map<String, String> expected = new TreeMap<>();
        expected.put("droit/css/L215-1/point-2", "2° de l'article L. 215-1 du Code de la sécurité sociale | droit/css/L215-1");
        expected.put("droit/css/L221-1/point-2", "2° de l'article L. 221-1 du Code de la sécurité sociale | droit/css/L221-1");
        expected.put("droit/ordonnance/2017-1386/article-9/paragraphe-V", "V de l'article 9 de l'ordonnance n° 2017-1386"
                + " du 22 septembre 2017 | droit/ordonnance/2017-1386/article-9");
        expected.put("droit/loi/2021-08-05/article-12/paragraphe-I", "I de l'article 12 de la loi du 5 août 2021"
                + " | droit/loi/2021-08-05/article-12");
        expected.put("droit/loi/2021-08-05/article-13/paragraphe-II", "II de l'article 13 de la loi du 5 août 2021"
                + " | droit/loi/2021-08-05/article-13");
        Map<String, String> actual = new TreeMap<>();
        for (Resource t : model.listSubjectsWithProperty(p(ELI + "type_document"),
                model.createResource(REG + "SubdivisionDArticle")).toList()) {
            actual.put(t.getURI().substring(B.length()), string(t, Prefixes.SKOS + "prefLabel") + " | "
                    + t.getPropertyResourceValue(p(ELI + "is_part_of")).getURI().substring(B.length()));
        }
        assertEquals(expected, actual);
        // 04-04 cites "L. 215-1 2°", 07-02 both "L. 215-1 2°" and "L. 221-1 2°": the subdivisions, not the articles.
        assertEquals(List.of("droit/css/L215-1/point-2", "droit/css/L422-4", "droit/css/L422-5",
                "droit/ct/L4163-1-et-suivants"), links("cnam/finalite/04-04/fondement/1", Prefixes.DPV
                + "hasApplicableLaw"));
        assertEquals(List.of("droit/css/L162-1-11", "droit/css/L215-1/point-2", "droit/css/L221-1/point-2",
                "droit/css/L422-1"), links("cnam/finalite/07-02/fondement/1", Prefixes.DPV + "hasApplicableLaw"));
        // "L. 221-1" cited alone elsewhere (04-06) stays the article itself.
        assertEquals(List.of("droit/css/L221-1"), links("cnam/finalite/04-06/fondement/1", Prefixes.DPV
                + "hasApplicableLaw"));
    }

    @Test
    void aBulletNamingBothBasesMakesItsTextsSupportBoth() {
        String law = Prefixes.DPV + "hasApplicableLaw";
        // 04-01: "L'obligation comme la mission d'intérêt public sont notamment fondés sur …", then a bare bullet.
        List<String> both0401 = List.of("droit/arrete/2006-09-29", "droit/arrete/2018-03-23", "droit/css/L162-1-11",
                "droit/css/L162-2-3", "droit/css/L221-1");
        assertEquals(both0401, links("cnam/finalite/04-01/fondement/1", law));
        assertEquals(both0401, links("cnam/finalite/04-01/fondement/2", law));
        // 04-03: "L'obligation légale et la mission d'intérêt public sont notamment fondés sur les textes suivants :".
        List<String> both0403 = List.of("droit/csp/L1111-14-et-suivants", "droit/csp/L1111-8-1",
                "droit/css/L161-28-1", "droit/decret/2016-1545", "droit/decret/2016-914");
        assertEquals(both0403, links("cnam/finalite/04-03/fondement/1", law));
        assertEquals(both0403, links("cnam/finalite/04-03/fondement/2", law));
    }

    @Test
    void referencesThatIdentifyNoTextAreKeptAsUnresolvedCitations() {
        String law = Prefixes.DPV + "hasApplicableLaw";
        Map<String, String> expected = new TreeMap<>();
        expected.put("cnam/citation/contrat-de-soins", "contrat de soins | cnam/finalite/08-02/fondement/1");
        expected.put("cnam/citation/decret-situations-urgence-sanitaire", "Les situations d'urgence sanitaire sont"
                + " fixées par décret | cnam/finalite/10-02/fondement/1");
        expected.put("cnam/citation/dispositions-specifiques-prestation", "Toutes dispositions spécifiques attachées"
                + " à la prestation visée (victimes attentats, fonds amiante, fonds 51, etc.)"
                + " | cnam/finalite/02-09/fondement/1");
        expected.put("cnam/citation/reglement-vote-electronique", "le règlement concernant le vote électronique"
                + " | cnam/finalite/15-05/fondement/1");
        expected.put("cnam/citation/textes-conventionnels", "textes conventionnels conclus avec les représentants des"
                + " professionnels de santé | cnam/finalite/04-02/fondement/1");
        Map<String, String> actual = new TreeMap<>();
        for (Resource c : model.listSubjectsWithProperty(RDF.type, model.createResource(REG + "CitationNonResolue"))
                .toList()) {
            List<String> citedBy = new ArrayList<>();
            model.listSubjectsWithProperty(p(law), c).forEachRemaining(s -> citedBy.add(s.getURI()
                    .substring(B.length())));
            citedBy.sort(null);
            actual.put(c.getURI().substring(B.length()), string(c, Prefixes.SKOS + "prefLabel") + " | "
                    + String.join(" ", citedBy));
            assertFalse(c.hasProperty(RDF.type, model.createResource(Prefixes.DPV + "Law")), c.getURI());
        }
        assertEquals(expected, actual);
    }

    @Test
    void textsCitedInsideSousFinalitesAreLinkedFromThem() {
        String law = Prefixes.DPV + "hasApplicableLaw";
        Map<String, List<String>> expected = new TreeMap<>();
        expected.put("cnam/finalite/10-02/sous-finalite/9", List.of("droit/decret/2020-551/article-1",
                "droit/loi/2020-546/article-11"));
        expected.put("cnam/finalite/10-02/sous-finalite/10", List.of("droit/csp/L1111-2"));
        expected.put("cnam/finalite/10-02/sous-finalite/13", List.of("droit/loi/2021-08-05/article-12/paragraphe-I",
                "droit/loi/2021-08-05/article-13/paragraphe-II"));
        expected.put("cnam/finalite/03-03/sous-finalite/8", List.of("droit/css"));
        Map<String, List<String>> actual = new TreeMap<>();
        for (Resource sf : model.listSubjectsWithProperty(RDF.type, model.createResource(REG + "SousFinalite"))
                .toList()) {
            List<String> cited = links(sf.getURI().substring(B.length()), law);
            if (!cited.isEmpty()) {
                actual.put(sf.getURI().substring(B.length()), cited);
            }
        }
        assertEquals(expected, actual);
        assertEquals("Loi du 5 août 2021", string(r("droit/loi/2021-08-05"), Prefixes.SKOS + "prefLabel"));
        assertNull(r("droit/loi/2021-08-05").getProperty(p(ELI + "number")), "the document prints no number");
    }

    @Test
    void nestedListsInTheFondementsAreKeptApart() {
        Resource rgs = r("cnam/finalite/14-04/fondement/1");
        assertEquals(List.of("Référentiel général de sécurité (RGS)",
                "Politique de sécurité des systèmes d'information PSSI-MCAS"), items(rgs));
        assertEquals("La base juridique est l'article 6-1-c du RGPD : le traitement est nécessaire au respect d'une"
                + " obligation légale à laquelle la CNAM est soumise : – Référentiel général de sécurité (RGS) –"
                + " Politique de sécurité des systèmes d'information PSSI-MCAS", string(rgs, REG + "texteSource"));
        Resource e = r("cnam/finalite/11-02/fondement/2");
        assertEquals(List.of("Article 6-1-e du RGPD : mission d'intérêt public de l'Assurance Maladie"), items(e));
        assertEquals("Pour certains traitements : – Article 6-1-e du RGPD : mission d'intérêt public de l'Assurance"
                + " Maladie", string(e, REG + "texteSource"));
        String all = string(r("cnam/finalite/11-02"), REG + "fondementsTexte");
        assertTrue(all.contains("• Recours amiable : – Article L. 142-4 du Code de la sécurité sociale – Article"
                + " R. 142-1 du Code de la sécurité sociale – Article R. 142-8 du Code de la sécurité sociale"), all);
    }

    private static List<String> items(Resource basis) {
        List<String> items = new ArrayList<>();
        for (RDFNode n : basis.getPropertyResourceValue(p(REG + "elementsImbriques"))
                .as(org.apache.jena.rdf.model.RDFList.class).asJavaList()) {
            items.add(n.asLiteral().getString());
        }
        return items;
    }

    @Test
    void theLetterOf0406IsKeptAndItsWordsAreNotOverruled() {
        Resource b = r("cnam/finalite/04-06/fondement/1");
        assertEquals(Prefixes.EU_GDPR + "A6-1-c", b.getPropertyResourceValue(p(Prefixes.SKOS + "broader")).getURI());
        assertEquals(Prefixes.EU_GDPR + "A6-1-e", b.getPropertyResourceValue(p(REG + "baseSelonLeLibelle")).getURI());
        assertFalse(b.hasProperty(RDF.type, model.createResource(Prefixes.DPV + "LegalObligation")));
        assertFalse(b.hasProperty(RDF.type, model.createResource(Prefixes.DPV + "PublicInterest")));
        assertTrue(b.hasProperty(RDF.type, model.createResource(Prefixes.DPV + "LegalBasis")));
        // No other basis has words that describe another letter.
        assertEquals(1, model.listSubjectsWithProperty(p(REG + "baseSelonLeLibelle")).toList().size());
    }
}
