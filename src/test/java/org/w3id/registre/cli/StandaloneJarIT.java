package org.w3id.registre.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, run as a person runs it, from a folder that is not the checkout: it carries its ontology, shapes,
 * query catalogue and the Cnam register, so every subcommand works there.
 */
class StandaloneJarIT {

    static final Path JAR = Path.of(System.getProperty("registre.jar", "target/registre.jar")).toAbsolutePath();

    @TempDir
    Path elsewhere;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve(".out");
        Path err = elsewhere.resolve(".err");
        Process p = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finished in time");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void infoValidateAndQueryWorkFromAnotherFolder() throws Exception {
        Run info = run("info");
        assertEquals(0, info.code(), info.err());
        assertTrue(info.out().startsWith("Registre — Traitements de données personnelles opérés par l'Assurance"
                + " Maladie"), info.out());
        assertTrue(info.out().lines().anyMatch(l -> l.matches(" +Total +83 +\\d+")), info.out());

        Run validate = run("validate", "--date", "2026-01-01");
        assertEquals(0, validate.code(), validate.err());
        assertTrue(validate.out().lines().anyMatch(l -> l.matches(" +Violation +0")), validate.out());

        Run query = run("query", "02", "--format", "tsv");
        assertEquals(0, query.code(), query.err());
        assertEquals(Files.readString(Path.of("queries/02-finalites-par-base-art6.expected.tsv")), query.out());
    }

    @Test
    void importRebuildsTheCommittedFilesFromTheBundledDocument() throws Exception {
        Run imported = run("import", "--out", "sortie");
        assertEquals(0, imported.code(), imported.err());
        for (String file : List.of("registre.ttl", "droit.ttl", "alignement.ttl")) {
            assertEquals(Files.readString(Path.of("data", file)), Files.readString(elsewhere.resolve("sortie")
                    .resolve(file)), file);
        }
    }

    @Test
    void serveServesTheBundledRegisterFromAnotherFolder() throws Exception {
        Process p = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port", "0")
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        try {
            String url = null;
            Pattern pages = Pattern.compile("Pages / pages +: (http://127\\.0\\.0\\.1:\\d+)/");
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line; url == null && (line = lines.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = pages.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertTrue(url != null, seen.toString());
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            HttpResponse<String> count = http.send(HttpRequest.newBuilder(URI.create(url + "/registre/sparql?query="
                    + "SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20%3Ff%20a%20%3Chttps%3A%2F%2Fw3id.org%2Fregistre%2F"
                    + "ontologie%23Finalite%3E%20%7D")).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("n\r\n83\r\n", count.body());
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoRegistersServedSideBySide() throws Exception {
        Path checkout = Path.of("").toAbsolutePath();
        Process p = new ProcessBuilder(java(), "-jar", JAR.toString(), "serve", "--port", "0",
                "--data", checkout.resolve("data").toString(),
                "--data", checkout.resolve("data/exemples/ville-fictive.ods").toString(),
                checkout.resolve("data/exemples/ville-fictive-alignement.ttl").toString())
                .directory(elsewhere.toFile()).redirectErrorStream(true).start();
        try {
            String url = null;
            Pattern pages = Pattern.compile("Pages / pages +: (http://127\\.0\\.0\\.1:\\d+)/");
            BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8));
            StringBuilder seen = new StringBuilder();
            for (String line; url == null && (line = lines.readLine()) != null; ) {
                seen.append(line).append('\n');
                Matcher m = pages.matcher(line);
                if (m.find()) {
                    url = m.group(1);
                }
            }
            assertTrue(url != null, seen.toString());
            assertTrue(seen.toString().contains("graphe / graph <https://w3id.org/registre/cnam/registre>"), seen.toString());
            assertTrue(seen.toString().contains("graphe / graph <https://w3id.org/registre/ville-fictive/registre>"),
                    seen.toString());
            HttpClient http = HttpClient.newHttpClient();
            String query = "PREFIX reg: <https://w3id.org/registre/ontologie#> SELECT ?g (COUNT(?f) AS ?n)"
                    + " WHERE { GRAPH ?g { ?f a reg:Finalite } } GROUP BY ?g ORDER BY ?g";
            HttpResponse<String> perGraph = http.send(HttpRequest.newBuilder(URI.create(url + "/registre/sparql?query="
                    + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "text/csv").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals("g,n\r\nhttps://w3id.org/registre/cnam/registre,83\r\n"
                    + "https://w3id.org/registre/ville-fictive/registre,10\r\n", perGraph.body());
            HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(url + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("Registres servis"), home.body());
            assertTrue(home.body().contains("<td>Commune de Fictiveville (organisme fictif)</td><td>10</td><td>19</td>"
                    + "<td>11</td>"), home.body());
            assertTrue(home.body().contains("<td>Caisse nationale de l&#39;Assurance Maladie</td><td>83</td>"),
                    home.body());
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFolderOfOnesOwnIsServedValidatedAndQueried() throws Exception {
        Path own = Files.createDirectories(elsewhere.resolve("mon-registre"));
        Files.copy(Path.of("src/test/resources/fixture/registre-mini.ttl"), own.resolve("registre.ttl"));
        Run query = run("query", "01", "--data", "mon-registre", "--format", "tsv");
        assertEquals(0, query.code(), query.err());
        assertEquals("""
                ?mission\t?code\t?libelle\t?finalites\t?sousFinalites
                <https://w3id.org/registre/cnam/mission/01>\t"01"\t"Gestion des droits"@fr\t2\t3
                <https://w3id.org/registre/cnam/mission/14>\t"14"\t"Produits et services informatiques"@fr\t1\t0
                """, query.out());
        Run bad = run("validate", "--data", "absent");
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("registre : absent : fichier ou dossier introuvable"), bad.err());
    }

}
