package org.w3id.registre.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.publish.ValidationReportPage;
import org.w3id.registre.validate.CsvReport;
import org.w3id.registre.validate.FailOn;
import org.w3id.registre.validate.Findings;
import org.w3id.registre.validate.JsonReport;
import org.w3id.registre.validate.JunitReport;
import org.w3id.registre.validate.RegisterValidation;
import org.w3id.registre.validate.ReportFormat;
import org.w3id.registre.validate.TextReport;
import org.w3id.registre.validate.TurtleReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code registre validate}: validates the register with the SHACL shapes and writes a report. Exit code 0 when no
 * result is at or above {@code --fail-on}, 1 when some is, 2 for a usage, I/O or parse error.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Valide le registre avec les formes SHACL et écrit un rapport.",
            "Validates the register with the SHACL shapes and writes a report.",
            "Code de sortie / exit code: 0 = aucun résultat au seuil / no result at the threshold, "
                    + "1 = au moins un / some, 2 = erreur d'usage, d'E/S ou de syntaxe / usage, I/O or parse error."})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--shapes", arity = "1..*", paramLabel = "FILE",
            description = {"Fichiers ou dossiers de formes (défaut : shapes/) / shapes files or folders (default: shapes/)."})
    List<Path> shapes = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = {"text, turtle, html, csv, json, junit (défaut / default: ${DEFAULT-VALUE})."})
    ReportFormat format;

    @Option(names = "--output", paramLabel = "FILE",
            description = {"Fichier du rapport (défaut : sortie standard) / report file (default: stdout)."})
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "violation",
            description = {"violation, warning, info, none : gravité qui fait échouer / severity that fails "
                    + "(défaut / default: ${DEFAULT-VALUE})."})
    FailOn failOn;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = {"Date de validation, pour les fondements échus (défaut : aujourd'hui) / validation date, "
                    + "for ended legal bases (default: today)."})
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        LocalDate today = date != null ? date : LocalDate.now();
        Model dataModel = data.load();
        Model shapesModel = shapes.isEmpty() ? RegisterValidation.bundledShapes()
                : RegisterValidation.loadShapes(shapes);
        Shapes parsed = RegisterValidation.parseShapes(shapesModel);
        Graph validated = RegisterValidation.withValidationDate(dataModel.getGraph(), today);
        ValidationReport report = RegisterValidation.validate(dataModel.getGraph(), parsed, today);
        Findings findings = Findings.of(report, ModelFactory.createUnion(dataModel, shapesModel), today);

        byte[] bytes = render(report, findings, parsed, validated);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(new String(bytes, StandardCharsets.UTF_8));
            out.flush();
        } else {
            FileCommit.write(output, bytes);
            spec.commandLine().getErr().println(output + " : " + findings.summary());
        }
        return RegisterValidation.fails(report, failOn) ? 1 : 0;
    }

    private byte[] render(ValidationReport report, Findings findings, Shapes parsed, Graph validated)
            throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        if (format == ReportFormat.TURTLE) {
            TurtleReport.write(report, buffer);
        } else if (format == ReportFormat.JSON) {
            JsonReport.write(findings, buffer);
        } else {
            try (Writer w = new OutputStreamWriter(buffer, StandardCharsets.UTF_8)) {
                switch (format) {
                    case TEXT -> TextReport.write(findings, w);
                    case HTML -> w.write(ValidationReportPage.standalone(findings));
                    case CSV -> CsvReport.write(findings, w);
                    case JUNIT -> JunitReport.write(findings, parsed, validated, failOn, w);
                    default -> throw new IllegalStateException(format.toString());
                }
            }
        }
        return buffer.toByteArray();
    }
}
