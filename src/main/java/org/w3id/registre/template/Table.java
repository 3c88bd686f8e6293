package org.w3id.registre.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One sheet of a register spreadsheet as read: its name, its cells (a {@link String}, a {@link LocalDate} or null),
 * its merged ranges, and how to name a cell in an error message.
 *
 * @param name    the sheet's name ("Activités")
 * @param rows    the rows, each a list of cell values (trailing empty cells may be missing)
 * @param merged  the merged ranges, as {first row, first column, last row, last column}, 0-based
 * @param csv     whether the table comes from a CSV file (cells are then named by line and column)
 */
public record Table(String name, List<List<Object>> rows, List<int[]> merged, boolean csv) {

    /** An empty table to fill row by row (writers). */
    public static Table empty(String name) {
        return new Table(name, new ArrayList<>(), new ArrayList<>(), false);
    }

    /** The value at (row, col), 0-based; null when empty or out of range. */
    public Object value(int row, int col) {
        if (row >= rows.size()) {
            return null;
        }
        List<Object> r = rows.get(row);
        if (col >= r.size()) {
            return null;
        }
        Object v = r.get(col);
        return v instanceof String s && s.isBlank() ? null : v;
    }

    /** The value as text, stripped; null when empty. A date reads as its ISO form. */
    /** A list cell: one item per line, blank lines dropped, each stripped. */
    public List<String> lines(int row, int col) {
        String text = text(row, col);
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    public String text(int row, int col) {
        Object v = value(row, col);
        return v == null ? null : v.toString().strip();
    }

    /** "feuille « Activités », cellule C5" — or, for a CSV file, "enregistrement 5, colonne C" (a record may span lines). */
    public String where(int row, int col) {
        return csv ? "enregistrement / record " + (row + 1) + ", colonne / column " + column(col)
                : "feuille / sheet « " + name + " », cellule / cell " + column(col) + (row + 1);
    }

    /** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
    public static String column(int col) {
        StringBuilder s = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** Appends a row (writers). */
    public void add(List<Object> row) {
        rows.add(new ArrayList<>(row));
    }
}
