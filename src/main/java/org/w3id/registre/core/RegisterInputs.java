package org.w3id.registre.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;

/**
 * What {@code --data} names, made into files to load: a file stands for itself, a folder for the RDF files directly
 * inside it. Everything is checked before anything is loaded, so a bad path stops the command (exit 2) with the path
 * and what was expected.
 */
public final class RegisterInputs {

    private RegisterInputs() {
    }

    /** The files the paths stand for, in the order given (a folder's files sorted by name). */
    public static List<Path> files(List<Path> filesOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path p : filesOrFolders) {
            if (Files.isDirectory(p)) {
                List<Path> inside = inFolder(p);
                if (inside.isEmpty()) {
                    throw new RegistreException(p + " : aucun fichier RDF dans ce dossier ; attendu des fichiers"
                            + " .ttl, .nt, .trig, .rdf, .jsonld… / no RDF file in this folder; expected .ttl, .nt,"
                            + " .trig, .rdf, .jsonld… files");
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

    /** The ontology, then the given data, or the bundled Cnam register when none is given. */
    public static Model loadWithOntology(List<Path> data) {
        List<Path> all = new ArrayList<>(RegisterFiles.ontologyFiles());
        all.addAll(data.isEmpty() ? RegisterFiles.dataFiles() : files(data));
        return RegisterFiles.load(all);
    }

    private static void checkFile(Path file) {
        if (!Files.isReadable(file)) {
            throw new RegistreException(file + " : lecture impossible (droits) ; attendu un fichier lisible"
                    + " / cannot read (permissions); expected a readable file");
        }
        if (RegisterFiles.rdfSyntax(file) == null) {
            throw new RegistreException(file + " : format inconnu ; attendu un fichier RDF (.ttl, .nt, .nq, .trig,"
                    + " .rdf, .owl, .jsonld, .n3) / unknown format; expected an RDF file");
        }
    }

    private static List<Path> inFolder(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            List<Path> files = entries.filter(Files::isRegularFile)
                    .filter(f -> RegisterFiles.rdfSyntax(f) != null)
                    .sorted()
                    .toList();
            files.forEach(RegisterInputs::checkFile);
            return files;
        } catch (IOException e) {
            throw new RegistreException(dir + " : lecture impossible / cannot read (" + e.getMessage() + ")", e);
        }
    }
}
