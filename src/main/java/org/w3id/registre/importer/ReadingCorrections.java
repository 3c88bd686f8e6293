package org.w3id.registre.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.registre.importer.CorrectionDeLecture.Kind;

/**
 * Applies {@code data/corrections-lecture.csv}, the reviewed list of the project's reading corrections, to the lists
 * of sous-finalités as parsed. A correction must quote its bullet exactly as printed, and a split must give back that
 * text item by item (only spaces and a stray "-" of the extraction may lie between two items): the file can only
 * cut the printed text, never reword it. Anything else stops the import with the file and line.
 */
final class ReadingCorrections {

    static final List<String> HEADER =
            List.of("finalite", "puce", "correction", "texte_imprime", "elements", "justification");
    /** Separates the items of a split in the {@code elements} cell; no item of the register contains it. */
    static final String SEPARATOR = " | ";

    private ReadingCorrections() {
    }

    static List<Mission> apply(List<Mission> missions, Path file) {
        Map<String, Finalite> byId = new LinkedHashMap<>();
        missions.forEach(m -> m.finalites().forEach(f -> byId.put(f.id(), f)));
        Map<String, CorrectionDeLecture> corrections = new LinkedHashMap<>();
        for (CuratedCsv.Row row : CuratedCsv.read(file, HEADER)) {
            CorrectionDeLecture c = correction(file, row, byId);
            if (corrections.putIfAbsent(c.finalite() + "/" + c.puce(), c) != null) {
                throw CuratedCsv.error(file, row, "puce " + c.finalite() + "/" + c.puce() + " déjà corrigée plus haut"
                        + " / bullet corrected twice");
            }
        }
        List<Mission> result = new ArrayList<>();
        for (Mission m : missions) {
            List<Finalite> finalites = new ArrayList<>();
            for (Finalite f : m.finalites()) {
                finalites.add(apply(f, corrections));
            }
            result.add(new Mission(m.id(), m.titre(), m.support(), m.ligne(), List.copyOf(finalites)));
        }
        return List.copyOf(result);
    }

    private static Finalite apply(Finalite f, Map<String, CorrectionDeLecture> corrections) {
        List<SousFinalite> items = new ArrayList<>();
        List<CorrectionDeLecture> applied = new ArrayList<>();
        for (SousFinalite printed : f.sousFinalites()) {
            CorrectionDeLecture c = corrections.get(f.id() + "/" + printed.rang());
            if (c == null) {
                items.add(new SousFinalite(items.size() + 1, printed.texte(), printed.elementsImbriques(),
                        printed.textes(), null));
                continue;
            }
            applied.add(c);
            if (c.kind() == Kind.SCISSION) {
                for (String element : c.elements()) {
                    items.add(new SousFinalite(items.size() + 1, element, List.of(),
                            new LegalCitationParser().parse(element), c));
                }
            }
        }
        return f.withSousFinalites(List.copyOf(items), List.copyOf(applied));
    }

    private static CorrectionDeLecture correction(Path file, CuratedCsv.Row row, Map<String, Finalite> byId) {
        List<String> cells = row.cells();
        String id = cells.get(0).strip();
        Finalite f = byId.get(id);
        if (f == null) {
            throw CuratedCsv.error(file, row, "finalité « " + id + " » inconnue du registre, attendu un identifiant"
                    + " MM-PP existant / unknown finalité, expected an existing MM-PP identifier");
        }
        int puce;
        try {
            puce = Integer.parseInt(cells.get(1).strip());
        } catch (NumberFormatException e) {
            puce = 0;
        }
        if (puce < 1 || puce > f.sousFinalites().size()) {
            throw CuratedCsv.error(file, row, "puce « " + cells.get(1) + " » : attendu un rang de 1 à "
                    + f.sousFinalites().size() + " dans la liste imprimée de " + id
                    + " / expected a bullet position of the printed list");
        }
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.code.equals(cells.get(2).strip())) {
                kind = k;
            }
        }
        if (kind == null) {
            throw CuratedCsv.error(file, row, "correction « " + cells.get(2) + " » : attendu « scission » ou « note »"
                    + " / expected \"scission\" or \"note\"");
        }
        SousFinalite printed = f.sousFinalites().get(puce - 1);
        String texte = cells.get(3);
        if (!texte.equals(printed.texte())) {
            throw CuratedCsv.error(file, row, "texte imprimé différent du document, attendu la puce " + id + "/" + puce
                    + " telle qu'imprimée : « " + printed.texte() + " » / printed text differs from the document");
        }
        if (!printed.elementsImbriques().isEmpty()) {
            throw CuratedCsv.error(file, row, "la puce " + id + "/" + puce + " a une liste imbriquée : attendu une puce"
                    + " simple / the bullet holds a nested list, expected a plain bullet");
        }
        List<String> elements = new ArrayList<>();
        if (!cells.get(4).isBlank()) {
            for (String e : cells.get(4).split(java.util.regex.Pattern.quote(SEPARATOR), -1)) {
                elements.add(e.strip());
            }
        }
        if (kind == Kind.NOTE && !elements.isEmpty()) {
            throw CuratedCsv.error(file, row, "une note n'a pas d'éléments : attendu une cellule « elements » vide"
                    + " / a note has no items, expected an empty elements cell");
        }
        if (kind == Kind.SCISSION && (elements.size() < 2 || !cutsExactly(texte, elements))) {
            throw CuratedCsv.error(file, row, "éléments « " + cells.get(4) + " » : attendu au moins deux éléments,"
                    + " séparés par « | », qui redonnent le texte imprimé dans l'ordre (seuls des espaces et un « - »"
                    + " perdu peuvent les séparer) / expected two or more items that give back the printed text");
        }
        if (cells.get(5).isBlank()) {
            throw CuratedCsv.error(file, row, "justification vide : attendu une phrase tirée du document"
                    + " / empty justification");
        }
        return new CorrectionDeLecture(id, puce, kind, texte, List.copyOf(elements), cells.get(5).strip(),
                row.line());
    }

    /** Whether the items, in order, are the whole printed text, with only spaces or a stray "-" between them. */
    static boolean cutsExactly(String printed, List<String> elements) {
        int at = 0;
        for (int k = 0; k < elements.size(); k++) {
            String e = elements.get(k);
            if (e.isEmpty()) {
                return false;
            }
            if (k > 0) {
                int gap = at;
                while (at < printed.length() && Character.isWhitespace(printed.charAt(at))) {
                    at++;
                }
                if (at < printed.length() && printed.charAt(at) == '-') {
                    at++;
                }
                if (at == gap) {
                    return false; // two items glued without even a space: not a lost bullet
                }
            }
            if (!printed.startsWith(e, at)) {
                return false;
            }
            at += e.length();
        }
        return at == printed.length();
    }
}
