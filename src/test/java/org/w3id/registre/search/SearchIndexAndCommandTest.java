package org.w3id.registre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.core.RegisterFiles;

import picocli.CommandLine;

/** The on-disk index of a TDB2 store, and {@code registre search} as a user runs it. */
class SearchIndexAndCommandTest {

    @Test
    void theDiskIndexIsBuiltOnceInTheStoreFolderThenReused(@TempDir Path tmp) {
        Path store = tmp.resolve("magasin");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        DatasetGraph tdb = RegisterStore.tdb(store, RegisterFiles.bundledFiles(), false, quiet);
        RegisterTextIndex.Indexed built = RegisterTextIndex.onDisk(tdb, store);
        assertFalse(built.reused());
        // One entry per indexed literal of the register and ontology (labels, texts as printed).
        RegisterTextIndex.Indexed memory = RegisterTextIndex.inMemory(RegisterStore.inMemory(
                RegisterFiles.loadBundled()));
        assertEquals(memory.entries(), built.entries());
        assertTrue(Files.isDirectory(store.resolve(RegisterTextIndex.FOLDER)));
        assertFalse(Files.exists(store.resolve(RegisterTextIndex.FOLDER + ".construction")));
        Map<Kind, List<SearchHit>> first = new RegisterSearch(built.dataset()).search(SearchQuery.parse("vidéo*"));
        built.dataset().close();
        TDBInternal.expel(tdb);

        DatasetGraph again = RegisterStore.tdb(store, RegisterFiles.bundledFiles(), false, quiet);
        RegisterTextIndex.Indexed reused = RegisterTextIndex.onDisk(again, store);
        assertTrue(reused.reused());
        Map<Kind, List<SearchHit>> second = new RegisterSearch(reused.dataset()).search(SearchQuery.parse("vidéo*"));
        assertEquals(2, RegisterSearch.count(second));
        assertEquals(first, second);
        reused.dataset().close();
        TDBInternal.expel(again);
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Registre.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void searchPrintsATableCsvOrJson() throws IOException {
        Run table = run("search", "dossier", "médical");
        assertEquals(0, table.code(), table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals("4 résultat(s) pour / result(s) for « dossier médical »", lines.get(0));
        assertEquals("Finalités / Purposes (finalités) (1)", lines.get(2));
        assertTrue(lines.get(3).endsWith("04-03  Gestion et mise en œuvre du Dossier Médical Partagé"), lines.get(3));
        assertEquals("          https://w3id.org/registre/cnam/finalite/04-03", lines.get(4));
        assertEquals("          prefLabel@fr : Gestion et mise en œuvre du ⟦Dossier Médical⟧ Partagé", lines.get(5));

        Run csv = run("search", "vidéo*", "--format", "csv");
        assertEquals(0, csv.code(), csv.err());
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.out())).getRecords();
        // One row per extract: each sous-finalité matches in its French label and in the project's English one.
        assertEquals(4, rows.size());
        assertEquals(List.of("sous-finalite", "https://w3id.org/registre/cnam/finalite/16-02/sous-finalite/6",
                "16-02", "Gestion de l'atelier photo et vidéo"),
                List.of(rows.get(0).get("genre"), rows.get(0).get("iri"), rows.get(0).get("identifiant"),
                        rows.get(0).get("libelle")));
        assertEquals(List.of("Assurer la ⟦vidéosurveillance⟧ des sites"), rows.stream()
                .filter(r -> r.get("iri").endsWith("16-05/sous-finalite/1") && r.get("langue").equals("fr"))
                .map(r -> r.get("extrait")).toList());

        Run json = run("search", "vidéo*", "--format", "json");
        assertEquals(0, json.code(), json.err());
        JsonObject o = JSON.parse(json.out());
        assertEquals(2, o.get("total").getAsNumber().value().intValue());
        assertEquals("+vidéo*", o.get("lucene").getAsString().value());
        List<String> frenchWords = new java.util.ArrayList<>();
        o.get("resultats").getAsArray().get(1).getAsObject().get("extraits").getAsArray().forEach(x -> {
            if (x.getAsObject().get("langue").getAsString().value().equals("fr")) {
                frenchWords.add(x.getAsObject().get("mots").getAsArray().get(0).getAsString().value());
            }
        });
        assertEquals(List.of("vidéosurveillance"), frenchWords);
    }

    @Test
    void aMalformedQueryExitsWithCode2AndAClearMessage() {
        Run r = run("search", "AND", "OR");
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("registre : Requête de recherche mal formée « AND OR » : un opérateur"),
                r.err());
        Run format = run("search", "fraude", "--format", "xml");
        assertEquals(2, format.code());
    }
}
