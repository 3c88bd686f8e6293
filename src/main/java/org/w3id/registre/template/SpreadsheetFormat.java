package org.w3id.registre.template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.w3id.registre.core.RegistreException;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.SpreadSheet;

/** The three forms of a register spreadsheet: ODS (the CNIL's own), XLSX, and CSV (the activities alone). */
public enum SpreadsheetFormat {
    ODS("ods"), XLSX("xlsx"), CSV("csv");

    public final String extension;

    SpreadsheetFormat(String extension) {
        this.extension = extension;
    }

    /** The format a file name announces, or null. */
    public static SpreadsheetFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (SpreadsheetFormat f : values()) {
            if (name.endsWith("." + f.extension)) {
                return f;
            }
        }
        return null;
    }

    /** Reads every sheet; a file that is not what its extension says stops with the file and what was expected. */
    public Workbook read(Path file) {
        try {
            return switch (this) {
                case ODS -> readOds(file);
                case XLSX -> readXlsx(file);
                case CSV -> readCsv(file);
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof RegistreException r) {
                throw r;
            }
            throw new RegistreException(file + " : illisible comme " + name() + " ; attendu un classeur " + name()
                    + " / unreadable as " + name() + "; expected a " + name() + " spreadsheet (" + e.getMessage() + ")",
                    e);
        }
    }

    /** The workbook as the bytes of a file of this format. */
    public byte[] write(Workbook workbook) {
        try {
            return switch (this) {
                case ODS -> writeOds(workbook);
                case XLSX -> writeXlsx(workbook);
                case CSV -> writeCsv(workbook.sheets().get(0));
            };
        } catch (IOException e) {
            throw new RegistreException(workbook.file() + " : écriture " + name() + " impossible / cannot write "
                    + name() + " (" + e.getMessage() + ")", e);
        }
    }

    private static Workbook readOds(Path file) throws IOException {
        SpreadSheet ods;
        try (InputStream in = Files.newInputStream(file)) {
            ods = new SpreadSheet(in);
        }
        List<Table> tables = new ArrayList<>();
        for (com.github.miachm.sods.Sheet sheet : ods.getSheets()) {
            Range data = sheet.getDataRange();
            Object[][] values = data.getValues();
            List<List<Object>> rows = new ArrayList<>();
            for (Object[] r : values) {
                List<Object> row = new ArrayList<>();
                for (Object v : r) {
                    row.add(cell(v));
                }
                rows.add(row);
            }
            List<int[]> merged = new ArrayList<>();
            for (Range m : data.getMergedCells()) {
                merged.add(new int[] {m.getRow(), m.getColumn(), m.getLastRow(), m.getLastColumn()});
            }
            tables.add(new Table(sheet.getName(), rows, merged, false));
        }
        return new Workbook(file.toString(), tables);
    }

    /** An ODS value as a cell: text, a date, or a number written as the template's text would be. */
    private static Object cell(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate || v instanceof String) {
            return v;
        }
        if (v instanceof LocalDateTime t) {
            return t.toLocalDate();
        }
        if (v instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
            return Long.toString(d.longValue());
        }
        return v.toString();
    }

    private static Workbook readXlsx(Path file) throws IOException {
        List<Table> tables = new ArrayList<>();
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook xlsx = new XSSFWorkbook(in)) {
            for (Sheet sheet : xlsx) {
                List<List<Object>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(cell(row.getCell(c), formatter));
                        }
                    }
                    rows.add(cells);
                }
                List<int[]> merged = new ArrayList<>();
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    merged.add(new int[] {m.getFirstRow(), m.getFirstColumn(), m.getLastRow(), m.getLastColumn()});
                }
                tables.add(new Table(sheet.getSheetName(), rows, merged, false));
            }
        }
        return new Workbook(file.toString(), tables);
    }

    private static Object cell(Cell cell, DataFormatter formatter) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        if (cell.getCellType() == CellType.STRING) {
            return cell.getStringCellValue();
        }
        return formatter.formatCellValue(cell);
    }

    private static Workbook readCsv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new RegistreException(file + " : pas en UTF-8 ; attendu un CSV en UTF-8 / not UTF-8; expected a"
                    + " UTF-8 CSV file", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<Object>> rows = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text);
             CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
            for (CSVRecord record : parser) {
                rows.add(new ArrayList<>(record.toList()));
            }
        } catch (java.io.UncheckedIOException e) {
            throw new RegistreException(file + " : CSV mal formé / malformed CSV (" + e.getMessage() + ")", e);
        }
        String name = file.getFileName().toString();
        return new Workbook(file.toString(), List.of(new Table(name.substring(0, name.length() - 4), rows,
                List.of(), true)));
    }

    private static byte[] writeOds(Workbook workbook) throws IOException {
        SpreadSheet ods = new SpreadSheet();
        for (Table t : workbook.sheets()) {
            int cols = t.rows().stream().mapToInt(List::size).max().orElse(1);
            com.github.miachm.sods.Sheet sheet = new com.github.miachm.sods.Sheet(t.name(),
                    Math.max(1, t.rows().size()), cols);
            Object[][] values = new Object[Math.max(1, t.rows().size())][cols];
            for (int r = 0; r < t.rows().size(); r++) {
                for (int c = 0; c < t.rows().get(r).size(); c++) {
                    values[r][c] = t.rows().get(r).get(c);
                }
            }
            sheet.getDataRange().setValues(values);
            sheet.getRange(0, 0, 1, cols).setFontBold(true);
            ods.appendSheet(sheet);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ods.save(out);
        return out.toByteArray();
    }

    private static byte[] writeXlsx(Workbook workbook) throws IOException {
        try (XSSFWorkbook xlsx = new XSSFWorkbook()) {
            CellStyle date = xlsx.createCellStyle();
            date.setDataFormat(xlsx.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle wrap = xlsx.createCellStyle();
            wrap.setWrapText(true);
            for (Table t : workbook.sheets()) {
                Sheet sheet = xlsx.createSheet(t.name());
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Object> values = t.rows().get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else {
                            cell.setCellValue(v.toString());
                            if (v.toString().contains("\n")) {
                                cell.setCellStyle(wrap);
                            }
                        }
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            xlsx.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] writeCsv(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            for (List<Object> row : table.rows()) {
                csv.printRecord(row.stream().map(v -> v == null ? "" : v.toString()).toList());
            }
        }
        return out.toByteArray();
    }
}
