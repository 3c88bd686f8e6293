package org.w3id.registre.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.registre.core.FileCommit;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;

/**
 * One import: the document and the curated CSVs in, three Turtle files out. Everything is built in memory first, so
 * bad input stops the import before any file is touched; each file is then written beside its target and moved into
 * place.
 */
public record RegisterImport(List<Mission> missions, Map<String, String> files) {

    /** The reviewed reading corrections (glued bullets split, notes that are not items). */
    public static final String CORRECTIONS = "corrections-lecture.csv";

    /** The project's English labels of the sous-finalités, keyed to the bundled edition's words. */
    public static final String SUB_TRANSLATIONS = "traductions-sous-finalites-en.csv";

    /** With the reading corrections and the sous-finalités' translations bundled beside {@code purposes}. */
    public static RegisterImport run(Path source, Path purposes, Path translations, Path readings, Path texts) {
        return run(source, purposes, translations, purposes.resolveSibling(SUB_TRANSLATIONS), readings, texts,
                purposes.resolveSibling(CORRECTIONS));
    }

    /** {@code subTranslations} null: no English labels for the sous-finalités (another edition, for a diff). */
    public static RegisterImport run(Path source, Path purposes, Path translations, Path subTranslations,
                                     Path readings, Path texts, Path corrections) {
        SourceDocument doc = SourceDocument.read(source);
        List<Mission> missions = ReadingCorrections.apply(RegisterParser.parse(doc), corrections);
        String sourceName = source.getFileName().toString();
        Map<String, String> files = new LinkedHashMap<>();
        files.put(RegisterFiles.REGISTRE, RegisterGraph.registre(missions, sourceName, sha256(source)).write());
        files.put(RegisterFiles.DROIT, RegisterGraph.droit(missions).write());
        files.put(RegisterFiles.ALIGNEMENT, Alignment.build(missions, purposes, translations, subTranslations,
                readings, texts).write());
        return new RegisterImport(missions, files);
    }

    /**
     * What the document states, without the project's alignment (DPV purposes, English labels, readings): those
     * are keyed to the finalités of the bundled edition and do not follow another edition (README "Éditions").
     * Two files: {@code registre.ttl} and {@code droit.ttl}.
     */
    public static RegisterImport stated(Path source, Path corrections) {
        SourceDocument doc = SourceDocument.read(source);
        List<Mission> missions = ReadingCorrections.apply(RegisterParser.parse(doc), corrections);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(RegisterFiles.REGISTRE, RegisterGraph.registre(missions, source.getFileName().toString(),
                sha256(source)).write());
        files.put(RegisterFiles.DROIT, RegisterGraph.droit(missions).write());
        return new RegisterImport(missions, files);
    }

    /** Writes the three files together (mode 0644); a failure leaves the folder as it was. */
    public void writeTo(Path dir) {
        Map<Path, byte[]> out = new LinkedHashMap<>();
        files.forEach((name, text) -> out.put(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8)));
        FileCommit.write(out);
    }

    public int finaliteCount() {
        return missions.stream().mapToInt(m -> m.finalites().size()).sum();
    }

    public int sousFinaliteCount() {
        return missions.stream().flatMap(m -> m.finalites().stream()).mapToInt(f -> f.sousFinalites().size()).sum();
    }

    public int baseCount() {
        return missions.stream().flatMap(m -> m.finalites().stream()).mapToInt(f -> f.bases().size()).sum();
    }

    public int texteCount() {
        return RegisterGraph.legalTexts(missions).size();
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new RegistreException(file + " : lecture impossible / cannot read (" + e + ")", e);
        }
    }
}
