package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No subcommand calls another host, whatever its files name: a remote JSON-LD {@code @context}, a SHACL-SPARQL shape
 * or a query with {@code SERVICE}. Each points at a listener on loopback, which must see no connection at all; each
 * command stops with exit 2 and one line saying what was refused.
 */
class NoOutboundCallTest {

    @TempDir
    static Path tmp;

    static ServerSocket listener;
    static final AtomicInteger connections = new AtomicInteger();
    static String url;

    @BeforeAll
    static void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        url = "http://127.0.0.1:" + listener.getLocalPort() + "/";
        Thread accepting = new Thread(() -> {
            while (!listener.isClosed()) {
                try (Socket s = listener.accept()) {
                    connections.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "listener");
        accepting.setDaemon(true);
        accepting.start();
    }

    @AfterAll
    static void close() throws IOException {
        listener.close();
    }

    static void assertRefused(String expected, String... args) {
        int[] code = new int[1];
        String err = BadInputPathsTest.run(List.of(args), code);
        assertEquals(expected, err, String.join(" ", args));
        assertEquals(2, code[0], String.join(" ", args));
        assertEquals(0, connections.get(), "connections to the loopback listener after " + String.join(" ", args));
    }

    static String contextRefused(Path file, String context) {
        return "registre : " + file + " : contexte JSON-LD distant refusé : " + context + " ; registre ne fait aucun"
                + " appel réseau, mettre le contexte dans le fichier ou dans un fichier local / remote JSON-LD context"
                + " refused: registre makes no network call; put the context inline or in a local file";
    }

    static final String SERVICE_REFUSED = "registre : SERVICE refusé : une requête ou une forme SHACL-SPARQL appelle"
            + " un autre hôte ; registre ne fait aucun appel réseau / SERVICE refused: a query or a SHACL-SPARQL shape"
            + " calls another host; registre makes no network call";

    @Test
    void aRemoteJsonLdContextIsNeverFetched() throws IOException {
        String context = url + "contexte.jsonld";
        Path jsonld = Files.writeString(tmp.resolve("distant.jsonld"), """
                {"@context": "%s", "@id": "https://example.org/a", "nom": "A"}
                """.formatted(context));
        // In an array of contexts, after an inline one: refused all the same.
        Path nested = Files.writeString(tmp.resolve("imbrique.jsonld"), """
                {"@context": [{"ex": "https://example.org/"}, "%s"], "@id": "ex:a", "ex:nom": "A"}
                """.formatted(context));
        assertRefused(contextRefused(jsonld, context), "validate", "--data", jsonld.toString());
        assertRefused(contextRefused(nested, context), "validate", "--data", nested.toString());
        assertRefused(contextRefused(jsonld, context), "info", "--data", jsonld.toString());
        assertRefused(contextRefused(jsonld, context), "query", "01", "--data", jsonld.toString());
        assertRefused(contextRefused(jsonld, context), "export", "--site", tmp.resolve("site").toString(),
                "--data", jsonld.toString());
        assertRefused(contextRefused(jsonld, context), "serve", "--port", "0", "--data", jsonld.toString());
        assertEquals(false, Files.exists(tmp.resolve("site")), "nothing exported");
    }

    @Test
    void aLocalContextFileIsRead() throws IOException {
        Path context = Files.writeString(tmp.resolve("contexte-local.jsonld"), """
                {"@context": {"nom": "https://example.org/nom"}}
                """);
        Path jsonld = Files.writeString(tmp.resolve("local.jsonld"), """
                {"@context": "%s", "@id": "https://example.org/a", "nom": "A"}
                """.formatted(context.toUri()));
        int[] code = new int[1];
        String err = BadInputPathsTest.run(List.of("info", "--data", jsonld.toString()), code);
        assertEquals(0, code[0], err);
    }

    @Test
    void serviceInAShapeOrAQueryIsRefused() throws IOException {
        Path data = Files.writeString(tmp.resolve("donnees.ttl"), """
                <https://example.org/a> <https://example.org/nom> "A" .
                """);
        Path shapes = Files.writeString(tmp.resolve("formes-service.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://example.org/Forme> a sh:NodeShape ;
                    sh:targetSubjectsOf <https://example.org/nom> ;
                    sh:sparql [ sh:select \"""
                        SELECT $this WHERE { SERVICE <%s> { $this ?p ?o } }
                    \""" ] .
                """.formatted(url + "sparql"));
        Path query = Files.writeString(tmp.resolve("service.rq"), """
                # titre: Appel à un autre hôte
                # title: A call to another host
                # rgpd: aucun / none
                SELECT * WHERE { SERVICE <%s> { ?s ?p ?o } }
                """.formatted(url + "sparql"));
        // In a NOT EXISTS, by a prefix the shapes declare (sh:declare), in a second file of a folder: found all the same.
        Path folder = Files.createDirectories(tmp.resolve("formes"));
        Files.writeString(folder.resolve("a-sans-service.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://example.org/prefixes> sh:declare [ sh:prefix "ex" ; sh:namespace "%s"^^<http://www.w3.org/2001/XMLSchema#anyURI> ] .
                <https://example.org/Nom> a sh:NodeShape ;
                    sh:targetSubjectsOf <https://example.org/nom> ;
                    sh:property [ sh:path <https://example.org/nom> ; sh:minCount 1 ] .
                """.formatted(url));
        Path nested = Files.writeString(folder.resolve("b-service.ttl"), """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                <https://example.org/Distante> a sh:NodeShape ;
                    sh:targetSubjectsOf <https://example.org/nom> ;
                    sh:sparql [ sh:prefixes <https://example.org/prefixes> ;
                        sh:select \"""
                            SELECT $this WHERE { $this ?p ?o FILTER NOT EXISTS { SERVICE ex:sparql { $this ?p ?o } } }
                        \""" ] .
                """);
        String shapeRefused = "registre : " + shapes + " : la forme SHACL-SPARQL <https://example.org/Forme> appelle"
                + " SERVICE <" + url + "sparql> ; registre ne fait aucun appel réseau, forme refusée / the SHACL-SPARQL"
                + " shape <https://example.org/Forme> calls SERVICE <" + url + "sparql>; registre makes no network"
                + " call, shape refused";
        assertRefused(shapeRefused, "validate", "--data", data.toString(), "--shapes", shapes.toString());
        assertRefused(shapeRefused, "export", "--site", tmp.resolve("site").toString(), "--data", data.toString(),
                "--shapes", shapes.toString());
        // serve validates beside the running server: the shape is refused before the server starts, not when the
        // validation reaches it.
        assertRefused(shapeRefused, "serve", "--port", "0", "--data", data.toString(), "--shapes", shapes.toString());
        assertRefused(shapeRefused.replace(shapes.toString(), nested.toString()).replace("https://example.org/Forme",
                "https://example.org/Distante"), "serve", "--port", "0", "--data", data.toString(), "--shapes",
                folder.toString());
        assertRefused(SERVICE_REFUSED, "query", query.toString(), "--data", data.toString());
        assertEquals(false, Files.exists(tmp.resolve("site")), "nothing exported");
    }
}
