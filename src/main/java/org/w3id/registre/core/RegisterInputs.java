package org.w3id.registre.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;

/**
 * What {@code --data} names, made into files to load: a file stands for itself (RDF in any syntax, or a register
 * spreadsheet in the CNIL template: .ods, .xlsx, .csv), a folder for the RDF files and the .ods/.xlsx spreadsheets
 * directly inside it (a folder's CSV files are left alone: they may be anything) and, when it holds editions
 * ({@code editions/YYYY-MM-DD/}), the files of its latest edition. Everything is checked before
 * anything is loaded, so a bad path stops the command (exit 2) with the path and what was expected.
 */
public final class RegisterInputs {

    private RegisterInputs() {
    }

    /** The files the paths stand for, in the order given (a folder's files sorted by name). */
    public static List<Path> files(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                List<Path> inside = new ArrayList<>(inFolder(p));
                // A folder of editions (README "Éditions") stands for its latest edition, beside its own files.
                Editions.latest(p).ifPresent(latest -> inside.addAll(latest.files()));
                if (inside.isEmpty()) {
                    throw new RegistreException(p + " : aucun fichier RDF dans ce dossier ; attendu des fichiers"
                            + " .ttl, .nt, .trig, .rdf, .jsonld… ou .ods, .xlsx / no RDF file in this folder; expected"
                            + " .ttl, .nt, .trig, .rdf, .jsonld… or .ods, .xlsx files");
                }
                files.addAll(inside);
            } else if (!Files.exists(p)) {
                throw new RegistreException(p + " : fichier ou dossier introuvable ; attendu un fichier RDF ou un"
                        + " dossier qui en contient / file or folder not found; expected an RDF file or a folder"
                        + " of them");
            } else {
                checkFile(p);
                files.add(p);
            }
        }
        return files;
    }

    /**
     * The ontology, then the given data, or the bundled Cnam register when none is given; spreadsheets are read by
     * {@code spreadsheets} (the template stage: core does not know it).
     */
    public static Model loadWithOntology(List<Path> data, Function<Path, Model> spreadsheets) {
        List<Path> all = new ArrayList<>(RegisterFiles.ontologyFiles());
        Model model = RegisterFiles.load(all);
        if (!data.isEmpty()) {
            for (Path file : files(data)) {
                if (isSpreadsheet(file)) {
                    model.add(spreadsheets.apply(file));
                } else {
                    RegisterFiles.read(model, file);
                }
            }
        } else {
            RegisterFiles.dataFiles().forEach(f -> RegisterFiles.read(model, f));
        }
        return model;
    }

    /** Whether a file is a register spreadsheet (.ods, .xlsx, .csv) rather than RDF. */
    public static boolean isSpreadsheet(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".ods") || name.endsWith(".xlsx") || name.endsWith(".csv");
    }

    private static void checkFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new RegistreException(file + " : lecture impossible (droits) ; attendu un fichier lisible"
                    + " / cannot read (permissions); expected a readable file");
        }
        if (RegisterFiles.rdfSyntax(file) == null && !isSpreadsheet(file)) {
            throw new RegistreException(file + " : format inconnu ; attendu un fichier RDF (.ttl, .nt, .nq, .trig,"
                    + " .rdf, .owl, .jsonld, .n3) ou un registre au modèle de la CNIL (.ods, .xlsx, .csv) / unknown"
                    + " format; expected an RDF file or a register in the CNIL template");
        }
    }

    private static List<Path> inFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    // Jena reads .csv as a tabular syntax: a folder's CSV files are never taken for data.
                    .filter(f -> !f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .filter(f -> RegisterFiles.rdfSyntax(f) != null || isSpreadsheet(f))
                    .sorted()
                    .toList();
            files.forEach(RegisterInputs::checkFile);
            return files;
        } catch (IOException e) {
            throw new RegistreException(dir + " : lecture impossible / cannot read (" + e.getMessage() + ")", e);
        }
    }
}
