package org.w3id.registre.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import java.nio.file.Files;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.w3id.registre.importer.RegisterImport;
import org.w3id.registre.core.Editions;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.template.SpreadsheetFormat;
import org.w3id.registre.template.TemplateReader;
import org.w3id.registre.template.TemplateWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {
            "Construit le graphe du registre depuis le document texte de la Cnam.",
            "Builds the register graph from the Cnam's text document.",
            "Écrit / writes registre.ttl, droit.ttl, alignement.ttl ; rien n'est écrit en cas d'erreur"
                + " / nothing is written on error."})
final class ImportCommand implements Callable<Integer> {

    /** The Cnam document as the jar carries it. */
    static final String BUNDLED_SOURCE = "source/traitements-assurance-maladie.txt";
    static final String BUNDLED_PURPOSES = "alignement-dpv.csv";
    static final String BUNDLED_TRANSLATIONS = "traductions-en.csv";
    static final String BUNDLED_READINGS = "lecture-donnees-personnes.csv";
    static final String BUNDLED_TEXT_READINGS = "lecture-textes.csv";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "SOURCE",
            description = "Document source (défaut : le document de la Cnam embarqué / default: the bundled Cnam"
                    + " document)")
    Path source;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Dossier de sortie / output folder (défaut : data pour le document de la Cnam, le dossier"
                    + " courant pour un tableur / default: data for the Cnam document, the current folder for a"
                    + " spreadsheet)")
    Path out;

    @Option(names = "--alignement", paramLabel = "CSV",
            description = "Finalités DPV de chaque finalité / DPV purposes per finalité (défaut : embarqué, "
                    + BUNDLED_PURPOSES + " / default: bundled)")
    Path purposes;

    @Option(names = "--traductions", paramLabel = "CSV",
            description = "Libellés anglais / English labels (défaut : embarqué, " + BUNDLED_TRANSLATIONS
                    + " / default: bundled)")
    Path translations;

    @Option(names = "--traductions-sous-finalites", paramLabel = "CSV",
            description = "Libellés anglais des sous-finalités, avec le texte français / English labels of the"
                    + " sous-finalités, beside the French (défaut : embarqué, " + RegisterImport.SUB_TRANSLATIONS
                    + " / default: bundled)")
    Path subTranslations;

    @Option(names = "--corrections", paramLabel = "CSV",
            description = "Corrections de lecture relues, puces collées et notes (défaut : embarqué, "
                    + RegisterImport.CORRECTIONS + " / reviewed reading corrections, default: bundled)")
    Path corrections;

    @Option(names = "--lecture", paramLabel = "CSV",
            description = "Lecture du projet : données, personnes, opérations de chaque finalité / the project's"
                    + " reading: data, data subjects, operations per finalité (défaut : embarqué, " + BUNDLED_READINGS
                    + " / default: bundled)")
    Path readings;

    @Option(names = "--lecture-textes", paramLabel = "CSV",
            description = "Lecture du projet : fin d'application de textes cités / the project's reading: end of"
                    + " application of cited texts (défaut : embarqué, " + BUNDLED_TEXT_READINGS
                    + " / default: bundled)")
    Path texts;

    @Option(names = "--edition", paramLabel = "AAAA-MM-JJ",
            description = {"Enregistre la source comme édition de ce jour dans DIR/editions/AAAA-MM-JJ/, en gardant"
                + " les IRI de l'édition précédente pour ce qui n'a pas changé (défaut de --out : le dossier courant) /",
                "records the source as the edition of that day in DIR/editions/YYYY-MM-DD/, keeping the previous"
                + " edition's IRIs for what did not change (--out defaults to the current folder)"})
    String edition;

    @Override
    public Integer call() throws IOException {
        if (edition != null) {
            return EditionImport.run(source != null ? source : RegisterFiles.dataDir().resolve(BUNDLED_SOURCE),
                    Editions.date(edition, "--edition"), out == null ? Path.of(".") : out,
                    corrections != null ? corrections
                            : RegisterFiles.dataDir().resolve(RegisterImport.CORRECTIONS));
        }
        if (source != null && SpreadsheetFormat.of(source) != null) {
            return importSpreadsheet();
        }
        if (out == null) {
            out = Path.of("data");
        }
        Path bundled = RegisterFiles.dataDir();
        RegisterImport result = RegisterImport.run(source != null ? source : bundled.resolve(BUNDLED_SOURCE),
                purposes != null ? purposes : bundled.resolve(BUNDLED_PURPOSES),
                translations != null ? translations : bundled.resolve(BUNDLED_TRANSLATIONS),
                subTranslations != null ? subTranslations : bundled.resolve(RegisterImport.SUB_TRANSLATIONS),
                readings != null ? readings : bundled.resolve(BUNDLED_READINGS),
                texts != null ? texts : bundled.resolve(BUNDLED_TEXT_READINGS),
                corrections != null ? corrections : bundled.resolve(RegisterImport.CORRECTIONS));
        result.writeTo(out);
        spec.commandLine().getOut().printf("%d missions, %d finalités, %d sous-finalités, %d fondements, %d textes juridiques → %s%n",
                result.missions().size(), result.finaliteCount(), result.sousFinaliteCount(), result.baseCount(),
                result.texteCount(), out.resolve(RegisterFiles.REGISTRE).getParent());
        return 0;
    }

    /** A register in the CNIL template: one Turtle file, {@code ORG.ttl}, the register and the texts it cites. */
    private int importSpreadsheet() {
        RegisterFiles.requireFile(source);
        Model register = TemplateReader.read(source);
        List<String> slugs = TemplateWriter.registers(register);
        Path target = (out == null ? Path.of(".") : out).resolve(slugs.get(0) + ".ttl");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(bytes, register, RDFFormat.TURTLE_PRETTY);
        FileCommit.write(target, bytes.toByteArray());
        spec.commandLine().getOut().printf("%d activités / activities, %d triplets / triples → %s%n",
                register.listResourcesWithProperty(org.apache.jena.vocabulary.RDF.type, register.createResource(
                        org.w3id.registre.core.Prefixes.REG + "Finalite")).toList().size(),
                register.size(), target);
        return 0;
    }

}
