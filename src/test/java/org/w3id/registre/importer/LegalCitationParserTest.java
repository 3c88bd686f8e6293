package org.w3id.registre.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Bullets as the document prints them, and the texts each one cites, in order. */
class LegalCitationParserTest {

    private final LegalCitationParser parser = new LegalCitationParser();

    private List<String> paths(String bullet) {
        return parser.parse(bullet).stream().map(TexteJuridique::chemin).toList();
    }

    @TestFactory
    Stream<DynamicTest> citations() {
        return Stream.of(
                new Object[] {"L. 111-2-2 sur l'affiliation à un régime obligatoire de sécurité sociale",
                    List.of("droit/css/L111-2-2")},
                new Object[] {"Articles L. 114-9, L. 224-14 et L. 611-4 du Code de la sécurité sociale",
                    List.of("droit/css/L114-9", "droit/css/L224-14", "droit/css/L611-4")},
                new Object[] {"Articles L. 115-7, L. 161-1-4, L. 211-1, L. 221-1, L. 224-14, L. 315-1, L. 341-1 et"
                    + " suivants, L. 161-28-1 du Code de la sécurité sociale",
                    List.of("droit/css/L115-7", "droit/css/L161-1-4", "droit/css/L211-1", "droit/css/L221-1",
                        "droit/css/L224-14", "droit/css/L315-1", "droit/css/L341-1-et-suivants",
                        "droit/css/L161-28-1")},
                new Object[] {"Articles L. 434-1 à L. 434-21 du Code de la sécurité sociale",
                    List.of("droit/css/L434-1-a-L434-21")},
                new Object[] {"Articles L. 43", List.of("droit/css/L43")},
                new Object[] {"Code de la sécurité sociale, article L. 221-2 à L. 221-5 et R. 211-1 à R. 211-11",
                    List.of("droit/css/L221-2-a-L221-5", "droit/css/R211-1-a-R211-11")},
                new Object[] {"Ce traitement est fondé sur les dispositions du Code de la sécurité sociale (notamment les"
                    + " articles L. 133-4 et suivants, L. 161-1-5, L. 861-1 et R. 861-22) et les dispositions du code"
                    + " civil (notamment les articles 1302 et 1302-1)",
                    List.of("droit/css/L133-4-et-suivants", "droit/css/L161-1-5", "droit/css/L861-1",
                        "droit/css/R861-22", "droit/cc/1302", "droit/cc/1302-1")},
                new Object[] {"La mission d'intérêt public et l'obligation légales sont notamment fondés sur les textes"
                    + " suivants : L. 215-1 2°, L. 422-4 et L. 422-5 du Code de la sécurité sociale et L. 4163-1 et"
                    + " suivants du Code du travail.",
                    List.of("droit/css/L215-1/point-2", "droit/css/L422-4", "droit/css/L422-5",
                        "droit/ct/L4163-1-et-suivants")},
                new Object[] {"La mission d'intérêt public est notamment fondée sur les textes suivants : L. 162-1-11,"
                    + " L. 215-1 2°, L 422-1 et L. 221-1 2° du Code de la sécurité sociale.",
                    List.of("droit/css/L162-1-11", "droit/css/L215-1/point-2", "droit/css/L422-1",
                            "droit/css/L221-1/point-2")},
                new Object[] {"Articles L. 169-1 et suivants du Code de la sécurité sociale et notamment le L. 169-11"
                    + " qui fixe la coordination du dispositif à la Cnam.",
                    List.of("droit/css/L169-1-et-suivants", "droit/css/L169-11")},
                new Object[] {"Médiation :– Section 4 bis du Chapitre 7 du Titre 1 du Livre 2 du Code de la sécurité"
                    + " sociale– Article L. 217-7-1 du Code de la sécurité sociale– Article R. 115-5 relatif aux"
                    + " garanties encadrant l'exercice de la médiation du Code de la sécurité sociale– Loi Essoc du 10"
                    + " août 2018",
                    List.of("droit/css/livre-2-titre-1-chapitre-7-section-4-bis", "droit/css/L217-7-1",
                        "droit/css/R115-5", "droit/loi/essoc")},
                new Object[] {"Demande de documents administratifs :– Article L. 311-1 du CRPA– Article R. 311-12 du"
                    + " CRPA– Article R. 311-13 du CRPA",
                    List.of("droit/crpa/L311-1", "droit/crpa/R311-12", "droit/crpa/R311-13")},
                new Object[] {"Article 11 loi n° 2020-546 du 11 mai 2020 prorogeant l'état d'urgence sanitaire et"
                    + " complétant ses dispositions.", List.of("droit/loi/2020-546/article-11")},
                new Object[] {"Article 59 de la loi de financement de la sécurité sociale de 2016 qui crée la"
                    + " protection universelle maladie (PUMA)", List.of("droit/loi/lfss-2016/article-59")},
                new Object[] {"En application de l'article 9 V de l'ordonnance n° 2017-1386 du 22 septembre 2017,"
                    + " pendant la durée des mandats en cours, les dispositions du Code du travail relatives aux"
                    + " Délégués du personnel demeurent applicables dans leur ancienne rédaction.",
                    List.of("droit/ordonnance/2017-1386/article-9/paragraphe-V", "droit/ct")},
                new Object[] {"Le livre 4 du Code de la sécurité sociale (accidents du travail et maladies"
                    + " professionnelles)", List.of("droit/css/livre-4")},
                new Object[] {"Livre IV de la sécurité sociale (accidents du travail et maladies professionnelles)",
                    List.of("droit/css/livre-4")},
                new Object[] {"L. 315-1 du Code la sécurité sociale", List.of("droit/css/L315-1")},
                new Object[] {"La base juridique est l'article 6-1-c du RGPD : le traitement est nécessaire au respect"
                    + " d'une obligation légale à laquelle la CNAM est soumise :- Référentiel général de sécurité"
                    + " (RGS)- Politique de sécurité des systèmes d'information PSSI-MCAS",
                    List.of("droit/referentiel/rgs", "droit/referentiel/pssi-mcas")},
                new Object[] {"La mission d'intérêt public est notamment fondée sur les textes suivants : Délibération"
                    + " n° 2021-028 du 11 mars 2021 portant adoption d'un référentiel relatif aux traitements ;"
                    + " ensemble des dispositions légales et réglementaires applicables aux établissements"
                    + " médico-sociaux, en particulier dispositions du Code de l'Action Sociale et des Familles et Code"
                    + " de la santé publique.",
                    List.of("droit/deliberation-cnil/2021-028", "droit/casf", "droit/csp")},
                new Object[] {"Article 6-1-c du RGPD : le traitement est nécessaire au respect d'une obligation légale.",
                    List.of()},
                new Object[] {"Toutes dispositions spécifiques attachées à la prestation visée (victimes attentats,"
                    + " fonds amiante, fonds 51, etc.)", List.of("cnam/citation/dispositions-specifiques-prestation")},
                new Object[] {"Les situations d'urgence sanitaire sont fixées par décret.",
                    List.of("cnam/citation/decret-situations-urgence-sanitaire")},
                // A loi cited by its date, its articles named after a paragraph, "la même loi".
                new Object[] {"Le contrôle de l'obligation vaccinale des personnes mentionnées au I de l'article 12 de la"
                    + " loi du 5 août 2021 susmentionnée, dans les conditions prévues au II de l'article 13 de la même"
                    + " loi", List.of("droit/loi/2021-08-05/article-12/paragraphe-I",
                        "droit/loi/2021-08-05/article-13/paragraphe-II")},
                new Object[] {"Autorisation de prise en charge par le contrat de soins",
                    List.of("cnam/citation/contrat-de-soins")})
                .map(c -> DynamicTest.dynamicTest((String) c[0], () -> assertEquals(c[1], paths((String) c[0]))));
    }

    @Test
    void rangeKeepsBothEndsAndItsCode() {
        TexteJuridique range = parser.parse("Articles L. 434-1 à L. 434-21 du Code de la sécurité sociale").get(0);
        assertEquals("Articles L. 434-1 à L. 434-21 du Code de la sécurité sociale", range.libelle());
        assertEquals(TexteJuridique.Type.PLAGE_D_ARTICLES, range.type());
        assertEquals("droit/css/L434-1", range.aPartirDe().chemin());
        assertEquals("droit/css/L434-21", range.jusqua().chemin());
        assertEquals("droit/css", range.partieDe().chemin());
    }

    @Test
    void datesNumbersAndLabelsOfNamedTexts() {
        TexteJuridique decret = parser.parse("Décret n° 2016-914 du 04/07/2016 relatif au DMP").get(0);
        assertEquals("Décret n° 2016-914 du 4 juillet 2016", decret.libelle());
        assertEquals("2016-914", decret.numero());
        assertEquals(LocalDate.of(2016, 7, 4), decret.date());
        TexteJuridique loi = parser.parse("la loi 93-8 du 4 janvier 1993 relative aux relations").get(0);
        assertEquals("Loi n° 93-8 du 4 janvier 1993", loi.libelle());
        assertEquals(LocalDate.of(1993, 1, 4), loi.date());
        List<TexteJuridique> arretes = parser.parse("Arrêté du 23 mars 2018 portant modification de l'arrêté du 29"
                + " septembre 2006 relatif aux programmes de dépistage des cancers par exemple.");
        assertEquals(List.of("droit/arrete/2018-03-23", "droit/arrete/2006-09-29"),
                arretes.stream().map(TexteJuridique::chemin).toList());
        assertEquals("Arrêté du 29 septembre 2006", arretes.get(1).libelle());
    }

    @Test
    void truncatedCitationIsKeptAndMarked() {
        TexteJuridique cut = parser.parse("Articles L. 43").get(0);
        assertEquals(true, cut.tronque());
        assertEquals("Articles L. 43 (citation tronquée) du Code de la sécurité sociale", cut.libelle());
        assertEquals(false, parser.parse("Article L. 211-1 du Code de la sécurité sociale").get(0).tronque());
    }

    @Test
    void articleOfALawBelongsToThatLaw() {
        TexteJuridique article = parser.parse("Article 11 loi n° 2020-546 du 11 mai 2020 prorogeant").get(0);
        assertEquals("Article 11 de la loi n° 2020-546 du 11 mai 2020", article.libelle());
        assertEquals(TexteJuridique.Type.ARTICLE_DE_TEXTE, article.type());
        assertEquals("droit/loi/2020-546", article.partieDe().chemin());
        assertEquals(LocalDate.of(2020, 5, 11), article.partieDe().date());
    }
}
