package org.w3id.registre.importer;

import static org.w3id.registre.core.Prefixes.BASE;
import static org.w3id.registre.core.Prefixes.DCT;
import static org.w3id.registre.core.Prefixes.DPV;
import static org.w3id.registre.core.Prefixes.PD;
import static org.w3id.registre.core.Prefixes.PROV;
import static org.w3id.registre.core.Prefixes.REG;
import static org.w3id.registre.core.Prefixes.SKOS;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project's reading of the document: what data, whom and which operations each finalité concerns, and when a
 * cited text stopped applying, read from two reviewed CSV files. The document states none of it; each row quotes the
 * words of the finalité that justify it, and the import refuses a row whose words the finalité does not print. Each
 * row becomes one {@code reg:LectureDuProjet} node ({@code …/finalite/MM-PP/lecture/N}), attributed to the project.
 */
final class LectureDuProjet {

    static final List<String> HEADER = List.of("finalite", "lien", "concept", "mots");
    static final List<String> TEXT_HEADER = List.of("finalite", "texte", "fin", "mots", "note");

    /** The column "lien": which property of the reading links it to the concept. */
    private static final Map<String, String> LIENS = Map.of(
            "donnees", DPV + "hasPersonalData",
            "personnes", DPV + "hasDataSubject",
            "operation", REG + "operation");
    private static final Map<String, String> PREFIXES = Map.of("dpv", DPV, "pd", PD, "reg", REG);

    private LectureDuProjet() {
    }

    static void addTo(OrderedTurtle doc, List<Mission> missions, Path readings, Path texts) {
        Map<String, Finalite> finalites = new LinkedHashMap<>();
        missions.forEach(m -> m.finalites().forEach(f -> finalites.put(f.id(), f)));
        Map<String, Integer> rank = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (CuratedCsv.Row row : CuratedCsv.read(readings, HEADER)) {
            Finalite f = finalite(readings, row, finalites);
            String lien = row.cells().get(1).strip();
            if (!LIENS.containsKey(lien)) {
                throw CuratedCsv.error(readings, row, "lien « " + lien + " », attendu l'un de " + new TreeSet<>(
                        LIENS.keySet()) + " / expected one of these links");
            }
            String concept = expand(readings, row, row.cells().get(2).strip());
            String mots = quotedWords(readings, row, f, row.cells().get(3));
            if (!seen.add(f.id() + " " + lien + " " + concept)) {
                throw CuratedCsv.error(readings, row, "« " + row.cells().get(2).strip() + " » déjà lu pour la finalité "
                        + f.id() + " / already read for this finalité");
            }
            reading(doc, f, rank)
                    .iri(REG + "porteSur", RegisterGraph.finaliteIri(f.id()))
                    .iri(LIENS.get(lien), concept)
                    .text(REG + "motsDuDocument", mots, "fr");
        }
        for (CuratedCsv.Row row : CuratedCsv.read(texts, TEXT_HEADER)) {
            Finalite f = finalite(texts, row, finalites);
            String texte = row.cells().get(1).strip();
            boolean cited = f.bases().stream().flatMap(b -> b.textes().stream()).anyMatch(t -> t.chemin().equals(texte));
            if (!cited) {
                throw CuratedCsv.error(texts, row, "texte « " + texte + " » non cité par les fondements de la finalité "
                        + f.id() + ", attendu un chemin comme droit/css/L111-2-2 / text not cited by this finalité");
            }
            LocalDate fin;
            try {
                fin = LocalDate.parse(row.cells().get(2).strip());
            } catch (DateTimeParseException e) {
                throw CuratedCsv.error(texts, row, "date « " + row.cells().get(2).strip() + " », attendu AAAA-MM-JJ"
                        + " / expected YYYY-MM-DD");
            }
            String mots = quotedWords(texts, row, f, row.cells().get(3));
            String note = row.cells().get(4).strip();
            if (note.isEmpty()) {
                throw CuratedCsv.error(texts, row, "note vide : dire d'où vient la date / empty note: say where the date"
                        + " comes from");
            }
            reading(doc, f, rank)
                    .iri(REG + "porteSur", BASE + texte)
                    .iri(DCT + "isPartOf", RegisterGraph.finaliteIri(f.id()))
                    .date(REG + "finDApplication", fin)
                    .text(REG + "motsDuDocument", mots, "fr")
                    .text(SKOS + "note", note, "fr");
        }
    }

    private static OrderedTurtle.Subject reading(OrderedTurtle doc, Finalite f, Map<String, Integer> rank) {
        int n = rank.merge(f.id(), 1, Integer::sum);
        return doc.subject(RegisterGraph.finaliteIri(f.id()) + "/lecture/" + n)
                .iri(OrderedTurtle.RDF_TYPE, REG + "LectureDuProjet")
                .integer(REG + "rang", n)
                .iri(PROV + "wasAttributedTo", Alignment.PROJET)
                .iri(PROV + "wasDerivedFrom", RegisterGraph.DOCUMENT);
    }

    private static Finalite finalite(Path file, CuratedCsv.Row row, Map<String, Finalite> finalites) {
        String id = row.cells().get(0).strip();
        Finalite f = finalites.get(id);
        if (f == null) {
            throw CuratedCsv.error(file, row, "finalité « " + id + " » inconnue du registre, attendu un identifiant"
                    + " MM-PP existant / unknown finalité, expected an existing MM-PP identifier");
        }
        return f;
    }

    /** The words as the finalité prints them: in its title, its overview label, a sous-finalité or a fondement. */
    private static String quotedWords(Path file, CuratedCsv.Row row, Finalite f, String cell) {
        String mots = cell.strip();
        if (mots.isEmpty()) {
            throw CuratedCsv.error(file, row, "mots du document vides / empty quoted words");
        }
        StringBuilder printed = new StringBuilder(f.titre());
        if (f.libelleSynthese() != null) {
            printed.append('\n').append(f.libelleSynthese());
        }
        f.sousFinalites().forEach(s -> printed.append('\n').append(s.texte()));
        f.fondements().forEach(b -> printed.append('\n').append(b));
        if (!printed.toString().contains(mots)) {
            throw CuratedCsv.error(file, row, "« " + mots + " » ne figure pas dans le texte de la finalité " + f.id()
                    + " (titre, sous-finalités, fondements), attendu une citation à la lettre / these words are not"
                    + " printed in this finalité, expected a verbatim quote");
        }
        return mots;
    }

    private static String expand(Path file, CuratedCsv.Row row, String curie) {
        int colon = curie.indexOf(':');
        String ns = colon < 0 ? null : PREFIXES.get(curie.substring(0, colon));
        if (ns == null || !curie.substring(colon + 1).matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw CuratedCsv.error(file, row, "« " + curie + " » : attendu un nom préfixé parmi " + new TreeSet<>(
                    PREFIXES.keySet()) + " / expected a prefixed name with a known prefix");
        }
        return ns + curie.substring(colon + 1);
    }
}
