package org.w3id.registre.importer;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.registre.core.RegistreException;

/**
 * The project's English labels of the sous-finalités ({@code traductions-sous-finalites-en.csv}): one row per
 * sous-finalité, keyed {@code MM-PP/N} as its IRI ({@code cnam/finalite/MM-PP/sous-finalite/N}), with the French text
 * as the register prints it beside the English, so that a reviewer reads both on one line. The French cell is checked
 * against the document as read: a translation of words the register no longer prints, or of another item, is
 * refused rather than silently attached; so is a sous-finalité left without one.
 */
final class TraductionsDesSousFinalites {

    static final List<String> HEADER = List.of("sous_finalite", "texte_fr", "label_en");

    private TraductionsDesSousFinalites() {
    }

    /** The English label of each sous-finalité, keyed {@code MM-PP/N}; every sous-finalité has one. */
    static Map<String, String> read(Path file, List<Mission> missions) {
        Map<String, SousFinalite> items = new LinkedHashMap<>();
        for (Mission m : missions) {
            for (Finalite f : m.finalites()) {
                f.sousFinalites().forEach(sf -> items.put(key(f, sf), sf));
            }
        }
        List<CuratedCsv.Row> rows = CuratedCsv.read(file, HEADER);
        Map<String, String> english = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new LinkedHashMap<>();
        for (CuratedCsv.Row row : rows) {
            String key = row.cells().get(0).strip();
            SousFinalite sf = items.get(key);
            if (sf == null) {
                throw CuratedCsv.error(file, row, "sous-finalité « " + key + " » inconnue du registre, attendu MM-PP/N"
                        + " d'une sous-finalité lue (cnam/finalite/MM-PP/sous-finalite/N) / unknown sous-finalité,"
                        + " expected MM-PP/N of an existing one");
            }
            if (english.containsKey(key)) {
                throw CuratedCsv.error(file, row, "sous-finalité « " + key + " » déjà traduite ligne "
                        + lineOf.get(key) + " / translated twice");
            }
            if (!row.cells().get(1).equals(sf.texte())) {
                throw CuratedCsv.error(file, row, "texte français de « " + key + " » différent du registre : « "
                        + row.cells().get(1) + " », attendu « " + sf.texte() + " » / French text differs from the"
                        + " register");
            }
            if (row.cells().get(2).isBlank()) {
                throw CuratedCsv.error(file, row, "libellé anglais vide / empty English label");
            }
            english.put(key, row.cells().get(2).strip());
            lineOf.put(key, row.line());
        }
        // A missing row is reported where it belongs: before the row of the next sous-finalité, in the document's
        // order, that has one (the file follows that order), or at the end of the file.
        List<String> keys = List.copyOf(items.keySet());
        for (int i = 0; i < keys.size(); i++) {
            String missing = keys.get(i);
            if (lineOf.containsKey(missing)) {
                continue;
            }
            Integer line = keys.subList(i + 1, keys.size()).stream().filter(lineOf::containsKey).findFirst()
                    .map(lineOf::get).orElse(null);
            String where = line == null ? "en fin de fichier / at the end of the file"
                    : "avant cette ligne / before this line";
            int at = line != null ? line : rows.isEmpty() ? 2 : rows.get(rows.size() - 1).line() + 1;
            throw new RegistreException(file + ":" + at + " : aucune traduction de la sous-finalité « " + missing
                    + " » (« " + items.get(missing).texte() + " »), attendu une ligne « " + missing + ",texte"
                    + " français,libellé anglais » " + where + " / no translation for this sous-finalité");
        }
        return english;
    }

    static String key(Finalite f, SousFinalite sf) {
        return f.id() + "/" + sf.rang();
    }
}
