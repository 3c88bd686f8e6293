package org.w3id.registre.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.Prefixes;

/**
 * The committed graph says what the document says and nothing more: glued bullets split into the items the register
 * intends (the printed text kept, the split attributed to the project), the 16-02 note kept as a note, and a
 * controller only where a bullet names one, with its words. Expected values are read off the document by hand.
 */
class ReadingOfTheDocumentTest {

    private static final String B = Prefixes.BASE;
    private static final String REG = Prefixes.REG;
    private static final String PROV = "http://www.w3.org/ns/prov#";
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

    private static String label(Resource r) {
        return r.getProperty(p(Prefixes.SKOS + "prefLabel"), "fr").getString();
    }

    /** The labels of a finalité's sous-finalités, by rank. */
    private static List<String> items(String finalite) {
        Map<Integer, String> byRank = new TreeMap<>();
        for (Statement s : r("cnam/finalite/" + finalite).listProperties(p(Prefixes.DPV + "hasProcess"))
                .toList()) {
            byRank.put(s.getResource().getProperty(p(REG + "rang")).getInt(), label(s.getResource()));
        }
        return new ArrayList<>(byRank.values());
    }

    @Test
    void everyGluedBulletIsSplitIntoTheItemsOfTheRegister() {
        // finalité/printed bullet → [printed text, then the items in order, then the ranks they take]
        Map<String, List<String>> splits = new LinkedHashMap<>();
        splits.put("01-03/3", List.of("Réaliser toutes les opérations (même automatisées) nécessaires au maintien des"
                + " droits Gérer les bénéficiaires dits transfrontaliers, inter régimes et en poly-activités",
                "Réaliser toutes les opérations (même automatisées) nécessaires au maintien des droits",
                "Gérer les bénéficiaires dits transfrontaliers, inter régimes et en poly-activités"));
        splits.put("01-06/2", List.of("Assurer le recueil de l'acceptation de bénéficiaire de dispositif innovant de type"
                + " e-carte Vérifier et mettre à jour les données de la carte",
                "Assurer le recueil de l'acceptation de bénéficiaire de dispositif innovant de type e-carte",
                "Vérifier et mettre à jour les données de la carte"));
        splits.put("01-06/3", List.of("Vérifier l'authenticité et validité de la carte Expédier la carte vitale à son"
                + " titulaire ou au représentant de ce dernier",
                "Vérifier l'authenticité et validité de la carte",
                "Expédier la carte vitale à son titulaire ou au représentant de ce dernier"));
        splits.put("01-08/2", List.of("Vérifier la véracité et la cohérence des conditions d'attribution des droits"
                + " (condition de résidence, titre de séjour, conditions de ressources, autres rattachement, etc.)"
                + " -Gérer les bénéficiaires dits transfrontaliers, inter régimes et en poly-activités",
                "Vérifier la véracité et la cohérence des conditions d'attribution des droits (condition de résidence,"
                + " titre de séjour, conditions de ressources, autres rattachement, etc.)",
                "Gérer les bénéficiaires dits transfrontaliers, inter régimes et en poly-activités"));
        splits.put("04-03/2", List.of("Gestion du recueil du consentement à la création du dossier médical partagé"
                + " Gestion de la création, existence, clôture, destruction et paramétrage du dossier médical partagé",
                "Gestion du recueil du consentement à la création du dossier médical partagé",
                "Gestion de la création, existence, clôture, destruction et paramétrage du dossier médical partagé"));
        splits.put("05-03/2", List.of("Piloter la stratégie relationnelle avec les assurés Identifier les opportunités"
                + " d'actions et de développement et faire des préconisations",
                "Piloter la stratégie relationnelle avec les assurés",
                "Identifier les opportunités d'actions et de développement et faire des préconisations"));
        splits.put("06-02/5", List.of("Suivre les échanges auprès des établissements en gestion du risque Informer les"
                + " établissements sur leurs pratiques (profils)",
                "Suivre les échanges auprès des établissements en gestion du risque",
                "Informer les établissements sur leurs pratiques (profils)"));
        splits.put("11-01/5", List.of("Gestion des actions des Employeurs Gestion des instances, des commissions et"
                + " pourvois Pilotage de l'activité",
                "Gestion des actions des Employeurs", "Gestion des instances, des commissions et pourvois",
                "Pilotage de l'activité"));
        splits.put("11-02/6", List.of("Gestion des instances, commissions Pilotage de l'activité",
                "Gestion des instances, commissions", "Pilotage de l'activité"));
        splits.put("11-04/5", List.of("Gestion des contrôles, mises en demeure ou sanctions de la CNIL Pilotage et"
                + " évaluation de l'activité",
                "Gestion des contrôles, mises en demeure ou sanctions de la CNIL",
                "Pilotage et évaluation de l'activité"));
        splits.put("16-02/7", List.of("Gestion de l'atelier photo et vidéo Gestion des courriers, colis postaux et"
                + " livraisons",
                "Gestion de l'atelier photo et vidéo", "Gestion des courriers, colis postaux et livraisons"));

        Map<String, List<String>> actual = new LinkedHashMap<>();
        for (String key : splits.keySet()) {
            String finalite = key.substring(0, 5);
            Resource correction = r("cnam/finalite/" + finalite + "/correction/" + key.substring(6));
            assertTrue(correction.hasProperty(RDF.type, model.createResource(REG + "ScissionDePuce")), key);
            assertTrue(correction.hasProperty(p(PROV + "wasAttributedTo"), model.createResource(REG
                    + "ProjetRegistre")), key);
            assertFalse(correction.getProperty(p(REG + "justification")).getString().isBlank(), key);
            List<String> found = new ArrayList<>();
            found.add(correction.getProperty(p(REG + "texteImprime")).getString());
            for (Resource item : model.listSubjectsWithProperty(p(PROV + "wasDerivedFrom"), correction).toList()
                    .stream().sorted((a, b) -> a.getURI().compareTo(b.getURI())).toList()) {
                found.add(label(item));
                assertEquals(found.get(0), item.getProperty(p(REG + "texteImprime")).getString());
                assertTrue(item.hasProperty(p(PROV + "wasAttributedTo"), model.createResource(REG
                        + "ProjetRegistre")));
            }
            actual.put(key, found);
        }
        assertEquals(splits, actual);
        // A split item takes its place in order: 11-01's three items are 5, 6, 7 and what followed moves down.
        assertEquals(List.of("Gestion des actions des Assurés/Bénéficiaires", "Gestion des actions des Offreurs de Soins",
                "Gestion des actions des Prestataires de Biens et de Services", "Gestion des actions des Établissements",
                "Gestion des actions des Employeurs", "Gestion des instances, des commissions et pourvois",
                "Pilotage de l'activité", "Échange et partage de toute information utile entre les acteurs concernés"
                        + " de l'Assurance Maladie",
                "Échange et partage de toute information utile avec les organismes de protection sociale et tout"
                        + " acteur prévu par la réglementation",
                "Gestion des sanctions financières et conventionnelles", "Historisation et consolidation des suites"
                        + " contentieuses", "Enregistrement, estimation et modélisation des coûts"), items("11-01"));
        // An item read as printed carries no reading of the project.
        Resource plain = r("cnam/finalite/11-01/sous-finalite/8");
        assertNull(plain.getProperty(p(REG + "texteImprime")));
        assertNull(plain.getProperty(p(PROV + "wasAttributedTo")));
    }

    @Test
    void theNoteOf1602IsNotASousFinalite() {
        Resource f = r("cnam/finalite/16-02");
        assertEquals("Toute ou partie de ces sous finalités sont traitées au national et accessibles aux organismes",
                f.getProperty(p(Prefixes.SKOS + "note"), "fr").getString());
        assertEquals(List.of("Mise à disposition d'outils pour la gestion des plannings de présence, organigrammes,"
                + " trombinoscopes et annuaires partagés", "Mise à disposition d'outils de communication (dont Réseau"
                + " Social Entreprise)", "Gestion de la publication d'informations professionnelle", "Gestion des"
                + " données nécessaires au fonctionnement courant (parapheurs, réunions, listes de diffusion)",
                "Gestion de la reprographie", "Gestion de l'atelier photo et vidéo", "Gestion des courriers, colis"
                + " postaux et livraisons", "Gestion des déplacements professionnels et missions",
                "Gestion du parc automobile", "Services au personnel (co-voiturage, réseaux sociaux interne, etc.)",
                "Supervision de l'activité des directions, départements, missions et services"), items("16-02"));
        Resource note = r("cnam/finalite/16-02/correction/1");
        assertTrue(note.hasProperty(RDF.type, model.createResource(REG + "NoteDeFinalite")));
        assertEquals(1, note.getProperty(p(REG + "puceImprimee")).getInt());
        assertTrue(f.hasProperty(p(REG + "correctionDeLecture"), note));
        // No label anywhere still starts with the stray "-" of the extraction.
        for (Resource sf : model.listSubjectsWithProperty(RDF.type, model.createResource(REG + "SousFinalite"))
                .toList()) {
            assertFalse(label(sf).startsWith("-"), sf.getURI());
            assertFalse(label(sf).contains(" -Gérer"), sf.getURI());
        }
    }

    @Test
    void aControllerOnlyWhereTheDocumentNamesIt() {
        String cnam = "cnam/organisation/cnam";
        String am = "cnam/organisation/assurance-maladie";
        String org = "cnam/organisation/organismes-assurance-maladie";
        // Read off the fondements column: whose obligation, mission, interests or contract each bullet invokes.
        Map<String, String> expected = new TreeMap<>();
        for (String id : List.of("04-01", "04-02", "04-03", "04-04", "04-05", "04-07", "05-01", "05-02", "05-03",
                "05-04", "06-01", "06-02", "06-03", "06-04", "06-05", "06-06", "07-02", "07-03", "07-04", "07-05",
                "08-01", "08-02", "08-03", "09-01")) {
            expected.put(id, cnam + " « la Cnam »");
        }
        for (String id : List.of("11-01", "11-02", "13-02", "13-03", "15-07")) {
            expected.put(id, am + " « l'Assurance Maladie »");
        }
        expected.put("12-01", cnam + " « la Cnam »");
        expected.put("12-02", cnam + " « la Cnam »");
        expected.put("14-04", cnam + " « la CNAM »");
        expected.put("15-01", org + " « l'organisme d'assurance maladie »");
        expected.put("15-02", org + " « l'organisme d'assurance maladie »");
        expected.put("15-03", org + " « les organismes d'assurance maladie »");
        expected.put("15-04", org + " « les organismes d'assurance maladie »");
        expected.put("15-05", cnam + " « La Cnam » | " + org + " « l'organisme »");
        expected.put("15-06", cnam + " « la Cnam »");
        expected.put("15-08", org + " « l'organisme »");
        for (String id : List.of("15-09", "15-10", "16-01", "16-03", "16-04", "16-05", "16-06")) {
            expected.put(id, cnam + " « la Cnam »");
        }
        expected.put("16-02", org + " « l'organisme d'assurance maladie »");

        Map<String, String> actual = new TreeMap<>();
        int without = 0;
        for (Resource f : model.listSubjectsWithProperty(RDF.type, model.createResource(REG + "Finalite")).toList()) {
            String id = f.getURI().substring((B + "cnam/finalite/").length());
            List<String> designations = new ArrayList<>();
            List<Statement> links = f.listProperties(p(REG + "designationDuResponsable")).toList();
            for (int k = 1; k <= links.size(); k++) {
                Resource d = r("cnam/finalite/" + id + "/responsable/" + k);
                String entity = d.getPropertyResourceValue(p(REG + "designe")).getURI().substring(B.length());
                designations.add(entity + " « " + d.getProperty(p(REG + "motsDuDocument")).getString() + " »");
                assertTrue(f.hasProperty(p(Prefixes.DPV + "hasDataController"), r(entity)), id);
                assertTrue(d.getProperty(p(REG + "texteSource")).getString().contains(
                        d.getProperty(p(REG + "motsDuDocument")).getString()), id);
            }
            assertEquals(links.size() == 0 ? 0 : designations.stream().map(s -> s.substring(0, s.indexOf(" «")))
                    .distinct().count(), f.listProperties(p(Prefixes.DPV + "hasDataController")).toList()
                    .size(), id);
            if (designations.isEmpty()) {
                without++;
            } else {
                actual.put(id, String.join(" | ", designations));
            }
        }
        assertEquals(expected, actual);
        // 01–03, 10 and the rest: "obligation légale" with nobody named; 10-03 names the Cnam only as the coordinator
        // L. 169-11 designates; 14-01 to 14-03 speak of "l'employeur" without naming it.
        assertEquals(36, without);
        // The register's publisher is the Cnam; the register itself is not said to have one controller.
        Resource registre = r("cnam/registre");
        assertEquals(B + cnam, registre.getPropertyResourceValue(p(Prefixes.DCT + "publisher")).getURI());
        assertNull(registre.getProperty(p(Prefixes.DPV + "hasDataController")));
    }
}
