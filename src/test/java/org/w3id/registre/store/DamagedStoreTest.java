package org.w3id.registre.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.server.RegisterServerTest;

/**
 * A TDB2 store damaged on disk (its node table cut short, as a full disk or a bad copy leaves it) is found at start,
 * before it is reported as reused: exit 2 and a line saying to rebuild it with {@code --reload}, which does.
 */
class DamagedStoreTest {

    static final Path FIXTURE = RegisterStoreTest.FIXTURE;

    @TempDir
    Path tmp;

    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

    /** Builds a store of the fixture, closes it, and cuts its node table (nodes-data.obj, the nodes themselves) to half its length. */
    Path damagedStore() throws IOException {
        Path store = tmp.resolve("magasin");
        TDBInternal.expel(RegisterStore.tdb(store, List.of(FIXTURE), false, out), true);
        Path nodes;
        try (var files = Files.walk(store)) {
            nodes = files.filter(p -> p.getFileName().toString().equals("nodes-data.obj")).findFirst().orElseThrow();
        }
        try (FileChannel channel = FileChannel.open(nodes, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
        log.reset();
        return store;
    }

    static boolean saysDamagedAndWhatToDo(String message, Path store) {
        return message.startsWith(store.toAbsolutePath().normalize() + " : magasin TDB2 endommagé (")
                && message.endsWith(") ; le reconstruire à partir des fichiers avec --reload / damaged TDB2 store;"
                        + " rebuild it from the files with --reload");
    }

    @Test
    void aTruncatedNodeTableIsFoundBeforeReuseAndReloadRebuildsIt() throws IOException {
        Path store = damagedStore();
        RegistreException e = assertThrows(RegistreException.class,
                () -> RegisterStore.tdb(store, List.of(FIXTURE), false, out));
        assertTrue(saysDamagedAndWhatToDo(e.getMessage(), store), e.getMessage());
        assertFalse(log.toString(StandardCharsets.UTF_8).contains("réutilisé"), "never reported as reused");

        DatasetGraph rebuilt = RegisterStore.tdb(store, List.of(FIXTURE), true, out);
        assertEquals(RegisterServerTest.FIXTURE_TRIPLES,
                (long) Txn.calculateRead(rebuilt, () -> rebuilt.getDefaultGraph().size()));
        TDBInternal.expel(rebuilt, true);
    }

    @Test
    void serveExitsWithTwoAndOneLine() throws IOException {
        Path store = damagedStore();
        StringWriter err = new StringWriter();
        var cli = Registre.commandLine();
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        int code = cli.execute("serve", "--port", "0", "--tdb", store.toString(), "--data", FIXTURE.toString());
        String message = err.toString().strip();
        assertEquals(2, code, message);
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("registre : ") && saysDamagedAndWhatToDo(message.substring(11), store),
                message);
    }
}
