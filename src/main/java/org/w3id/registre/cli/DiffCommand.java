package org.w3id.registre.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegisterInputs;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.diff.Change;
import org.w3id.registre.diff.DiffReport;
import org.w3id.registre.diff.RegisterDiff;
import org.w3id.registre.importer.RegisterImport;
import org.w3id.registre.template.TemplateReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code registre diff OLD NEW}: what changed between two editions of a register. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {
            "Ce qui a changé entre deux éditions d'un registre (document de la Cnam .txt, tableur du modèle de la"
                + " CNIL, ou fichiers RDF).",
            "What changed between two editions of a register (Cnam document .txt, CNIL-template spreadsheet, or RDF"
                + " files)."})
final class DiffCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ANCIENNE", description = "édition ancienne / old edition")
    Path before;

    @Parameters(index = "1", paramLabel = "NOUVELLE", description = "édition nouvelle / new edition")
    Path after;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, turtle, json, html (défaut / default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--output", paramLabel = "FICHIER",
            description = "fichier de sortie (défaut : sortie standard) / output file (default: standard output)")
    Path output;

    @Override
    public Integer call() {
        if (!List.of("text", "turtle", "json", "html").contains(format)) {
            throw new RegistreException("--format " + format + " : attendu text, turtle, json ou html / expected"
                    + " text, turtle, json or html");
        }
        List<Change> changes = RegisterDiff.between(load(before), load(after));
        String a = before.getFileName().toString();
        String b = after.getFileName().toString();
        byte[] bytes = switch (format) {
            case "turtle" -> DiffReport.turtleBytes(a, b, changes);
            case "json" -> DiffReport.json(a, b, changes).getBytes(StandardCharsets.UTF_8);
            case "html" -> DiffReport.html(a, b, changes).getBytes(StandardCharsets.UTF_8);
            default -> DiffReport.text(a, b, changes).getBytes(StandardCharsets.UTF_8);
        };
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        } else {
            FileCommit.write(output, bytes);
        }
        return 0;
    }

    /** A temporary copy of a CSV file with its header line only. */
    private static Path headerOnly(Path csv) throws java.io.IOException {
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
        Path tmp = Files.createTempFile("registre-diff-", ".csv");
        Files.writeString(tmp, header + "\n", StandardCharsets.UTF_8);
        return tmp;
    }

    /** An edition: the Cnam document (.txt, read with the bundled alignment), a spreadsheet, or RDF. */
    static Model load(Path edition) {
        if (edition.getFileName().toString().endsWith(".txt")) {
            RegisterFiles.requireFile(edition);
            Path bundled = RegisterFiles.dataDir();
            // The project's readings (data, data subjects, texts) and the sous-finalités' translations are keyed to
            // the bundled edition and quote its words: another edition is compared on what the document states,
            // without them.
            RegisterImport imported;
            try {
                Path readings = headerOnly(bundled.resolve(ImportCommand.BUNDLED_READINGS));
                Path texts = headerOnly(bundled.resolve(ImportCommand.BUNDLED_TEXT_READINGS));
                try {
                    imported = RegisterImport.run(edition, bundled.resolve(ImportCommand.BUNDLED_PURPOSES),
                            bundled.resolve(ImportCommand.BUNDLED_TRANSLATIONS), null, readings, texts,
                            bundled.resolve(RegisterImport.CORRECTIONS));
                } finally {
                    Files.deleteIfExists(readings);
                    Files.deleteIfExists(texts);
                }
            } catch (java.io.IOException e) {
                throw new RegistreException(edition + " : lecture impossible / cannot read (" + e.getMessage() + ")",
                        e);
            }
            Model model = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            for (String turtle : imported.files().values()) {
                RDFDataMgr.read(model, new java.io.StringReader(turtle), null, org.apache.jena.riot.Lang.TURTLE);
            }
            return model;
        }
        return RegisterInputs.loadWithOntology(List.of(edition), TemplateReader::read);
    }
}
