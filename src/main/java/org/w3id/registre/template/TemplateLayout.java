package org.w3id.registre.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.w3id.registre.core.RegisterIdentifier;
import org.w3id.registre.core.RegistreException;

/**
 * Where a register spreadsheet keeps what: the organisation (its own sheet, or columns repeated on every row of a
 * CSV), the header row of the activities, and no merged cell where a value is expected. Every error names the file,
 * the sheet and the cell.
 */
final class TemplateLayout {

    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private final Workbook book;

    TemplateLayout(Workbook book) {
        this.book = book;
    }

    /** The error for a cell: the file, the sheet and cell, and what was expected. */
    RegistreException error(Table t, int row, int col, String what) {
        return new RegistreException(book.file() + " : " + t.where(row, col) + " : " + what);
    }

    RegistreException error(String what) {
        return new RegistreException(book.file() + " : " + what);
    }

    void noMergedCells(Table t, int fromRow) {
        for (int[] m : t.merged()) {
            if (m[2] >= fromRow) {
                throw error(t, m[0], m[1], "cellules fusionnées " + Table.column(m[1]) + (m[0] + 1) + ":"
                        + Table.column(m[3]) + (m[2] + 1) + " ; attendu une valeur par cellule / merged cells;"
                        + " expected one value per cell");
            }
        }
    }

    Map<OrganisationField, String> organisationFromSheet(Table t) {
        Map<OrganisationField, String> org = new EnumMap<>(OrganisationField.class);
        for (int row = 0; row < t.rows().size(); row++) {
            String label = t.text(row, 0);
            if (label == null) {
                continue;
            }
            OrganisationField field = null;
            for (OrganisationField f : OrganisationField.values()) {
                if (f.named(label)) {
                    field = f;
                }
            }
            if (field == null) {
                throw error(t, row, 0, "champ « " + label + " » inconnu ; attendu l'un de " + fieldNames()
                        + " / unknown field");
            }
            org.put(field, checkOrgValue(field, t.text(row, 1), t, row, 1));
        }
        for (OrganisationField f : OrganisationField.values()) {
            if (f.required && org.get(f) == null) {
                throw error("feuille / sheet « " + t.name() + " » : champ « " + f.header() + " » manquant ;"
                        + " attendu en colonne A, sa valeur en colonne B / missing field; expected in column A, its"
                        + " value in column B");
            }
        }
        return org;
    }

    private String checkOrgValue(OrganisationField f, String value, Table t, int row, int col) {
        if (f.required && value == null) {
            throw error(t, row, col, "« " + f.header() + " » vide ; attendu une valeur / empty; expected a value");
        }
        if (f == OrganisationField.IDENTIFIANT && !SLUG.matcher(value).matches()) {
            throw error(t, row, col, "identifiant « " + value + " » : attendu des minuscules, chiffres et tirets"
                    + " (il forme les IRI, ex. « ville-exemple ») / expected lower-case letters, digits and dashes");
        }
        if (f == OrganisationField.IDENTIFIANT && RegisterIdentifier.refusal(value).isPresent()) {
            throw error(t, row, col, RegisterIdentifier.refusal(value).get());
        }
        return value;
    }

    private static String fieldNames() {
        List<String> names = new ArrayList<>();
        for (OrganisationField f : OrganisationField.values()) {
            names.add("« " + f.fr + " »");
        }
        return String.join(", ", names);
    }

    Map<OrganisationField, String> organisationFromColumns(Table t, Map<OrganisationField, Integer> cols) {
        Map<OrganisationField, String> org = new EnumMap<>(OrganisationField.class);
        for (OrganisationField f : OrganisationField.values()) {
            Integer col = cols.get(f);
            if (col == null) {
                if (f.required) {
                    throw error(t, 0, 0, "colonne « " + f.header() + " » manquante ; attendu les colonnes de"
                            + " l'organisme puis celles des activités / missing column");
                }
                continue;
            }
            String first = null;
            for (int row = 1; row < t.rows().size(); row++) {
                String v = t.text(row, col);
                if (row == 1) {
                    first = checkOrgValue(f, v, t, row, col);
                } else if (!java.util.Objects.equals(first, v)) {
                    throw error(t, row, col, "« " + v + " » : attendu la même valeur qu'à la première ligne, « "
                            + first + " » (un registre par fichier) / expected the same value as on the first row");
                }
            }
            org.put(f, first);
        }
        return org;
    }

    /** Where each column is; every column of the template must be there, and nothing else. */
    Map<TemplateColumn, Integer> header(Table t, Map<OrganisationField, Integer> orgColumns) {
        Map<TemplateColumn, Integer> cols = new EnumMap<>(TemplateColumn.class);
        if (t.rows().isEmpty()) {
            throw error(t, 0, 0, "feuille vide ; attendu une ligne d'en-tête / empty sheet; expected a header row");
        }
        List<Object> header = t.rows().get(0);
        for (int c = 0; c < header.size(); c++) {
            String h = t.text(0, c);
            if (h == null) {
                continue;
            }
            boolean known = false;
            for (TemplateColumn col : TemplateColumn.values()) {
                if (col.named(h)) {
                    cols.put(col, c);
                    known = true;
                }
            }
            if (orgColumns != null) {
                for (OrganisationField f : OrganisationField.values()) {
                    if (f.named(h)) {
                        orgColumns.put(f, c);
                        known = true;
                    }
                }
            }
            if (!known) {
                throw error(t, 0, c, "colonne « " + h + " » inconnue ; attendu une colonne du modèle"
                        + " / unknown column; expected one of the template's");
            }
        }
        for (TemplateColumn col : TemplateColumn.values()) {
            if (!cols.containsKey(col)) {
                throw error(t, 0, header.size(), "colonne « " + col.header() + " » manquante ; attendu toutes les"
                        + " colonnes du modèle sur la ligne 1 / missing column; expected every template column on"
                        + " row 1");
            }
        }
        return cols;
    }

    /** A date cell, read as a date by the spreadsheet library or written as text; empty when the cell is. */
    java.util.Optional<LocalDate> date(Table t, int row, int col) {
        Object v = t.value(row, col);
        if (v == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(v instanceof LocalDate d ? d : parseDate(t, row, col, v.toString().strip()));
    }

    /** A date cell: ISO or French day/month/year. */
    LocalDate parseDate(Table t, int row, int col, String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw error(t, row, col, "« " + text + " » n'est pas une date ; attendu AAAA-MM-JJ ou JJ/MM/AAAA"
                    + " / not a date; expected YYYY-MM-DD or DD/MM/YYYY");
        }
    }
}
