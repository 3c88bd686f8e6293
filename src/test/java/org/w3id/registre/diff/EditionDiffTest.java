package org.w3id.registre.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;

import picocli.CommandLine;

/**
 * An edited copy of the Cnam document — a finalité added in the middle of mission 07, one removed, a basis changed
 * from 6-1-c to 6-1-e, a legal text added, a sous-finalité reworded — and the exact diff {@code registre diff} gives.
 */
class EditionDiffTest {

    static final Path SOURCE = EditedCnamDocument.SOURCE;

    @TempDir
    static Path tmp;
    static Path edited;

    @BeforeAll
    static void edit() throws Exception {
        edited = EditedCnamDocument.write(tmp);
    }

    static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = Registre.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute(args));
        return out.toString();
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
