package org.w3id.registre.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The editions of a register kept in a data folder: {@code DIR/editions/YYYY-MM-DD/} holds the RDF files of the
 * register as it was published that day (README "Éditions"). One folder per edition, so that an edition is written
 * whole or not at all ({@link FileCommit#replaceFolder}) and read without knowing how it was made.
 */
public final class Editions {

    /** The sub-folder of a data folder that holds its editions. */
    public static final String FOLDER = "editions";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** One edition: its date and its folder. */
    public record Edition(LocalDate date, Path folder) {

        /** The RDF files of the edition, sorted by name. */
        public List<Path> files() {
            try (Stream<Path> entries = Files.list(folder)) {
                return entries.filter(Files::isRegularFile)
                        .filter(f -> RegisterFiles.rdfSyntax(f) != null)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (IOException e) {
                throw new RegistreException(folder + " : lecture impossible / cannot read (" + e.getMessage() + ")",
                        e);
            }
        }
    }

    private Editions() {
    }

    /** Whether a data folder holds editions ({@code editions/} inside it). */
    public static boolean holdsEditions(Path dir) {
        return Files.isDirectory(dir.resolve(FOLDER));
    }

    /**
     * The editions of a data folder, oldest first. A sub-folder of {@code editions/} whose name is not a date, or an
     * edition with no RDF file, stops with its path: a folder that cannot be read as editions is not read in part.
     */
    public static List<Edition> of(Path dir) {
        Path editions = dir.resolve(FOLDER);
        if (!Files.isDirectory(editions)) {
            return List.of();
        }
        List<Edition> list = new ArrayList<>();
        try (Stream<Path> entries = Files.list(editions)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    // A temporary folder of an edition being written (FileCommit): not an edition yet.
                    continue;
                }
                if (!Files.isDirectory(p)) {
                    throw new RegistreException(p + " : attendu un dossier d'édition AAAA-MM-JJ / expected an edition"
                            + " folder YYYY-MM-DD");
                }
                Edition e = new Edition(date(name, p.toString()), p);
                if (e.files().isEmpty()) {
                    throw new RegistreException(p + " : édition sans fichier RDF ; attendu les fichiers .ttl de"
                            + " l'édition / edition with no RDF file; expected the edition's .ttl files");
                }
                list.add(e);
            }
        } catch (IOException e) {
            throw new RegistreException(editions + " : lecture impossible / cannot read (" + e.getMessage() + ")", e);
        }
        return list;
    }

    /** The latest edition of a data folder, if it has any. */
    public static Optional<Edition> latest(Path dir) {
        List<Edition> all = of(dir);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** A date written YYYY-MM-DD (a real day of the calendar); {@code where} names the option or the folder. */
    public static LocalDate date(String text, String where) {
        if (text != null && DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // Falls through to the message below: 2026-02-30 has the shape of a date but is none.
            }
        }
        throw new RegistreException(where + " : « " + text + " » n'est pas une date ; attendu AAAA-MM-JJ, par exemple"
                + " 2026-12-02 / not a date; expected YYYY-MM-DD, e.g. 2026-12-02");
    }
}
