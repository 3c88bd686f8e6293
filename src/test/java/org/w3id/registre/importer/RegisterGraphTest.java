package org.w3id.registre.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.Prefixes;

/** The committed graph: reproducible from the document, complete, and faithful on the hard cases. */
class RegisterGraphTest {

    private static final String B = Prefixes.BASE;
    private static Model model;
    private static RegisterImport imported;

    @BeforeAll
    static void load() {
        imported = RegisterImport.run(Path.of("data/source/traitements-assurance-maladie.txt"),
                Path.of("data/alignement-dpv.csv"), Path.of("data/traductions-en.csv"),
                Path.of("data/lecture-donnees-personnes.csv"), Path.of("data/lecture-textes.csv"));
        model = RegisterFiles.loadBundled();
    }

    private static Property p(String ns, String local) {
        return model.createProperty(ns + local);
    }

    private static Resource r(String iri) {
        return model.createResource(iri);
    }

    private static long count(String classIri) {
        return model.listSubjectsWithProperty(RDF.type, r(classIri)).toList().size();
    }

    @Test
    void reimportReproducesTheCommittedFilesByteForByte() throws Exception {
        for (Map.Entry<String, String> f : imported.files().entrySet()) {
            String committed = Files.readString(Path.of("data").resolve(f.getKey()), StandardCharsets.UTF_8);
            assertEquals(committed, f.getValue(), f.getKey() + " differs from a fresh import: run registre import");
        }
    }

    @Test
    void exactCounts() {
        String reg = Prefixes.REG;
        assertEquals(10, count(reg + "MissionMetier"));
        assertEquals(6, count(reg + "MissionSupport"));
        assertEquals(83, count(reg + "Finalite"));
        // 520 top-level bullets as printed: 11 glued bullets give 23 items (+12), one bullet is a note (-1).
        assertEquals(531, count(reg + "SousFinalite"));
        assertEquals(11, count(reg + "ScissionDePuce"));
        assertEquals(1, count(reg + "NoteDeFinalite"));
        // ontology/dpv.ttl types DPV's own basis concepts as dpv:LegalBasis too: count the register's nodes only.
        assertEquals(105, model.listSubjectsWithProperty(RDF.type, r(Prefixes.DPV + "LegalBasis")).toList()
                .stream().filter(b -> b.getURI().startsWith(B + "cnam/finalite/")).count());
        // 117 before subdivisions and the texts cited inside sous-finalités (10-02) were read: +11.
        assertEquals(128, model.listSubjectsWithProperty(RDF.type,
                r("http://data.europa.eu/eli/ontology#LegalResource")).toList().size());
        assertEquals(16, model.listObjectsOfProperty(r(B + "cnam/registre"), p(Prefixes.DCT, "hasPart"))
                .toList().size());
        for (String id : List.of("01", "02", "03", "04", "05", "06", "07", "08", "09", "10")) {
            assertTrue(model.contains(r(B + "cnam/mission/" + id), RDF.type, r(reg + "MissionMetier")), id);
        }
    }

    @Test
    void triplesPerFile() {
        assertEquals(Map.of(RegisterFiles.REGISTRE, 4979L, RegisterFiles.DROIT, 786L, RegisterFiles.ALIGNEMENT, 2181L),
                Map.of(RegisterFiles.REGISTRE, size(RegisterFiles.REGISTRE), RegisterFiles.DROIT,
                        size(RegisterFiles.DROIT), RegisterFiles.ALIGNEMENT, size(RegisterFiles.ALIGNEMENT)));
    }

    private static long size(String file) {
        return RegisterFiles.load(List.of(Path.of("data", file))).size();
    }

    @Test
    void everyFinaliteHasABasisAPurposeAndTwoLabels() throws IOException {
        Property basis = p(Prefixes.DPV, "hasLegalBasis");
        Property purpose = p(Prefixes.DPV, "hasPurpose");
        Property label = p(Prefixes.SKOS, "prefLabel");
        List<String> printed = Files.readAllLines(Path.of("data/source/traitements-assurance-maladie.txt"),
                StandardCharsets.UTF_8);
        for (Resource f : model.listSubjectsWithProperty(RDF.type, r(Prefixes.REG + "Finalite")).toList()) {
            assertTrue(f.hasProperty(basis), f + " has no legal basis");
            assertTrue(f.hasProperty(purpose), f + " has no DPV purpose");
            // The French label is the title as the document prints it, on the line the finalité says it comes from.
            int line = f.getRequiredProperty(p(Prefixes.REG, "ligneSource")).getInt();
            assertEquals(printed.get(line - 1).strip(), f.getRequiredProperty(label, "fr").getString(), f.toString());
            assertTrue(f.getProperty(label, "en") != null, f + " has no English label");
            for (RDFNode p : model.listObjectsOfProperty(f, purpose).toList()) {
                assertTrue(model.contains(p.asResource(), RDF.type, r(Prefixes.DPV + "Purpose")),
                        p + " is not stated as a dpv:Purpose in ontology/");
            }
        }
    }

    /**
     * The DPV purposes of the finalités reviewed against DPV 2.3 and its sector extensions, exactly: public-service
     * information is not dpv:Marketing; the most specific concept the finalité's words support.
     */
    @Test
    void reviewedDpvPurposesExactly() {
        String dpv = Prefixes.DPV;
        String health = "https://w3id.org/dpv/sector/health#";
        String publicServices = "https://w3id.org/dpv/sector/publicservices#";
        Map<String, Set<String>> expected = new TreeMap<>();
        expected.put("03-02", Set.of(dpv + "FraudPreventionAndDetection",
                publicServices + "PublicServiceFraudPreventionDetection", publicServices + "SocialWelfareRiskAssessment"));
        expected.put("04-03", Set.of(health + "ElectronicRecordsManagement", health + "ProvidersDataSharing",
                health + "PatientConsentManagement"));
        expected.put("05-01", Set.of(dpv + "CommunicationManagement", dpv + "ImprovePublicServices",
                dpv + "PublicRelations"));
        for (String crm : List.of("05-04", "06-03", "07-03")) {
            expected.put(crm, Set.of(dpv + "CustomerRelationshipManagement", dpv + "CommunicationForCustomerCare",
                    dpv + "IdentityVerification"));
        }
        expected.put("06-05", Set.of(dpv + "CommunicationManagement", dpv + "CustomerRelationshipManagement",
                dpv + "ImprovePublicServices"));
        expected.put("07-02", Set.of(dpv + "CommunicationManagement"));
        expected.put("12-02", Set.of(dpv + "PublicRelations", dpv + "CommunicationManagement"));
        expected.put("15-01", Set.of(dpv + "RecruitmentManagement", dpv + "RecruitmentApplicationManagement"));
        expected.put("16-06", Set.of(dpv + "Marketing", dpv + "ImproveExistingProductsAndServices",
                Prefixes.REG + "EvaluationDeLaSatisfaction"));
        Property purpose = p(Prefixes.DPV, "hasPurpose");
        expected.forEach((id, iris) -> {
            Set<String> found = new TreeSet<>();
            model.listObjectsOfProperty(r(B + "cnam/finalite/" + id), purpose)
                    .forEachRemaining(n -> found.add(n.asResource().getURI()));
            assertEquals(new TreeSet<>(iris), found, id);
        });
        // Only 16-06, promotion of offers to staff and providers, is still read as marketing.
        assertEquals(List.of(r(B + "cnam/finalite/16-06")),
                model.listSubjectsWithProperty(purpose, r(dpv + "Marketing")).toList());
    }

    /**
     * Every sous-finalité has the project's English label, in alignement.ttl (the project's graph), never in
     * registre.ttl (what the document states); a sample is pinned word for word, the terms of art included.
     */
    @Test
    void everySousFinaliteHasTheProjectsEnglishLabel() {
        Property label = p(Prefixes.SKOS, "prefLabel");
        List<Resource> items = model.listSubjectsWithProperty(RDF.type, r(Prefixes.REG + "SousFinalite")).toList();
        assertEquals(531, items.stream().filter(sf -> sf.getProperty(label, "en") != null).count());
        Model alignement = RegisterFiles.load(List.of(Path.of("data", RegisterFiles.ALIGNEMENT)));
        Model registre = RegisterFiles.load(List.of(Path.of("data", RegisterFiles.REGISTRE)));
        for (Resource sf : items) {
            assertEquals(1, alignement.listObjectsOfProperty(sf, label).toList().size(), sf.getURI());
            assertTrue(registre.listObjectsOfProperty(sf, label).toList().stream()
                    .allMatch(l -> l.asLiteral().getLanguage().equals("fr")), sf.getURI());
        }
        Map<String, String> sample = new TreeMap<>(Map.of(
                "02-03/7", "Calculate and authorise payment of daily allowances (IJ) or the flat-rate amount"
                        + " throughout the sick leave, for all risks",
                "03-05/3", "Recover overpayments automatically or manually",
                "03-02/6", "Carry out the operations required to calculate losses, overpayments and financial"
                        + " penalties",
                "07-01/1", "Calculation of occupational injuries and diseases (AT/MP) contributions",
                "11-01/5", "Management of actions by employers",
                "11-01/6", "Management of proceedings, committees and appeals on points of law (pourvois)",
                "11-04/2", "Management of the rights of access, rectification, objection, erasure and restriction",
                "13-02/4", "Mandatory accounting statements",
                "16-02/7", "Management of mail, parcels and deliveries",
                "04-03/2", "Management of the collection of consent to the creation of the shared medical record"));
        sample.forEach((key, english) -> {
            String[] k = key.split("/");
            Resource sf = r(B + "cnam/finalite/" + k[0] + "/sous-finalite/" + k[1]);
            assertEquals(english, sf.getProperty(label, "en").getString(), key);
        });
    }

    /**
     * The project's reading: one node per CSV row, attributed to the project, quoting the finalité's words; every
     * concept it uses is stated in ontology/ under the right DPV top concept (data under dpv:PersonalData, people
     * under dpv:HumanSubject, operations typed reg:Operation).
     */
    @Test
    void projectReadingIsAttributedQuotedAndStatedInTheOntology() {
        String reg = Prefixes.REG;
        String dpv = Prefixes.DPV;
        List<Resource> readings = model.listSubjectsWithProperty(RDF.type, r(reg + "LectureDuProjet")).toList();
        assertEquals(195, readings.size());
        Map<String, Integer> byLink = new TreeMap<>();
        for (Resource l : readings) {
            assertTrue(l.hasProperty(p(Prefixes.PROV, "wasAttributedTo"), r(reg + "ProjetRegistre")), l.getURI());
            assertEquals("fr", l.getProperty(p(Prefixes.REG, "motsDuDocument")).getLanguage(), l.getURI());
            for (String[] link : new String[][] {{dpv + "hasPersonalData", dpv + "PersonalData"},
                    {dpv + "hasDataSubject", dpv + "HumanSubject"}, {reg + "operation", null}}) {
                for (RDFNode c : model.listObjectsOfProperty(l, model.createProperty(link[0])).toList()) {
                    byLink.merge(link[0].substring(link[0].lastIndexOf('#') + 1), 1, Integer::sum);
                    if (link[1] == null) {
                        assertTrue(model.contains(c.asResource(), RDF.type, r(reg + "Operation")), c.toString());
                    } else {
                        assertTrue(broaderStar(c.asResource()).contains(r(link[1])), c + " is not under " + link[1]);
                    }
                }
            }
        }
        assertEquals(Map.of("hasPersonalData", 98, "hasDataSubject", 92, "operation", 4), byLink);
        Resource text = r(B + "cnam/finalite/15-05/lecture/3");
        assertEquals("2019-12-31", text.getProperty(p(reg, "finDApplication")).getLiteral().getLexicalForm());
        assertTrue(text.hasProperty(p(reg, "porteSur"), r(B + "droit/ordonnance/2017-1386/article-9/paragraphe-V")));
    }

    private static Set<Resource> broaderStar(Resource concept) {
        Set<Resource> seen = new LinkedHashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(concept));
        while (!todo.isEmpty()) {
            Resource c = todo.pop();
            if (seen.add(c)) {
                model.listObjectsOfProperty(c, p(Prefixes.SKOS, "broader"))
                        .forEachRemaining(b -> todo.push(b.asResource()));
            }
        }
        return seen;
    }

    private static final Pattern[] IRI_PATTERNS = {
        Pattern.compile("cnam/(registre|document|alignement"
                + "|organisation/(cnam|assurance-maladie|organismes-assurance-maladie))"),
        Pattern.compile("cnam/mission/(0[1-9]|1[0-6])"),
        Pattern.compile("cnam/finalite/(0[1-9]|1[0-6])-\\d\\d"),
        Pattern.compile("cnam/finalite/(0[1-9]|1[0-6])-\\d\\d/(sous-finalite|fondement|lecture|correction|responsable)/[1-9]\\d*"),
        Pattern.compile("droit/(css|csp|ct|cc|crpa|casf|crpm)(/([LR]?\\d+(-\\d+)*(-et-suivants|-a-[LR]?\\d+(-\\d+)*)?"
                + "|livre-\\d+(-titre-\\d+-chapitre-\\d+-section-\\d+(-bis)?)?))?"),
        Pattern.compile("droit/(loi|decret|ordonnance|deliberation-cnil)/(\\d{2,4}-\\d+|lfss-\\d{4}|essoc)"
                + "(/article-\\d+)?"),
        Pattern.compile("droit/arrete/\\d{4}-\\d\\d-\\d\\d"),
        Pattern.compile("droit/referentiel/(rgs|pssi-mcas)"),
        Pattern.compile("ontologie#[A-Za-z]+"),
        Pattern.compile("cnam/citation/[a-z]+(-[a-z]+)*"),
        Pattern.compile("droit/css/L\\d+(-\\d+)*/point-\\d+"),
        Pattern.compile("droit/(ordonnance/\\d{4}-\\d+|loi/\\d{4}-\\d\\d-\\d\\d)(/article-\\d+(/paragraphe-[IVX]+)?)?"),
        Pattern.compile("droit/decret/\\d{4}-\\d+/article-\\d+"),
    };

    @Test
    void everyRegisterIriFollowsTheDesign() {
        TreeSet<String> unexpected = new TreeSet<>();
        model.listStatements().forEachRemaining(s -> {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(B)) {
                    String path = n.asResource().getURI().substring(B.length());
                    boolean ok = path.equals("ontologie");
                    for (Pattern pattern : IRI_PATTERNS) {
                        ok |= pattern.matcher(path).matches();
                    }
                    if (!ok) {
                        unexpected.add(path);
                    }
                }
            }
        });
        assertEquals(new TreeSet<>(), unexpected);
    }

    /** A finalité as text: labels, size, and each basis with the texts behind it (sorted), for golden comparison. */
    private static String describe(String id) {
        Resource f = r(B + "cnam/finalite/" + id);
        Property label = p(Prefixes.SKOS, "prefLabel");
        StringBuilder sb = new StringBuilder();
        sb.append("titre: ").append(f.getProperty(label, "fr").getString()).append('\n');
        Statement alt = f.getProperty(p(Prefixes.SKOS, "altLabel"));
        sb.append("synthèse: ").append(alt == null ? "-" : alt.getString()).append('\n');
        sb.append("mission: ").append(f.getPropertyResourceValue(p(Prefixes.DCT, "isPartOf")).getURI()
                .substring(B.length())).append('\n');
        sb.append("sous-finalités: ").append(f.listProperties(p(Prefixes.DPV, "hasProcess")).toList().size())
                .append('\n');
        Map<Integer, String> bases = new TreeMap<>();
        for (Statement s : f.listProperties(p(Prefixes.DPV, "hasLegalBasis")).toList()) {
            Resource b = s.getResource();
            List<String> laws = new ArrayList<>();
            b.listProperties(p(Prefixes.DPV, "hasApplicableLaw"))
                    .forEachRemaining(l -> laws.add(l.getResource().getURI().substring(B.length())));
            laws.sort(null);
            Statement end = b.getProperty(p(Prefixes.REG, "finDeValidite"));
            bases.put(b.getProperty(p(Prefixes.REG, "rang")).getInt(),
                    b.getPropertyResourceValue(p(Prefixes.SKOS, "broader")).getLocalName()
                    + (end == null ? "" : " fin " + end.getString()) + ": " + String.join(" ", laws));
        }
        bases.forEach((k, v) -> sb.append("fondement ").append(k).append(' ').append(v).append('\n'));
        return sb.toString();
    }

    @Test
    void finalitesCheckedInFull() {
        Map<String, String> expected = new TreeMap<>();
        // "L'obligation comme la mission d'intérêt public sont notamment fondés sur …": the texts that follow support
        // both bases, the bare bullet after it too (an arrêté amending another, L. 162-2-3).
        expected.put("04-01", """
                titre: Gestion et mise en œuvre des campagnes et actions de prévention
                synthèse: -
                mission: cnam/mission/04
                sous-finalités: 5
                fondement 1 A6-1-c: droit/arrete/2006-09-29 droit/arrete/2018-03-23 droit/css/L162-1-11 droit/css/L162-2-3 droit/css/L221-1
                fondement 2 A6-1-e: droit/arrete/2006-09-29 droit/arrete/2018-03-23 droit/css/L162-1-11 droit/css/L162-2-3 droit/css/L221-1
                """);
        // A list of articles with "et suivants" inside it.
        expected.put("01-05", """
                titre: Ouvrir, instruire et gérer les droits en invalidité et décès
                synthèse: -
                mission: cnam/mission/01
                sous-finalités: 5
                fondement 1 A6-1-c: droit/css/L115-7 droit/css/L161-1-4 droit/css/L211-1 droit/css/L221-1 droit/css/L224-14 droit/css/L315-1 droit/css/L341-1-et-suivants
                """);
        // A range, a book of the code, and the truncated citation "Articles L. 43".
        expected.put("02-04", """
                titre: Traiter les revenus de substitution en AT/MP (Accident du travail et Maladies Professionnelles)
                synthèse: Traiter les revenus de substitution en AT/MP
                mission: cnam/mission/02
                sous-finalités: 8
                fondement 1 A6-1-c: droit/css/L43 droit/css/L434-1-a-L434-21 droit/css/livre-4
                """);
        // The code named before its articles, in parentheses; the Code civil articles.
        expected.put("03-05", """
                titre: Gestion des indus, sommes dues auprès des assurés, professionnels, établissements, employeurs (recouvrement des créances)
                synthèse: Gestion des indus, sommes dues auprès des assurés, professionnels, établissements, employeurs
                mission: cnam/mission/03
                sous-finalités: 6
                fondement 1 A6-1-c: droit/cc/1302 droit/cc/1302-1 droit/css/L133-4-et-suivants droit/css/L161-1-5 droit/css/L861-1 droit/css/R861-22
                """);
        // Code de la santé publique articles, décrets with numeric dates; "L'obligation légale et la mission d'intérêt
        // public sont notamment fondés sur les textes suivants :" then bare bullets: all support both bases.
        expected.put("04-03", """
                titre: Gestion et mise en œuvre du Dossier Médical Partagé
                synthèse: -
                mission: cnam/mission/04
                sous-finalités: 7
                fondement 1 A6-1-c: droit/csp/L1111-14-et-suivants droit/csp/L1111-8-1 droit/css/L161-28-1 droit/decret/2016-1545 droit/decret/2016-914
                fondement 2 A6-1-e: droit/csp/L1111-14-et-suivants droit/csp/L1111-8-1 droit/css/L161-28-1 droit/decret/2016-1545 droit/decret/2016-914
                """);
        // Letter c whose words say "mission d'intérêt public": kept as printed, for validation to flag.
        expected.put("04-06", """
                titre: Gestion et mise en œuvre de l'information des publics sur les risques liés à des produits de santé
                synthèse: Gestion et mise en œuvre de l'information des publics sur les risques liés à des produits de santé
                mission: cnam/mission/04
                sous-finalités: 6
                fondement 1 A6-1-c: droit/css/L221-1
                """.replace("synthèse: Gestion et mise en œuvre de l'information des publics sur les risques liés à des"
                + " produits de santé", "synthèse: -"));
        // A nested "–" list in a sous-finalité; one text supporting both bases.
        expected.put("06-01", """
                titre: Gestion du conventionnement et de l'installation
                synthèse: -
                mission: cnam/mission/06
                sous-finalités: 3
                fondement 1 A6-1-c: droit/css/L162-5-et-suivants droit/loi/93-8
                fondement 2 A6-1-e: droit/css/L162-5-et-suivants droit/loi/93-8
                """);
        // The CNIL délibération and two whole codes.
        expected.put("08-01", """
                titre: Accompagnement dans les établissements et services médico-sociaux du Groupe UGECAM
                synthèse: -
                mission: cnam/mission/08
                sous-finalités: 10
                fondement 1 A6-1-e: droit/casf droit/csp droit/deliberation-cnil/2021-028
                """);
        // The legal obligation that ended on 31/01/2023; an article of a loi.
        expected.put("10-01", """
                titre: Organiser et réaliser les opérations de Contact COVID
                synthèse: -
                mission: cnam/mission/10
                sous-finalités: 6
                fondement 1 A6-1-c fin 2023-01-31: droit/loi/2020-546/article-11
                """);
        // Nested lists in the fondements: CRPA, a section of the code, the loi Essoc, and 6-1-e inside a nested list.
        expected.put("11-02", """
                titre: Suivre et traiter les procédures amiables, médiation, CADA et recours gracieux
                synthèse: -
                mission: cnam/mission/11
                sous-finalités: 11
                fondement 1 A6-1-c: droit/crpa/L311-1 droit/crpa/R311-12 droit/crpa/R311-13 droit/crpa/R421-1 droit/css/L142-4 droit/css/L217-7-1 droit/css/R115-5 droit/css/R142-1 droit/css/R142-8 droit/css/livre-2-titre-1-chapitre-7-section-4-bis droit/loi/essoc
                fondement 2 A6-1-e:\s
                """);
        // The code named first, then two ranges.
        expected.put("12-03", """
                titre: Annuaire des membres et autres participants aux instances
                synthèse: -
                mission: cnam/mission/12
                sous-finalités: 7
                fondement 1 A6-1-c: droit/css/L221-2-a-L221-5 droit/css/R211-1-a-R211-11
                """);
        // Public-interest and legitimate-interest bases with no national text behind them.
        expected.put("14-01", """
                titre: Fabrication et maintenance de services et outils
                synthèse: -
                mission: cnam/mission/14
                sous-finalités: 4
                fondement 1 A6-1-e:\s
                fondement 2 A6-1-f:\s
                """);
        // Référentiels after a hyphen-separated list inside the basis bullet itself.
        expected.put("14-04", """
                titre: Gestion de la sécurité des systèmes d'information
                synthèse: -
                mission: cnam/mission/14
                sous-finalités: 7
                fondement 1 A6-1-c: droit/referentiel/pssi-mcas droit/referentiel/rgs
                """);
        // Code du travail as a whole, et suivants in the Code du travail, a paragraph of an article of an ordonnance
        // ("article 9 V"), the règlement concernant le vote électronique (an unresolved citation).
        expected.put("15-05", """
                titre: Gestion des relations sociales
                synthèse: -
                mission: cnam/mission/15
                sous-finalités: 9
                fondement 1 A6-1-c: cnam/citation/reglement-vote-electronique droit/ct droit/ct/L2314-15-et-suivants droit/decret/2011-184 droit/ordonnance/2017-1386 droit/ordonnance/2017-1386/article-9/paragraphe-V
                fondement 2 A6-1-f:\s
                """);
        // A contract basis (recruitment).
        expected.put("15-01", """
                titre: Gestion du recrutement du personnel
                synthèse: -
                mission: cnam/mission/15
                sous-finalités: 5
                fondement 1 A6-1-b:\s
                fondement 2 A6-1-f:\s
                """);
        Map<String, String> actual = new TreeMap<>();
        expected.keySet().forEach(id -> actual.put(id, describe(id)));
        assertEquals(expected, actual);
    }

    @Test
    void sourceTextsLabelsAndNestedItemsAsPrinted() {
        Property label = p(Prefixes.SKOS, "prefLabel");
        Resource basis = r(B + "cnam/finalite/04-06/fondement/1");
        assertEquals("Article 6-1-c du RGPD : le traitement est nécessaire au respect d'une mission d'intérêt public.",
                basis.getProperty(p(Prefixes.REG, "texteSource")).getString());
        // The printed letter is kept; the node is not typed as if the words agreed with it.
        assertTrue(basis.hasProperty(p(Prefixes.SKOS, "broader"), r(Prefixes.EU_GDPR + "A6-1-c")));
        assertTrue(!basis.hasProperty(RDF.type, r(Prefixes.DPV + "LegalObligation")));
        assertEquals("Pour certains traitements : – Article 6-1-e du RGPD : mission d'intérêt public de l'Assurance"
                + " Maladie", r(B + "cnam/finalite/11-02/fondement/2")
                .getProperty(p(Prefixes.REG, "texteSource")).getString());
        Resource nested = r(B + "cnam/finalite/06-01/sous-finalite/1");
        List<RDFNode> items = nested.getPropertyResourceValue(p(Prefixes.REG, "elementsImbriques"))
                .as(org.apache.jena.rdf.model.RDFList.class).asJavaList();
        assertEquals(7, items.size());
        assertEquals("l'inscription, l'installation, le remplacement, l'exercice professionnel",
                items.get(0).asLiteral().getString());
        assertEquals("la gestion des contestations", items.get(6).asLiteral().getString());
        assertTrue(nested.getProperty(label, "fr").getString().startsWith("Acquérir, contrôler, traiter les informations"
                + " nécessaires à : – l'inscription"));
        assertEquals("Informers les publics sur l'offre de soins", r(B + "cnam/finalite/04-05")
                .getProperty(p(Prefixes.SKOS, "altLabel")).getString());
        assertEquals("Gestion des droits", r(B + "cnam/mission/01").getProperty(label, "fr").getString());
        assertEquals("Activités comptables et financières contrôle de gestion",
                r(B + "cnam/mission/13").getProperty(label, "fr").getString());
        String fondements = r(B + "cnam/finalite/10-01").getProperty(p(Prefixes.REG, "fondementsTexte"))
                .getString();
        assertTrue(fondements.endsWith("• L'obligation légale a pris fin au 31/01/2023."), fondements);
    }

    @Test
    void legalTextsHaveTypeNumberDateAndCode() {
        String eli = "http://data.europa.eu/eli/ontology#";
        Map<String, String> expected = new TreeMap<>();
        expected.put("droit/css/L434-1-a-L434-21", "Articles L. 434-1 à L. 434-21 du Code de la sécurité sociale"
                + " | PlageDArticles | L. 434-1 à L. 434-21 | - | droit/css");
        expected.put("droit/css/L43", "Articles L. 43 (citation tronquée) du Code de la sécurité sociale"
                + " | ArticleDeCode | L. 43 | - | droit/css");
        expected.put("droit/cc/1302-1", "Article 1302-1 du Code civil | ArticleDeCode | 1302-1 | - | droit/cc");
        expected.put("droit/css/L114-9-et-suivants", "Articles L. 114-9 et suivants du Code de la sécurité sociale"
                + " | ArticleDeCode | L. 114-9 | - | droit/css");
        expected.put("droit/decret/2016-914", "Décret n° 2016-914 du 4 juillet 2016 | Decret | 2016-914 | 2016-07-04"
                + " | -");
        expected.put("droit/loi/78-17", "Loi n° 78-17 du 6 janvier 1978 | Loi | 78-17 | 1978-01-06 | -");
        expected.put("droit/loi/2020-546/article-11", "Article 11 de la loi n° 2020-546 du 11 mai 2020"
                + " | ArticleDeTexte | 11 | - | droit/loi/2020-546");
        expected.put("droit/deliberation-cnil/2021-028", "Délibération n° 2021-028 du 11 mars 2021 | DeliberationCnil"
                + " | 2021-028 | 2021-03-11 | -");
        expected.put("droit/ordonnance/2017-1386/article-9", "Article 9 de l'ordonnance n° 2017-1386 du 22 septembre"
                + " 2017 | ArticleDeTexte | 9 | - | droit/ordonnance/2017-1386");
        expected.put("droit/css/livre-4", "Livre IV du Code de la sécurité sociale | PartieDeCode | - | - | droit/css");
        expected.put("droit/referentiel/rgs", "Référentiel général de sécurité (RGS) | Referentiel | - | - | -");
        expected.put("droit/crpm/L732-5", "Article L. 732-5 du Code rural et de la pêche maritime | ArticleDeCode"
                + " | L. 732-5 | - | droit/crpm");
        Map<String, String> actual = new TreeMap<>();
        for (String path : expected.keySet()) {
            Resource t = r(B + path);
            Statement number = t.getProperty(p(eli, "number"));
            Statement date = t.getProperty(p(eli, "date_document"));
            Resource parent = t.getPropertyResourceValue(p(eli, "is_part_of"));
            actual.put(path, t.getProperty(p(Prefixes.SKOS, "prefLabel"), "fr").getString() + " | "
                    + t.getPropertyResourceValue(p(eli, "type_document")).getLocalName() + " | "
                    + (number == null ? "-" : number.getString()) + " | " + (date == null ? "-" : date.getString())
                    + " | " + (parent == null ? "-" : parent.getURI().substring(B.length())));
        }
        assertEquals(expected, actual);
        Resource range = r(B + "droit/css/L434-1-a-L434-21");
        assertEquals(B + "droit/css/L434-1", range.getPropertyResourceValue(p(Prefixes.REG, "aPartirDe"))
                .getURI());
        assertEquals(B + "droit/css/L434-21", range.getPropertyResourceValue(p(Prefixes.REG, "jusqua"))
                .getURI());
        assertTrue(r(B + "droit/css/L43").getProperty(p(Prefixes.REG, "tronque")).getBoolean());
        assertTrue(r(B + "droit/css/L114-9-et-suivants").getProperty(p(Prefixes.REG, "etSuivants"))
                .getBoolean());
    }
}
