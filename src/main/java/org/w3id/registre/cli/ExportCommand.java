package org.w3id.registre.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Callable;

import org.apache.jena.rdf.model.Model;
import org.w3id.registre.validate.RegisterValidation;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.publish.ContactPoint;
import org.w3id.registre.publish.RegisterSite;
import org.w3id.registre.publish.PendingFindings;
import org.w3id.registre.publish.ShaclReportFindings;
import org.w3id.registre.publish.StaticSite;
import org.w3id.registre.publish.ValidationFindings;
import org.w3id.registre.template.SpreadsheetFormat;
import org.w3id.registre.template.TemplateWriter;
import org.w3id.registre.template.Workbook;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.publish.W3idRules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code registre export --site DIR}: the whole published site as static files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Écrit une copie statique du site publié (pages, RDF par ressource, vidages, description VoID).",
            "Writes a static copy of the published site (pages, per-resource RDF, dumps, VoID description)."})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--site", paramLabel = "DIR",
            description = {"Dossier de sortie (remplacé atomiquement).", "Output folder (replaced atomically)."})
    Path siteDir;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = {"Registre dans le modèle de la CNIL : cnil-ods, cnil-xlsx, cnil-csv (au lieu de --site).",
                "The register in the CNIL template: cnil-ods, cnil-xlsx, cnil-csv (instead of --site)."})
    String format;

    @Option(names = "--output", paramLabel = "FICHIER",
            description = {"Fichier du tableur (défaut : sortie standard pour cnil-csv) / spreadsheet file"
                + " (default: standard output for cnil-csv)."})
    Path output;

    @Option(names = "--registre", paramLabel = "ORG",
            description = {"Le registre à écrire quand les données en ont plusieurs (cnam…) /",
                "the register to write when the data hold several (cnam…)."})
    String register;

    @Option(names = "--validation-report", paramLabel = "FILE",
            description = {"Rapport SHACL (sh:ValidationReport, Turtle) à publier au lieu de valider maintenant.",
                "SHACL report (sh:ValidationReport, Turtle) to publish instead of validating now."})
    Path validationReport;

    @Option(names = "--site-url", paramLabel = "URL", defaultValue = W3idRules.EXAMPLE_SITE,
            description = {"Adresse où la copie sera publiée, pour les règles w3id.org (.config/w3id/.htaccess).",
                "Where the copy will be published, for the w3id.org rules (.config/w3id/.htaccess)."})
    String siteUrl = W3idRules.EXAMPLE_SITE;

    @Mixin
    SiteOptions siteOptions = new SiteOptions();

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--shapes", arity = "1..*", paramLabel = "FICHIER|DOSSIER",
            description = {"Formes SHACL au lieu des formes embarquées / SHACL shapes instead of the bundled ones."})
    List<Path> shapes = new ArrayList<>();

    @Override
    public Integer call() {
        if ((siteDir == null) == (format == null)) {
            throw new RegistreException("attendu --site DOSSIER ou --format cnil-ods|cnil-xlsx|cnil-csv (l'un des"
                    + " deux) / expected --site DIR or --format cnil-ods|cnil-xlsx|cnil-csv (one of them)");
        }
        if (format != null) {
            return exportTemplate();
        }
        // A few seconds of work, then the process ends: C2's compiles would cost more than they save (issue 13).
        ShortRun.leaveCompilationToC1();
        BaseUri base = siteOptions.base();
        ContactPoint contact = siteOptions.contact();
        if (!siteUrl.matches("https?://[^/?#\\s]+/([^?#\\s]*/)?")) {
            throw new RegistreException("--site-url " + siteUrl + " : attendu une adresse http(s) finie par / /"
                    + " expected an http(s) URL ending with /");
        }
        Model loaded = data.load();
        Model graph = base.rebase(loaded);
        // Read before anything is written: a bad shapes file stops the export at once; the /shapes page shows them.
        Model shapesModel = shapes.isEmpty() ? RegisterValidation.bundledShapes() : RegisterValidation.loadShapes(shapes);
        ValidationFindings findings;
        if (validationReport != null) {
            findings = new ShaclReportFindings(base.rebase(RegisterFiles.load(List.of(validationReport))));
        } else {
            // The validation runs beside the RDF documents, which do not show findings; the pages that do wait for
            // it (issue 13).
            LocalDate today = LocalDate.now();
            findings = new PendingFindings(CompletableFuture.supplyAsync(() -> ShaclReportFindings.of(
                    RegisterValidation.validate(loaded, shapesModel, today), loaded, shapesModel, base, today)));
        }
        StaticSite.Result result = new StaticSite(new RegisterSite(graph, base, findings, contact, shapesModel,
                data.editionGraphs(base)), siteUrl).write(siteDir);
        System.out.println("Site exporté dans " + siteDir + " : " + result.pages() + " pages, "
                + result.rdfDocuments() + " documents RDF / Site exported to " + siteDir + ": " + result.pages()
                + " pages, " + result.rdfDocuments() + " RDF documents");
        return 0;
    }

    private int exportTemplate() {
        SpreadsheetFormat sheet = switch (format) {
            case "cnil-ods" -> SpreadsheetFormat.ODS;
            case "cnil-xlsx" -> SpreadsheetFormat.XLSX;
            case "cnil-csv" -> SpreadsheetFormat.CSV;
            default -> throw new RegistreException("--format " + format + " : attendu cnil-ods, cnil-xlsx ou cnil-csv"
                    + " / expected cnil-ods, cnil-xlsx or cnil-csv");
        };
        if (output == null && sheet != SpreadsheetFormat.CSV) {
            throw new RegistreException("--format " + format + " : attendu --output FICHIER." + sheet.extension
                    + " (un classeur ne s'écrit pas sur la sortie standard) / expected --output FILE");
        }
        Workbook book = TemplateWriter.write(data.load(), register, sheet == SpreadsheetFormat.CSV,
                output == null ? "-" : output.toString());
        byte[] bytes = sheet.write(book);
        if (output == null) {
            System.out.write(bytes, 0, bytes.length);
            System.out.flush();
        } else {
            FileCommit.write(output, bytes);
            System.err.println(output + " : " + (book.sheets().get(book.sheets().size() - 1).rows().size() - 1)
                    + " activités / activities");
        }
        return 0;
    }
}
