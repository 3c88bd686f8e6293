package org.w3id.registre.importer;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;

/**
 * The project's reviewed CSV files (DPV alignment, translations, the reading of data and data subjects): RFC 4180,
 * a fixed header, the same number of cells on every row; errors name the file and the line.
 */
final class CuratedCsv {

    record Row(int line, List<String> cells) {
    }

    private CuratedCsv() {
    }

    static List<Row> read(Path file, List<String> header) {
        RegisterFiles.requireFile(file);
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            boolean first = true;
            for (CSVRecord record : parser) {
                Row row = new Row((int) parser.getCurrentLineNumber(), record.toList());
                if (first) {
                    if (!row.cells().equals(header)) {
                        throw error(file, row, "en-tête " + row.cells() + ", attendu " + header
                                + " / header found, expected " + header);
                    }
                    first = false;
                } else if (row.cells().size() != header.size()) {
                    throw error(file, row, row.cells().size() + " colonnes, attendu " + header.size() + " " + header
                            + " / columns found, expected " + header.size());
                } else {
                    rows.add(row);
                }
            }
            if (first) {
                throw new RegistreException(file + ":1 : fichier vide, attendu l'en-tête " + header
                        + " / empty file, expected the header " + header);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new RegistreException(file + " : CSV illisible / unreadable CSV: " + e.getMessage(), e);
        }
        return rows;
    }

    static RegistreException error(Path file, Row row, String message) {
        return new RegistreException(file + ":" + row.line() + " : " + message);
    }
}
