package org.w3id.registre.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;

/**
 * An edited copy of the Cnam document — a finalité added in the middle of mission 07, one removed, a basis changed
 * from 6-1-c to 6-1-e, a legal text added, a sous-finalité reworded — and the exact diff {@code registre diff} gives.
 */
class EditionDiffTest {

    static final Path SOURCE = Path.of("data/source/traitements-assurance-maladie.txt");
    static final String ADDED = "Informer les employeurs de leurs obligations déclaratives";
    static final String REMOVED = "Tester la pertinence auprès des employeurs d'une nouvelle offre de service/prestation"
            + " ou d'une évolution";

    @TempDir
    static Path tmp;
    static Path edited;

    static String once(String text, String from, String to) {
        int at = text.indexOf(from);
        assertEquals(at, text.lastIndexOf(from), "edit must apply once: " + from);
        if (at < 0) {
            throw new AssertionError("not found: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    @BeforeAll
    static void edit() throws Exception {
        String t = Files.readString(SOURCE);
        // 1. Basis of 07-01 (Tarification AT/MP): 6-1-c becomes 6-1-e.
        t = once(t, "Article 6-1-c du RGPD : le traitement est nécessaire au respect d'une obligation légale fondée"
                + " notamment sur les articles L. 215-1 2° et L. 242-5", "Article 6-1-e du RGPD : le traitement est"
                + " nécessaire au respect d'une obligation légale fondée notamment sur les articles L. 215-1 2° et"
                + " L. 242-5");
        // 2. A legal text added to 07-02 (Promouvoir les offres de services…).
        int promouvoir = t.indexOf("Promouvoir les offres de services de l'Assurance Maladie auprès des employeurs"
                + "\n\nSous-finalités");
        int lineEnd = t.indexOf('\n', t.indexOf("Fondements juridiques\n", promouvoir) + 22);
        t = t.substring(0, lineEnd) + "• Article L. 133-5-3 du Code de la sécurité sociale" + t.substring(lineEnd);
        // 3. A sous-finalité of 07-03 (Suivi des relations et connaissance employeurs) reworded.
        int suivi = t.indexOf("Suivi des relations et connaissance employeurs\n\nSous-finalités");
        int at = t.indexOf("• Gérer les référentiels des coordonnées de contact", suivi);
        t = t.substring(0, at) + "• Gérer le référentiel des coordonnées de contact des employeurs"
                + t.substring(at + "• Gérer les référentiels des coordonnées de contact".length());
        // 4. 07-04 removed: its overview label and its detail section.
        t = once(t, "**Tester la pertinence auprès\ndes employeurs d'une nouvelle\noffre de service/prestation ou\n"
                + "d'une évolution**\n\n", "");
        int section = t.indexOf("07 | GESTION RELATION EMPLOYEUR\n\n" + REMOVED);
        int end = t.indexOf("07 | GESTION RELATION EMPLOYEUR", section + 10);
        t = t.substring(0, section) + t.substring(end);
        // 5. A finalité added after 07-01, in the overview and as a detail section.
        t = once(t, "Finalités\n\nTarification AT/MP\n\n", "Finalités\n\nTarification AT/MP\n\n" + ADDED + "\n\n");
        t = once(t, "07 | GESTION RELATION EMPLOYEUR\n\nPromouvoir", "07 | GESTION RELATION EMPLOYEUR\n\n" + ADDED
                + "\n\nSous-finalités\tFondements juridiques\n<ul style=\"list-style-type: none\">• Rappeler les"
                + " échéances déclaratives• Répondre aux questions des employeurs\t<ul style=\"list-style-type:"
                + " none\">• Article 6-1-e du RGPD : le traitement est nécessaire à l'exécution d'une mission d'intérêt"
                + " public de la Cnam.\n\n07 | GESTION RELATION EMPLOYEUR\n\nPromouvoir");
        edited = tmp.resolve("traitements-edite.txt");
        Files.writeString(edited, t);
    }

    static String run(String... args) {
        PrintStream previous = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Registre.commandLine().execute(args));
        } finally {
            System.setOut(previous);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theExactDiff() {
        assertEquals("""
                Modifications / changes : traitements-assurance-maladie.txt → traitements-edite.txt (5)
                ~ 07-01 « Tarification AT/MP » — lettre de base changée / basis letter changed : « 6-1-c » → « 6-1-e »
                + 07-02 « Promouvoir les offres de services de l'Assurance Maladie auprès des employeurs » — texte \
                juridique ajouté / legal text added : « https://w3id.org/registre/droit/css/L133-5-3 »
                ~ 07-03 « Suivi des relations et connaissance employeurs » — sous-finalité reformulée / sub-purpose \
                reworded : « Gérer les référentiels des coordonnées de contact » → « Gérer le référentiel des \
                coordonnées de contact des employeurs »
                - 07-04 « Tester la pertinence auprès des employeurs d'une nouvelle offre de service/prestation ou \
                d'une évolution » — finalité retirée / purpose removed
                + 07-06 « Informer les employeurs de leurs obligations déclaratives » — finalité ajoutée / purpose added
                """, run("diff", SOURCE.toString(), edited.toString()));
    }

    @Test
    void anEditionComparedWithItselfHasNoChange() {
        assertEquals("Modifications / changes : traitements-assurance-maladie.txt → traitements-assurance-maladie.txt"
                + " (0)\n", run("diff", SOURCE.toString(), SOURCE.toString()));
    }

    @Test
    void theTurtleFormIsAChangeSet() {
        Model m = RDFParser.fromString(run("diff", SOURCE.toString(), edited.toString(), "--format", "turtle"),
                Lang.TURTLE).toModel();
        assertEquals(5, m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                m.createResource(DiffReport.CHG + "Change")).toList().size());
        assertEquals(1, m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                m.createResource(DiffReport.CHG + "BaseChangee")).toList().size());
        assertEquals(1, m.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                m.createResource(DiffReport.CHG + "FinaliteAjoutee")).toList().size());
    }

    @Test
    void theJsonForm() {
        String json = run("diff", SOURCE.toString(), edited.toString(), "--format", "json");
        assertEquals(true, json.contains("{\"type\": \"BaseChangee\", \"finalite\": \"07-01\", \"titre\":"
                + " \"Tarification AT/MP\", \"avant\": \"6-1-c\", \"apres\": \"6-1-e\"}"), json);
    }
}
