package org.w3id.registre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.resultset.ResultsCompare;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.query.QueryAnswer;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.server.RegisterServer;
import org.w3id.registre.server.RegisterServerTest;
import org.w3id.registre.server.ServeOptions;

/** {@code --tdb}: load once, reuse on restart with the same answers, rebuild on {@code --reload}, refuse bad paths. */
class RegisterStoreTest {

    static final Path FIXTURE = Path.of("src/test/resources/fixture/registre-mini.ttl");

    @TempDir
    Path tmp;

    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

    String log() {
        return log.toString(StandardCharsets.UTF_8);
    }

    static long size(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
    }

    @Test
    void loadRestartSameAnswersThenReload() throws Exception {
        Path store = tmp.resolve("magasin");
        DatasetGraph first = RegisterStore.tdb(store, List.of(FIXTURE), false, out);
        assertTrue(log().contains("Chargement / loading " + FIXTURE), log());
        assertTrue(log().contains("Magasin TDB2 prêt / TDB2 store ready"), log());
        assertEquals(RegisterServerTest.FIXTURE_TRIPLES, size(first));
        assertTrue(Files.isRegularFile(store.resolve(RegisterStore.MARKER)));
        // The store is built under a temporary name and moved into place: nothing else is left beside it.
        assertEquals(List.of(store), entries(tmp));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(
                store.resolve(RegisterStore.MARKER))));
        assertEquals("https://w3id.org/registre/ontologie#",
                Txn.calculateRead(first, () -> first.prefixes().get("reg")));
        String answer = serveAndAsk(first);
        TDBInternal.expel(first);

        log.reset();
        DatasetGraph second = RegisterStore.tdb(store, List.of(FIXTURE), false, out);
        assertTrue(log().contains("Magasin TDB2 réutilisé / TDB2 store reused"), log());
        assertFalse(log().contains("Chargement"), log());
        assertFalse(log().contains("Attention"), log());
        assertEquals(RegisterServerTest.FIXTURE_TRIPLES, size(second));
        assertEquals(answer, serveAndAsk(second));
        // Same answers as the in-memory dataset, row by row.
        DatasetGraph mem = RegisterStore.inMemory(RegisterFiles.load(List.of(FIXTURE)));
        var query = QueryFactory.create(RegisterServerTest.FINALITES);
        assertTrue(ResultsCompare.equalsByTermAndOrder(QueryAnswer.run(mem, query, Map.of()).rows(),
                QueryAnswer.run(second, query, Map.of()).rows()));
        TDBInternal.expel(second);

        log.reset();
        DatasetGraph third = RegisterStore.tdb(store, List.of(FIXTURE), true, out);
        assertTrue(log().contains("Chargement / loading"), log());
        assertEquals(RegisterServerTest.FIXTURE_TRIPLES, size(third));
        TDBInternal.expel(third);
    }

    /** Serves the dataset on a free port and returns the TSV answer to the finalités query. */
    static String serveAndAsk(DatasetGraph dsg) throws Exception {
        ServeOptions options = new ServeOptions(0, "127.0.0.1", 5, false);
        FusekiServer server = RegisterServer.start(RegisterServer.builder(options, dsg, List.of()), options);
        try {
            HttpResponse<String> resp = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    "http://127.0.0.1:" + server.getHttpPort() + "/registre/sparql?query="
                            + URLEncoder.encode(RegisterServerTest.FINALITES, StandardCharsets.UTF_8)))
                    .header("Accept", "text/tab-separated-values").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, resp.statusCode());
            assertEquals("?id\n\"01-01\"\n\"01-02\"\n\"14-01\"\n", resp.body());
            return resp.body();
        } finally {
            server.stop();
        }
    }

    @Test
    void changedFilesAreReportedOnReuse() throws Exception {
        Path data = tmp.resolve("donnees.ttl");
        Files.copy(FIXTURE, data);
        Path store = tmp.resolve("magasin");
        TDBInternal.expel(RegisterStore.tdb(store, List.of(data), false, out));
        Files.writeString(data, Files.readString(data) + "\n<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n");
        log.reset();
        DatasetGraph reused = RegisterStore.tdb(store, List.of(data), false, out);
        assertTrue(log().contains("les fichiers fournis ont changé depuis le chargement"), log());
        assertEquals(RegisterServerTest.FIXTURE_TRIPLES, size(reused));
        TDBInternal.expel(reused);
    }

    @Test
    void aFileIsNotAStore() throws Exception {
        Path file = Files.writeString(tmp.resolve("fichier"), "x");
        var e = assertThrows(RegistreException.class, () -> RegisterStore.tdb(file, List.of(FIXTURE), false, out));
        assertTrue(e.getMessage().contains("--tdb attend un dossier, c'est un fichier"), e.getMessage());
    }

    @Test
    void aForeignFolderIsNeitherReusedNorDeleted() throws Exception {
        Path foreign = Files.createDirectory(tmp.resolve("autre"));
        Path keep = Files.writeString(foreign.resolve("notes.txt"), "à garder");
        for (boolean reload : new boolean[] {false, true}) {
            var e = assertThrows(RegistreException.class,
                    () -> RegisterStore.tdb(foreign, List.of(FIXTURE), reload, out));
            assertTrue(e.getMessage().contains("dossier non vide qui n'est pas un magasin Registre"), e.getMessage());
        }
        assertEquals("à garder", Files.readString(keep));
    }

    @Test
    void aMissingParentIsRefused() {
        Path deep = tmp.resolve("absent/magasin");
        var e = assertThrows(RegistreException.class, () -> RegisterStore.tdb(deep, List.of(FIXTURE), false, out));
        assertTrue(e.getMessage().contains("le dossier parent n'existe pas"), e.getMessage());
    }

    @Test
    void aBrokenFileLeavesNothingBehind() throws Exception {
        Path broken = Files.writeString(tmp.resolve("casse.ttl"), "<http://example.org/a> <http://example.org/b> .\n");
        Path store = tmp.resolve("magasin");
        var e = assertThrows(RegistreException.class, () -> RegisterStore.tdb(store, List.of(broken), false, out));
        assertTrue(e.getMessage().contains("chargement TDB2 interrompu / TDB2 load aborted"), e.getMessage());
        assertFalse(Files.exists(store));
        assertEquals(List.of(broken), entries(tmp), "no half-loaded folder is left");
    }

    @Test
    void aFailedReloadKeepsThePreviousStore() throws Exception {
        Path store = tmp.resolve("magasin");
        TDBInternal.expel(RegisterStore.tdb(store, List.of(FIXTURE), false, out));
        Path broken = Files.writeString(tmp.resolve("casse.ttl"), "<http://example.org/a> <http://example.org/b> .\n");
        assertThrows(RegistreException.class, () -> RegisterStore.tdb(store, List.of(broken), true, out));
        assertEquals(List.of(broken, store), entries(tmp));
        DatasetGraph kept = RegisterStore.tdb(store, List.of(FIXTURE), false, out);
        assertEquals(RegisterServerTest.FIXTURE_TRIPLES, size(kept));
        TDBInternal.expel(kept);
    }

    private static List<Path> entries(Path dir) throws java.io.IOException {
        try (var list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
