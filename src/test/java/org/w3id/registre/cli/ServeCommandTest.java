package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.cli.Registre;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.query.QueryAnswer;
import org.w3id.registre.search.RegisterTextIndex;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.query.CatalogueQuery;
import org.w3id.registre.query.QueryCatalogue;

/** {@code registre serve} as a person runs it: clear errors with exit code 2, URLs printed, Ctrl-C stops it. */
class ServeCommandTest {

    record Run(int code, String err) {
    }

    static Run run(String... args) {
        StringWriter err = new StringWriter();
        var cli = Registre.commandLine();
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), err.toString());
    }

    /** The rows of a SELECT as TSV lines, header first (TSV escapes the line breaks inside literals). */
    private static List<String> select(HttpClient http, String endpoint, String query) throws Exception {
        var answer = http.send(HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/tab-separated-values")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body().lines().map(l -> l.startsWith("?") ? l.substring(1) : l)
                .map(l -> l.startsWith("\"") && l.endsWith("\"") ? l.substring(1, l.length() - 1) : l).toList();
    }

    @Test
    void aPortInUseExitsWithTwo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            Run r = run("serve", "--port", Integer.toString(port));
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("registre : 127.0.0.1:" + port + " : port déjà utilisé ou adresse"
                    + " indisponible ; choisissez --port / port already in use or address unavailable; choose --port"),
                    r.err());
        }
    }

    @Test
    void aBadTdbPathExitsWithTwo(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("pas-un-dossier"), "x");
        Run r = run("serve", "--port", "0", "--tdb", file.toString());
        assertEquals(2, r.code());
        assertEquals("registre : " + file + " : --tdb attend un dossier, c'est un fichier / --tdb expects a folder,"
                + " this is a file", r.err().strip());

        Run missingParent = run("serve", "--port", "0", "--tdb", tmp.resolve("absent/magasin").toString());
        assertEquals(2, missingParent.code());
        assertTrue(missingParent.err().contains("le dossier parent n'existe pas"), missingParent.err());
    }

    @Test
    void badOptionsExitWithTwo() {
        Run reload = run("serve", "--reload");
        assertEquals(2, reload.code());
        assertEquals("registre : --reload ne vaut qu'avec --tdb / --reload only applies with --tdb",
                reload.err().strip());
        Run port = run("serve", "--port", "70000");
        assertEquals(2, port.code());
        assertEquals("registre : --port 70000 : attendu 0 à 65535 / expected 0 to 65535", port.err().strip());
        Run rebasedStore = run("serve", "--tdb", "target/jamais-cree", "--base-uri", "https://example.org/r/");
        assertEquals(2, rebasedStore.code());
        assertTrue(rebasedStore.err().startsWith("registre : --base-uri https://example.org/r/ avec --tdb : non pris"
                + " en charge"), rebasedStore.err());
        assertTrue(Files.notExists(Path.of("target/jamais-cree")), "refused before any store is made");
        Run timeout = run("serve", "--timeout", "-1");
        assertEquals(2, timeout.code());
        assertTrue(timeout.err().contains("--timeout -1 : attendu un nombre de secondes"), timeout.err());
    }

    /**
     * The real thing in its own JVM: starts on the bundled data published under its own address (--base-uri),
     * validates, prints its URLs, answers SPARQL and pages with the moved IRIs, stops on Ctrl-C.
     */
    @Test
    void startsPrintsItsUrlsAndStopsOnCtrlC(@TempDir Path tmp) throws Exception {
        Path log = tmp.resolve("serve.err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String published = "http://127.0.0.1:" + port + "/";
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.w3id.registre.cli.Registre", "serve", "--port", Integer.toString(port), "--base-uri", published)
                .redirectError(log.toFile())
                .start();
        // A server that hangs before printing would block readLine below: stop it after two minutes whatever happens.
        Thread watchdog = new Thread(() -> {
            try {
                if (!serve.waitFor(120, TimeUnit.SECONDS)) {
                    serve.destroyForcibly();
                }
            } catch (InterruptedException ignored) {
                serve.destroyForcibly();
            }
        });
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            List<String> lines = new ArrayList<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                    StandardCharsets.UTF_8));
            // Ready first; the validation and the full-text index, built beside the running server, report after.
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                if (lines.stream().anyMatch(l -> l.startsWith("Ctrl-C"))
                        && lines.stream().anyMatch(l -> l.startsWith("Validation SHACL"))
                        && lines.stream().anyMatch(l -> l.startsWith("Index plein texte"))) {
                    break;
                }
            }
            String printed = String.join("\n", lines);
            assertTrue(printed.contains("Registre prêt / ready"), printed);
            // Validated as loaded, before the register's IRIs move.
            assertTrue(printed.contains("Validation SHACL : Violation 0, Avertissement / Warning 48,"
                    + " Information / Info 627"), printed);
            assertTrue(printed.contains("Pages / pages                          : http://127.0.0.1:" + port + "/"),
                    printed);
            Matcher endpoint = Pattern.compile("SPARQL endpoint : (http://127\\.0\\.0\\.1:(\\d+)/registre/sparql)")
                    .matcher(printed);
            assertTrue(endpoint.find(), printed);
            String base = "http://127.0.0.1:" + endpoint.group(2);
            assertTrue(printed.contains("query editor     : " + base + "/query"), printed);
            assertTrue(printed.contains("Délai maximal / timeout                : 30 s"), printed);

            HttpClient http = HttpClient.newHttpClient();
            // The register's resources moved under the published base; the ontology's terms did not.
            assertEquals(List.of("n", "83"), select(http, endpoint.group(1), "SELECT (COUNT(*) AS ?n) { ?s a <"
                    + Reg.NS + "Finalite> FILTER(STRSTARTS(STR(?s), \"" + published + "cnam/finalite/\")) }"));
            assertEquals(List.of("n", "0"), select(http, endpoint.group(1), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o"
                    + " FILTER(STRSTARTS(STR(?s), \"" + published + "ontologie\") || STRSTARTS(STR(?p), \""
                    + published + "ontologie\") || STRSTARTS(STR(?o), \"" + published + "ontologie\")) }"));
            // The ontology still says where its terms are, and they are there.
            assertEquals(List.of("ns", Reg.NS), select(http, endpoint.group(1),
                    "SELECT ?ns { <" + Reg.ONTOLOGY + "> <http://purl.org/vocab/vann/preferredNamespaceUri> ?ns }"));
            // Every catalogue question answers as many rows on the moved register as on the register as loaded;
            // a question's example IRI is taken under the published base.
            DatasetGraph asLoaded = RegisterTextIndex.inMemory(RegisterStore.inMemory(RegisterFiles.loadBundled()))
                    .dataset();
            for (CatalogueQuery question : QueryCatalogue.bundled().queries()) {
                QueryAnswer expected = QueryAnswer.run(asLoaded, question.query(), question.bind(Map.of()));
                Map<Var, Node> binding = new LinkedHashMap<>(question.bind(Map.of()));
                binding.replaceAll((v, n) -> n.isURI() && n.getURI().startsWith(BaseUri.DEFAULT)
                        ? NodeFactory.createURI(published + n.getURI().substring(BaseUri.DEFAULT.length())) : n);
                String text = QueryTransformOps.transform(question.query(), binding).serialize();
                if (expected.isGraph()) {
                    var answer = http.send(HttpRequest.newBuilder(URI.create(endpoint.group(1)))
                            .header("Content-Type", "application/sparql-query").header("Accept", "text/turtle")
                            .POST(HttpRequest.BodyPublishers.ofString(text)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    Model got = ModelFactory.createDefaultModel();
                    RDFParser.fromString(answer.body(), Lang.TURTLE).parse(got);
                    assertEquals(expected.graph().size(), got.size(), question.name());
                } else {
                    assertEquals(expected.rows().size(), select(http, endpoint.group(1), text).size() - 1,
                            question.name());
                }
            }
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(base + "/query")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
            // A register IRI under the published base dereferences on this server.
            var finalite = http.send(HttpRequest.newBuilder(URI.create(published + "cnam/finalite/04-06"))
                    .header("Accept", "text/turtle").build(), HttpResponse.BodyHandlers.discarding());
            assertEquals(303, finalite.statusCode());
            assertEquals(published + "cnam/finalite/04-06.ttl", URI.create(published)
                    .resolve(finalite.headers().firstValue("Location").orElseThrow()).toString());

            // Ctrl-C is SIGINT: the shutdown hook stops the server and the JVM exits with 128 + 2.
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start();
            assertEquals(0, kill.waitFor());
            assertTrue(serve.waitFor(60, TimeUnit.SECONDS), "serve did not stop on SIGINT");
            assertEquals(130, serve.exitValue());
            assertTrue(Files.readString(log).contains("Registre arrêté / stopped"), Files.readString(log));
        } finally {
            serve.destroyForcibly();
        }
    }
}
