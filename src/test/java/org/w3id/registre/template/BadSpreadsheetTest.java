package org.w3id.registre.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;

import com.github.miachm.sods.SpreadSheet;

/**
 * Bad register spreadsheets: each stops {@code registre import} with exit code 2 and one message naming the file, the
 * sheet, the cell and what was expected; nothing is written.
 */
class BadSpreadsheetTest {

    @TempDir
    Path tmp;

    /** The municipality's register as a two-sheet workbook, to spoil one cell at a time. */
    static Workbook good() {
        return TemplateWriter.write(RDFDataMgr.loadModel(TemplateRoundTripTest.EXPECTED.toString()), null, false,
                "x");
    }

    static Table activities(Workbook book) {
        return book.sheet(TemplateReader.ACTIVITES).orElseThrow();
    }

    static void set(Workbook book, int row, TemplateColumn column, Object value) {
        activities(book).rows().get(row).set(column.ordinal(), value);
    }

    Path write(Workbook book, SpreadsheetFormat format) throws Exception {
        Path file = tmp.resolve("registre." + format.extension);
        Files.write(file, format.write(book));
        return file;
    }

    void assertRefused(Path file, String expected) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("sortie"));
        StringWriter err = new StringWriter();
        var cli = Registre.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("import", file.toString(), "--out", out.toString());
        assertEquals("registre : " + file + " : " + expected, err.toString().strip());
        assertEquals(2, code);
        try (Stream<Path> written = Files.list(out)) {
            assertEquals(List.of(), written.toList(), "nothing written");
        }
    }

    Path spoiled(SpreadsheetFormat format, Consumer<Workbook> spoil) throws Exception {
        Workbook book = good();
        spoil.accept(book);
        return write(book, format);
    }

    @Test
    void aMissingColumn() throws Exception {
        Path file = spoiled(SpreadsheetFormat.ODS, b -> activities(b).rows()
                .forEach(r -> r.remove(TemplateColumn.SOUS_FINALITES.ordinal())));
        assertRefused(file, "feuille / sheet « Activités », cellule / cell V1 : colonne « Sous-finalités /"
                + " Sub-purposes » manquante ; attendu toutes les colonnes du modèle sur la ligne 1 / missing column;"
                + " expected every template column on row 1");
    }

    @Test
    void mergedCellsInOds() throws Exception {
        Path file = write(good(), SpreadsheetFormat.ODS);
        SpreadSheet ods = new SpreadSheet(file.toFile());
        ods.getSheet(TemplateReader.ACTIVITES).getRange(2, 1, 2, 1).merge();
        ods.save(file.toFile());
        assertRefused(file, "feuille / sheet « Activités », cellule / cell B3 : cellules fusionnées B3:B4 ; attendu"
                + " une valeur par cellule / merged cells; expected one value per cell");
    }

    @Test
    void mergedCellsInXlsx() throws Exception {
        Path file = write(good(), SpreadsheetFormat.XLSX);
        try (XSSFWorkbook xlsx = new XSSFWorkbook(Files.newInputStream(file))) {
            xlsx.getSheet(TemplateReader.ACTIVITES).addMergedRegion(new CellRangeAddress(4, 5, 10, 10));
            try (OutputStream out = new FileOutputStream(file.toFile())) {
                xlsx.write(out);
            }
        }
        assertRefused(file, "feuille / sheet « Activités », cellule / cell K5 : cellules fusionnées K5:K6 ; attendu"
                + " une valeur par cellule / merged cells; expected one value per cell");
    }

    /** The identifier of a register that would give its validation page the path of the site's detailed report. */
    @Test
    void anIdentifierTheSiteKeepsForItsOwnPage() throws Exception {
        String reserved = "identifiant de registre « rapport » réservé : /validation/rapport est la page du rapport"
                + " détaillé de la validation, la page de validation du registre y serait cachée ; attendu un autre"
                + " identifiant / register identifier « rapport » is reserved: /validation/rapport is the detailed"
                + " validation report, the register's validation page would be hidden there; expected another"
                + " identifier";
        Path ods = spoiled(SpreadsheetFormat.ODS, b -> b.sheet(TemplateReader.ORGANISME).orElseThrow().rows().get(0)
                .set(1, "rapport"));
        assertRefused(ods, "feuille / sheet « Organisme », cellule / cell B1 : " + reserved);
        Workbook book = TemplateWriter.write(RDFDataMgr.loadModel(TemplateRoundTripTest.EXPECTED.toString()), null,
                true, "x");
        List<List<Object>> rows = book.sheets().get(0).rows();
        rows.subList(1, rows.size()).forEach(r -> r.set(0, "rapport"));
        assertRefused(write(book, SpreadsheetFormat.CSV), "enregistrement / record 2, colonne / column A : " + reserved);
    }

    @Test
    void aLetterOutsideAToF() throws Exception {
        Path file = spoiled(SpreadsheetFormat.ODS, b -> set(b, 2, TemplateColumn.BASES, "6-1-c\n6-1-g : pour voir"));
        assertRefused(file, "feuille / sheet « Activités », cellule / cell K3 : lettre « g » hors de a–f ; attendu"
                + " une base de l'article 6(1) du RGPD, a à f / letter outside a–f; expected a GDPR Art. 6(1) basis,"
                + " a to f");
    }

    @Test
    void aLetterOutsideAToFInCsv() throws Exception {
        Workbook book = TemplateWriter.write(RDFDataMgr.loadModel(TemplateRoundTripTest.EXPECTED.toString()), null,
                true, "x");
        book.sheets().get(0).rows().get(2).set(5 + TemplateColumn.BASES.ordinal(), "h");
        assertRefused(write(book, SpreadsheetFormat.CSV), "enregistrement / record 3, colonne / column P : lettre"
                + " « h » hors de a–f ; attendu une base de l'article 6(1) du RGPD, a à f / letter outside a–f;"
                + " expected a GDPR Art. 6(1) basis, a to f");
    }

    @Test
    void anUnknownCategory() throws Exception {
        Path file = spoiled(SpreadsheetFormat.XLSX, b -> set(b, 3, TemplateColumn.DONNEES,
                "Coordonnées\nDonnées de pêche : 3 ans"));
        assertRefused(file, "feuille / sheet « Activités », cellule / cell O4 : catégorie « Données de pêche »"
                + " inconnue dans cette colonne ; attendu l'une de : " + DataCategory.names(DataCategory.Genre.COURANTE)
                + " (suivie s'il le faut de « : durée de conservation ») / unknown category in this column");
    }

    @Test
    void aSensitiveCategoryInTheOrdinaryColumn() throws Exception {
        Path file = spoiled(SpreadsheetFormat.ODS, b -> set(b, 3, TemplateColumn.DONNEES, "Données de santé"));
        assertRefused(file, "feuille / sheet « Activités », cellule / cell O4 : catégorie « Données de santé »"
                + " inconnue dans cette colonne ; attendu l'une de : " + DataCategory.names(DataCategory.Genre.COURANTE)
                + " (suivie s'il le faut de « : durée de conservation ») / unknown category in this column");
    }

    @Test
    void anEmptyActivityName() throws Exception {
        Path file = spoiled(SpreadsheetFormat.ODS, b -> set(b, 4, TemplateColumn.NOM, null));
        assertRefused(file, "feuille / sheet « Activités », cellule / cell B5 : nom de l'activité vide ; attendu un"
                + " nom / empty activity name; expected a name");
    }

    @Test
    void aDateThatIsNotADate() throws Exception {
        Path file = spoiled(SpreadsheetFormat.XLSX, b -> set(b, 5, TemplateColumn.CREATION, "bientôt"));
        assertRefused(file, "feuille / sheet « Activités », cellule / cell E6 : « bientôt » n'est pas une date ;"
                + " attendu AAAA-MM-JJ ou JJ/MM/AAAA / not a date; expected YYYY-MM-DD or DD/MM/YYYY");
    }

    @Test
    void aMissingSheet() throws Exception {
        Workbook book = good();
        Workbook onlyActivities = new Workbook("x", new ArrayList<>(List.of(activities(book))));
        Path file = write(onlyActivities, SpreadsheetFormat.ODS);
        assertRefused(file, "feuille « Organisme » introuvable ; attendu les feuilles « Organisme » et « Activités »"
                + " du modèle / sheet not found; expected the template's sheets");
    }

    @Test
    void notASpreadsheetAtAll() throws Exception {
        Path file = Files.writeString(tmp.resolve("registre.xlsx"), "pas un classeur");
        StringWriter err = new StringWriter();
        var cli = Registre.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertEquals(2, cli.execute("import", file.toString(), "--out", tmp.resolve("sortie").toString()));
        assertEquals(true, err.toString().startsWith("registre : " + file + " : illisible comme XLSX ; attendu un"
                + " classeur XLSX / unreadable as XLSX; expected a XLSX spreadsheet ("), err.toString());
    }
}
