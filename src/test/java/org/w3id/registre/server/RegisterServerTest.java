package org.w3id.registre.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.query.CatalogueQuery;
import org.w3id.registre.query.QueryParameter;
import org.w3id.registre.query.QueryCatalogue;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.publish.QueryEditor;
import org.w3id.registre.store.RegisterStore;

/** One server on a free port, over the miniature register: the protocol, the formats, the refusals, the editor. */
public class RegisterServerTest {

    /** Triples in src/test/resources/fixture/registre-mini.ttl. */
    public static final int FIXTURE_TRIPLES = 71;

    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    public static final String FINALITES = """
            PREFIX reg: <https://w3id.org/registre/ontologie#>
            PREFIX dct: <http://purl.org/dc/terms/>
            SELECT ?id WHERE { ?f a reg:Finalite ; dct:identifier ?id } ORDER BY ?id""";
    static final String CONSTRUCT = """
            PREFIX reg: <https://w3id.org/registre/ontologie#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT { ?m skos:prefLabel ?l } WHERE { ?m a reg:MissionMetier ; skos:prefLabel ?l }""";

    static DatasetGraph dataset;
    static FusekiServer server;
    static QueryCatalogue catalogue;
    static String base;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        Model model = RegisterFiles.load(List.of(Path.of("src/test/resources/fixture/registre-mini.ttl")));
        dataset = RegisterStore.inMemory(model);
        catalogue = QueryCatalogue.bundled();
        // A three-second timeout keeps the pathological-query test short, yet leaves a loaded machine time to answer
        // the other requests while that query runs.
        ServeOptions options = new ServeOptions(0, "127.0.0.1", 3, false);
        server = RegisterServer.start(RegisterServer.builder(options, dataset,
                List.of(QueryEditor.module(catalogue, dataset, "/registre/sparql"))), options);
        base = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static long tripleCount() {
        return Txn.calculateRead(dataset, () -> dataset.getDefaultGraph().size());
    }

    static ResultSetRewindable parse(String body, Lang lang) {
        return ResultSetFactory.makeRewindable(ResultSetMgr.read(
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), lang));
    }

    static List<String> ids(ResultSet rs) {
        List<String> ids = new java.util.ArrayList<>();
        rs.forEachRemaining(qs -> ids.add(qs.getLiteral("id").getLexicalForm()));
        return ids;
    }

    @Test
    void getQueryAnswersJson() throws Exception {
        var resp = send(get("/registre/sparql?query=" + enc(COUNT)).header("Accept", "application/sparql-results+json"));
        assertEquals(200, resp.statusCode());
        assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals(FIXTURE_TRIPLES, parse(resp.body(), ResultSetLang.RS_JSON).next().getLiteral("n").getInt());
    }

    @Test
    void postFormAndPostQueryBody() throws Exception {
        var form = send(get("/registre/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(FINALITES))));
        assertEquals(200, form.statusCode());
        assertEquals(List.of("01-01", "01-02", "14-01"), ids(parse(form.body(), ResultSetLang.RS_JSON)));

        var direct = send(get("/registre/query").header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+xml")
                .POST(HttpRequest.BodyPublishers.ofString(FINALITES)));
        assertEquals(200, direct.statusCode());
        assertEquals(List.of("01-01", "01-02", "14-01"), ids(parse(direct.body(), ResultSetLang.RS_XML)));
    }

    @Test
    void everySelectFormat() throws Exception {
        String[][] formats = {
            {"application/sparql-results+json", "application/sparql-results+json"},
            {"application/sparql-results+xml", "application/sparql-results+xml"},
            {"text/csv", "text/csv"},
            {"text/tab-separated-values", "text/tab-separated-values"}};
        for (String[] f : formats) {
            var resp = send(get("/registre/sparql?query=" + enc(FINALITES)).header("Accept", f[0]));
            assertEquals(200, resp.statusCode(), f[0]);
            assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(f[1]), f[0]);
            if (f[0].equals("text/csv")) {
                // CSV carries plain strings only: read it as lines.
                assertEquals(List.of("id", "01-01", "01-02", "14-01"), resp.body().lines().toList(), f[0]);
            } else {
                Lang lang = switch (f[0]) {
                    case "application/sparql-results+json" -> ResultSetLang.RS_JSON;
                    case "application/sparql-results+xml" -> ResultSetLang.RS_XML;
                    default -> ResultSetLang.RS_TSV;
                };
                assertEquals(List.of("01-01", "01-02", "14-01"), ids(parse(resp.body(), lang)), f[0]);
            }
        }
    }

    @Test
    void everyGraphFormat() throws Exception {
        Model expected = ModelFactory.createDefaultModel();
        RDFParser.fromString("""
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/registre/cnam/mission/01> skos:prefLabel "Gestion des droits"@fr,
                    "Entitlement management"@en .""", Lang.TURTLE).parse(expected);
        String[][] formats = {
            {"text/turtle", "TTL"}, {"application/ld+json", "JSONLD"}, {"application/n-triples", "NT"}};
        for (String[] f : formats) {
            var resp = send(get("/registre/sparql?query=" + enc(CONSTRUCT)).header("Accept", f[0]));
            assertEquals(200, resp.statusCode(), f[0]);
            assertTrue(resp.headers().firstValue("Content-Type").orElse("").startsWith(f[0]), f[0]);
            Model got = ModelFactory.createDefaultModel();
            RDFParser.fromString(resp.body(), org.apache.jena.riot.RDFLanguages.nameToLang(f[1])).parse(got);
            assertTrue(expected.isIsomorphicWith(got), f[0]);
        }
    }

    @Test
    void graphStoreReadAndDatasetUrl() throws Exception {
        var data = send(get("/registre/data?default").header("Accept", "application/n-triples"));
        assertEquals(200, data.statusCode());
        Model got = ModelFactory.createDefaultModel();
        RDFParser.fromString(data.body(), Lang.NTRIPLES).parse(got);
        assertEquals(FIXTURE_TRIPLES, got.size());

        var viaDataset = send(get("/registre?query=" + enc(COUNT)).header("Accept", "text/tab-separated-values"));
        assertEquals(200, viaDataset.statusCode());
        assertEquals(FIXTURE_TRIPLES, parse(viaDataset.body(), ResultSetLang.RS_TSV).next().getLiteral("n").getInt());
    }

    @Test
    void everyWriteIsRefusedAndTheDataStaysUnchanged() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:p> \"écrit\" }";
        String turtle = "<urn:x> <urn:p> \"écrit\" .";
        var ttl = HttpRequest.BodyPublishers.ofString(turtle);
        // Each attempt, and the status Fuseki answers when the path offers no such operation.
        List<Object[]> attempts = List.of(
            new Object[] {"POST sparql-update /registre/sparql", 415, get("/registre/sparql")
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))},
            new Object[] {"POST form update= /registre/sparql", 400, get("/registre/sparql")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(update)))},
            new Object[] {"POST sparql-update /registre/query", 415, get("/registre/query")
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))},
            new Object[] {"POST sparql-update /registre/update", 404, get("/registre/update")
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))},
            new Object[] {"POST sparql-update /registre", 400, get("/registre")
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update))},
            new Object[] {"PUT /registre/data?default", 405, get("/registre/data?default")
                .header("Content-Type", "text/turtle").PUT(ttl)},
            new Object[] {"POST /registre/data?default", 405, get("/registre/data?default")
                .header("Content-Type", "text/turtle").POST(ttl)},
            new Object[] {"DELETE /registre/data?default", 405, get("/registre/data?default").DELETE()},
            new Object[] {"PUT /registre?default", 405, get("/registre?default")
                .header("Content-Type", "text/turtle").PUT(ttl)},
            new Object[] {"POST /registre?default", 405, get("/registre?default")
                .header("Content-Type", "text/turtle").POST(ttl)},
            new Object[] {"DELETE /registre?default", 405, get("/registre?default").DELETE()},
            new Object[] {"POST /registre (quads)", 405, get("/registre")
                .header("Content-Type", "application/n-quads").POST(HttpRequest.BodyPublishers.ofString(
                    "<urn:x> <urn:p> \"écrit\" <urn:g> ."))},
            new Object[] {"POST /$/datasets", 404, get("/$/datasets?dbName=autre&dbType=mem")
                .POST(HttpRequest.BodyPublishers.noBody())},
            new Object[] {"DELETE /$/datasets/registre", 405, get("/$/datasets/registre").DELETE()},
            new Object[] {"POST /$/compact/registre", 404, get("/$/compact/registre")
                .POST(HttpRequest.BodyPublishers.noBody())},
            new Object[] {"POST /$/backup/registre", 404, get("/$/backup/registre")
                .POST(HttpRequest.BodyPublishers.noBody())},
            new Object[] {"POST /$/reload", 404, get("/$/reload").POST(HttpRequest.BodyPublishers.noBody())});
        // 415/400: the query endpoints take no update; 405: Graph Store is read-only; 404: no such endpoint at all.
        for (Object[] attempt : attempts) {
            // A fresh connection for each attempt: Jetty closes the connection after refusing a request whose body it
            // did not read, and a pooled connection reused at that moment fails on the client ("received no bytes").
            int status = HttpClient.newHttpClient().send(((HttpRequest.Builder) attempt[2])
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
            assertEquals((int) attempt[1], status, (String) attempt[0]);
        }
        assertEquals(FIXTURE_TRIPLES, tripleCount());
        Txn.executeRead(dataset, () -> assertTrue(!dataset.listGraphNodes().hasNext()));
    }

    @Test
    void pathologicalQueryTimesOutWhilePingAnswers() throws Exception {
        // 71^6 ≈ 1.3e11 rows: far beyond the three-second limit.
        String endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o ."
                + " ?p ?q ?r }";
        long t0 = System.nanoTime();
        CompletableFuture<HttpResponse<String>> slow = http.sendAsync(
                get("/registre/sparql?query=" + enc(endless)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        var ping = send(get("/$/ping"));
        assertEquals(200, ping.statusCode());
        var other = send(get("/registre/sparql?query=" + enc(COUNT)).header("Accept", "text/tab-separated-values"));
        assertEquals(200, other.statusCode());
        assertTrue(!slow.isDone(), "ping and another query are answered while the pathological query runs");
        HttpResponse<String> timedOut = slow.get(30, TimeUnit.SECONDS);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        assertEquals(503, timedOut.statusCode());
        assertTrue(seconds < 10, "stopped after " + seconds + " s");
    }

    @Test
    void malformedSparqlIs400() throws Exception {
        var resp = send(get("/registre/sparql?query=" + enc("SELECT ?x WHERE { ?x ")));
        assertEquals(400, resp.statusCode());
        assertTrue(resp.body().contains("Parse error") || resp.body().contains("Encountered"), resp.body());
    }

    @Test
    void serviceToAnotherHostIsRefused() throws Exception {
        String remote = "SELECT * WHERE { SERVICE <" + base + "/registre/sparql> { ?s ?p ?o } }";
        var resp = send(get("/registre/sparql?query=" + enc(remote)));
        assertEquals(422, resp.statusCode());
        assertTrue(resp.body().contains("SERVICE execution disabled"), resp.body());
    }

    @Test
    void pingButNoMetricsByDefault() throws Exception {
        assertEquals(200, send(get("/$/ping")).statusCode());
        // Disk size and JVM internals only with --metrics (HttpCachingTest starts the server with it).
        assertEquals(404, send(get("/$/metrics")).statusCode());
        assertEquals(404, send(get("/$/stats")).statusCode());
        assertEquals(404, send(get("/registre/shacl")).statusCode());
    }

    @Test
    void queryEditorPageAndAssets() throws Exception {
        var page = send(get("/query"));
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<script src=\"/query/yasgui.min.js\">"));
        String json = html.substring(html.indexOf("id=\"registre-config\">") + "id=\"registre-config\">".length());
        json = json.substring(0, json.indexOf("</script>"));
        JsonObject config = JSON.parse(json);
        assertEquals("/registre/sparql", config.getString("endpoint"));
        assertTrue(config.getString("defaultQuery").contains("PREFIX reg: <https://w3id.org/registre/ontologie#>"));
        JsonArray entries = config.get("catalogue").getAsArray();
        assertEquals(catalogue.queries().size(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            CatalogueQuery q = catalogue.queries().get(i);
            JsonObject entry = entries.get(i).getAsObject();
            assertEquals(q.name(), entry.getString("name"));
            assertEquals(q.titre(), entry.getString("titre"));
            assertEquals(q.title(), entry.getString("title"));
            // The editor opens a question ready to run: as written when it has no parameter, else with the example
            // of its header in place of each parameter (an IRI as <…>, a string in quotes), no variable left.
            String query = entry.getString("query");
            if (q.parameters().isEmpty()) {
                assertEquals(q.text(), query);
            }
            for (String line : q.text().lines().filter(l -> l.startsWith("# exemple: ")).toList()) {
                String name = line.substring("# exemple: ".length(), line.indexOf('='));
                String value = line.substring(line.indexOf('=') + 1);
                String term = q.parameter(name).type() == QueryParameter.Type.IRI ? "<" + value + ">"
                        : "\"" + value + "\"";
                assertTrue(query.contains(term), q.name() + " has no " + term + ":\n" + query);
                assertFalse(java.util.regex.Pattern.compile("[?$]" + name + "\\b").matcher(query).find(), query);
            }
        }
        // No inline script (the Content-Security-Policy would refuse it): the page's code is /query/editeur.js.
        assertEquals(3, html.split("<script", -1).length - 1);
        assertTrue(html.contains("<script src=\"/query/editeur.js\"></script>"));
        var editor = send(get("/query/editeur.js"));
        assertEquals(200, editor.statusCode());
        assertEquals("text/javascript; charset=utf-8", editor.headers().firstValue("Content-Type").orElse(""));
        // The buttons show the French title first, the English one beside it.
        assertTrue(editor.body().indexOf("button.append(fr, en, rgpd)") > 0);

        var js = http.send(get("/query/yasgui.min.js").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, js.statusCode());
        assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(1002826, js.body().length);
        var css = send(get("/query/yasgui.min.css"));
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));

        var prefixes = send(get("/query/prefixes.json"));
        assertEquals(200, prefixes.statusCode());
        assertEquals("https://w3id.org/registre/ontologie#", JSON.parse(prefixes.body()).getString("reg"));
        assertEquals(404, send(get("/query/autre.js")).statusCode());
        // The root is left free for the linked-data pages.
        assertEquals(404, send(get("/")).statusCode());
    }
}
