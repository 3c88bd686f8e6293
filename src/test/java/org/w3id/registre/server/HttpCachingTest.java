package org.w3id.registre.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.publish.LinkedDataSite;
import org.w3id.registre.publish.NotValidated;
import org.w3id.registre.publish.QueryEditor;
import org.w3id.registre.publish.RegisterSite;
import org.w3id.registre.search.RegisterSearch;
import org.w3id.registre.query.QueryCatalogue;
import org.w3id.registre.core.RegisterFiles;

/**
 * The server's HTTP caching, on the real server of {@code registre serve} over the small site fixture: validators and
 * 304, HEAD, gzip negotiation, and that the SPARQL result cache never answers one request with another's result.
 * Cache behaviour is read from the counters in {@code /$/metrics}, as an operator would.
 */
class HttpCachingTest {

    static FusekiServer server;
    static String root;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static final String PAGE = "/cnam/finalite/02-01.html";

    @BeforeAll
    static void start() {
        Model graph = RegisterFiles.load(RegisterFiles.turtleIn(Path.of("src/test/resources/publish/fixture")));
        ServeOptions options = new ServeOptions(0, "127.0.0.1", 30, false, true);
        DatasetGraph dataset = DatasetGraphFactory.wrap(graph.getGraph());
        FusekiServer.Builder builder = RegisterServer.builder(options, dataset, List.of(
                QueryEditor.module(QueryCatalogue.bundled(), dataset, "/registre/sparql"),
                LinkedDataSite.module(new RegisterSite(graph, BaseUri.defaultBase(), new NotValidated()),
                        new RegisterSearch(dataset))));
        server = RegisterServer.start(builder, options);
        root = "http://127.0.0.1:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    // ---- validators and 304 ----

    @Test
    void aPageCarriesAStrongContentHashTagAndRevalidatesWith304() throws Exception {
        HttpResponse<byte[]> first = get(PAGE, Map.of());
        assertEquals(200, first.statusCode());
        String etag = header(first, "ETag");
        assertEquals("\"" + sha256Prefix(first.body()) + "\"", etag, "strong tag: the SHA-256 of the body");
        assertEquals("public, max-age=3600", header(first, "Cache-Control"));
        String lastModified = header(first, "Last-Modified");

        HttpResponse<byte[]> same = get(PAGE, Map.of("If-None-Match", etag));
        assertEquals(304, same.statusCode());
        assertEquals(0, same.body().length);
        assertEquals(etag, header(same, "ETag"));
        assertEquals("public, max-age=3600", header(same, "Cache-Control"));
        // A weak comparison is what If-None-Match asks for; a list is searched.
        assertEquals(304, get(PAGE, Map.of("If-None-Match", "\"autre\", W/" + etag)).statusCode());
        assertEquals(304, get(PAGE, Map.of("If-None-Match", "*")).statusCode());

        HttpResponse<byte[]> other = get(PAGE, Map.of("If-None-Match", "\"autre\""));
        assertEquals(200, other.statusCode());
        assertArrayEquals(first.body(), other.body());

        assertEquals(304, get(PAGE, Map.of("If-Modified-Since", lastModified)).statusCode());
        String hourBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusHours(1)
                        .withZoneSameInstant(ZoneOffset.UTC));
        assertEquals(200, get(PAGE, Map.of("If-Modified-Since", hourBefore)).statusCode());
        // If-None-Match decides when both are sent (RFC 9110 §13.2.2).
        assertEquals(200, get(PAGE, Map.of("If-None-Match", "\"autre\"", "If-Modified-Since", lastModified))
                .statusCode());
        assertEquals(200, get(PAGE, Map.of("If-Modified-Since", "pas une date")).statusCode());
    }

    @Test
    void anRdfDocumentAndASparqlResultRevalidateToo() throws Exception {
        HttpResponse<byte[]> doc = get("/cnam/finalite/02-01.ttl", Map.of());
        assertEquals(200, doc.statusCode());
        assertEquals(304, get("/cnam/finalite/02-01.ttl", Map.of("If-None-Match", header(doc, "ETag")))
                .statusCode());
        String url = sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        HttpResponse<byte[]> result = get(url, Map.of("Accept", "text/csv"));
        assertEquals(200, result.statusCode());
        assertEquals("\"" + sha256Prefix(result.body()) + "\"", header(result, "ETag"));
        assertEquals(304, get(url, Map.of("Accept", "text/csv", "If-None-Match", header(result, "ETag")))
                .statusCode());
    }

    // ---- HEAD ----

    @Test
    void headAnswersWhereverGetDoesWithTheSameHeadersAndNoBody() throws Exception {
        String count = sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
        for (String path : List.of(PAGE, "/cnam/finalite/02-01.ttl", "/cnam/finalite/02-01", "/", "/en/",
                "/.well-known/void", "/download/registre.nt", "/validation", count, "/query", "/$/ping",
                "/registre/data?default", "/absent")) {
            HttpResponse<byte[]> get = get(path, Map.of());
            HttpResponse<byte[]> head = send(HttpRequest.newBuilder(URI.create(root + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(get.statusCode(), head.statusCode(), path);
            assertEquals(0, head.body().length, path);
            assertEquals(header(get, "Content-Type"), header(head, "Content-Type"), path);
            if (get.statusCode() == 200 && !path.startsWith("/$") && !path.startsWith("/query")
                    && !path.startsWith("/registre/data")) {
                assertEquals(String.valueOf(get.body().length), header(head, "Content-Length"), path);
                assertEquals(header(get, "ETag"), header(head, "ETag"), path);
            }
        }
    }

    // ---- compression ----

    @Test
    void gzipIsSentWhenAcceptedAndDecompressesToTheSameBytes() throws Exception {
        HttpResponse<byte[]> identity = get(PAGE, Map.of());
        String tag = header(identity, "ETag");
        assertTrue(header(identity, "Vary").contains("Accept-Encoding"));
        assertEquals(null, header(identity, "Content-Encoding"));

        for (String accepted : List.of("gzip", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "*", "x-gzip")) {
            HttpResponse<byte[]> gz = get(PAGE, Map.of("Accept-Encoding", accepted));
            assertEquals("gzip", header(gz, "Content-Encoding"), accepted);
            assertArrayEquals(identity.body(), gunzip(gz.body()), accepted);
            assertTrue(gz.body().length < identity.body().length / 2, accepted);
            assertEquals(tag.substring(0, tag.length() - 1) + "-gz\"", header(gz, "ETag"), accepted);
        }
        for (String refused : List.of("br", "identity", "gzip;q=0", "gzip;q=0, *", "deflate")) {
            HttpResponse<byte[]> plain = get(PAGE, Map.of("Accept-Encoding", refused));
            assertEquals(null, header(plain, "Content-Encoding"), refused);
            assertArrayEquals(identity.body(), plain.body(), refused);
            assertEquals(tag, header(plain, "ETag"), refused);
        }
        // Either coding's tag revalidates.
        HttpResponse<byte[]> gz = get(PAGE, Map.of("Accept-Encoding", "gzip"));
        assertEquals(304, get(PAGE, Map.of("Accept-Encoding", "gzip", "If-None-Match", header(gz, "ETag")))
                .statusCode());
    }

    @Test
    void sparqlResultsAndDumpsAreCompressedToo() throws Exception {
        for (String path : List.of(sparql("SELECT * WHERE { ?s ?p ?o }"), "/download/registre.ttl",
                "/registre/data?default")) {
            HttpResponse<byte[]> identity = get(path, Map.of("Accept", "text/turtle, application/sparql-results+json"));
            HttpResponse<byte[]> gz = get(path, Map.of("Accept", "text/turtle, application/sparql-results+json",
                    "Accept-Encoding", "gzip"));
            assertEquals(200, gz.statusCode(), path);
            assertEquals("gzip", header(gz, "Content-Encoding"), path);
            assertArrayEquals(identity.body(), gunzip(gz.body()), path);
        }
    }

    // ---- the site cache ----

    @Test
    void aDocumentIsRenderedOnceAndKeptApartPerAcceptAsItsVarySays() throws Exception {
        String path = "/cnam/finalite/01-02.jsonld";
        long misses = metric("registre_site_cache_misses_total");
        long hits = metric("registre_site_cache_hits_total");
        byte[] first = get(path, Map.of("Accept", "text/html")).body();
        byte[] second = get(path, Map.of("Accept", "text/html")).body();
        byte[] third = get(path, Map.of("Accept", "text/html")).body();
        assertArrayEquals(first, second);
        assertArrayEquals(first, third);
        assertEquals(misses + 1, metric("registre_site_cache_misses_total"));
        assertEquals(hits + 2, metric("registre_site_cache_hits_total"));
        // The site says Vary: Accept on every answer: another Accept is another entry (same bytes for a document).
        assertArrayEquals(first, get(path, Map.of("Accept", "text/turtle")).body());
        assertEquals(misses + 2, metric("registre_site_cache_misses_total"));
    }

    @Test
    void negotiatedAnswersAreKeptApartByAccept() throws Exception {
        String iri = "/cnam/finalite/01-01";
        for (int round = 0; round < 2; round++) {
            assertEquals("/cnam/finalite/01-01.ttl", header(get(iri, Map.of("Accept", "text/turtle")), "Location"));
            assertEquals("/cnam/finalite/01-01.html", header(get(iri, Map.of("Accept", "text/html")), "Location"));
            assertEquals("/cnam/finalite/01-01.jsonld",
                    header(get(iri, Map.of("Accept", "application/ld+json")), "Location"));
            assertEquals("Accept", header(get(iri, Map.of("Accept", "text/turtle")), "Vary"));
        }
        // An answer with a stored gzip form varies on Accept-Encoding as well.
        assertEquals("Accept, Accept-Encoding", header(get(PAGE, Map.of()), "Vary"));
    }

    @Test
    void errorsAreNotStored() throws Exception {
        long entries = metric("registre_site_cache_entries");
        for (int i = 0; i < 3; i++) {
            HttpResponse<byte[]> missing = get("/cnam/finalite/99-99.html", Map.of());
            assertEquals(404, missing.statusCode());
            assertEquals(null, header(missing, "ETag"));
        }
        assertEquals(400, get("/cnam/finalite/01-01?format=pdf", Map.of()).statusCode());
        assertEquals(entries, metric("registre_site_cache_entries"));
    }

    // ---- the SPARQL result cache ----

    static final String FINALITES = """
            PREFIX reg: <https://w3id.org/registre/ontologie#>
            SELECT (COUNT(?f) AS ?n) WHERE { ?f a reg:Finalite }""";

    @Test
    void theSameQueryInAnotherFormatIsAnsweredInThatFormat() throws Exception {
        // Its own variable name: the other tests' queries are other cache entries.
        String url = sparql(FINALITES.replace("?f", "?formats"));
        long misses = metric("registre_sparql_cache_misses_total");
        long hits = metric("registre_sparql_cache_hits_total");
        HttpResponse<byte[]> json = get(url, Map.of("Accept", "application/sparql-results+json"));
        HttpResponse<byte[]> csv = get(url, Map.of("Accept", "text/csv"));
        HttpResponse<byte[]> tsv = get(url, Map.of("Accept", "text/tab-separated-values"));
        HttpResponse<byte[]> xml = get(url, Map.of("Accept", "application/sparql-results+xml"));
        assertTrue(header(json, "Content-Type").startsWith("application/sparql-results+json"));
        assertEquals("n\r\n3\r\n", text(csv));
        assertEquals("?n\n3\n", text(tsv));
        assertTrue(text(xml).contains("<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">3</literal>"));
        assertTrue(text(json).contains("\"value\": \"3\""));
        assertEquals(misses + 4, metric("registre_sparql_cache_misses_total"));
        // Again, in the first format: from the cache, byte for byte.
        HttpResponse<byte[]> again = get(url, Map.of("Accept", "application/sparql-results+json"));
        assertArrayEquals(json.body(), again.body());
        assertEquals(header(json, "Content-Type"), header(again, "Content-Type"));
        assertEquals(hits + 1, metric("registre_sparql_cache_hits_total"));
        // The output parameter picks the format as well: it is part of the key.
        assertEquals("n\r\n3\r\n", text(get(url + "&output=csv", Map.of("Accept",
                "application/sparql-results+json"))));
    }

    @Test
    void whitespaceAndCommentsAreNotPartOfTheQuery() throws Exception {
        String layout1 = "PREFIX reg: <https://w3id.org/registre/ontologie#> SELECT (COUNT(?f) AS ?n) "
                + "WHERE { ?f a reg:Finalite . ?f ?p ?o }";
        String layout2 = "PREFIX reg:   <https://w3id.org/registre/ontologie#>\n# un commentaire\n"
                + "SELECT (COUNT(?f)   AS ?n)\nWHERE {\n  ?f a reg:Finalite .\n\t?f ?p ?o\n}\n";
        HttpResponse<byte[]> first = get(sparql(layout1), Map.of("Accept", "text/csv"));
        long hits = metric("registre_sparql_cache_hits_total");
        HttpResponse<byte[]> second = get(sparql(layout2), Map.of("Accept", "text/csv"));
        assertArrayEquals(first.body(), second.body());
        assertEquals(hits + 1, metric("registre_sparql_cache_hits_total"));
    }

    @Test
    void theSameTextUnderOtherPrefixesIsAnotherQuery() throws Exception {
        String body = "SELECT (COUNT(?f) AS ?n) WHERE { ?f a x:Finalite }";
        String registre = text(get(sparql("PREFIX x: <https://w3id.org/registre/ontologie#>\n" + body),
                Map.of("Accept", "text/csv")));
        String dpv = text(get(sparql("PREFIX x: <https://w3id.org/dpv#>\n" + body), Map.of("Accept", "text/csv")));
        assertEquals("n\r\n3\r\n", registre);
        assertEquals("n\r\n0\r\n", dpv);

        // A CONSTRUCT writes its prefixes out: the same query under two prefix names gives two answers.
        String construct = "CONSTRUCT { ?f a P:Finalite } WHERE { ?f a P:Finalite }";
        String a = text(get(sparql("PREFIX a: <https://w3id.org/registre/ontologie#>\n" + construct.replace("P:",
                "a:")), Map.of("Accept", "text/turtle")));
        String b = text(get(sparql("PREFIX b: <https://w3id.org/registre/ontologie#>\n" + construct.replace("P:",
                "b:")), Map.of("Accept", "text/turtle")));
        assertTrue(a.contains("PREFIX a:") && !a.contains("PREFIX b:"), a);
        assertTrue(b.contains("PREFIX b:") && !b.contains("PREFIX a:"), b);
    }

    @Test
    void spacesInsideLiteralsAreKept() throws Exception {
        String template = "PREFIX dct: <http://purl.org/dc/terms/> SELECT (COUNT(*) AS ?n) "
                + "WHERE { ?f dct:identifier ?id FILTER(?id = \"%s\") }";
        assertEquals("n\r\n1\r\n", text(get(sparql(template.formatted("02-01")), Map.of("Accept", "text/csv"))));
        assertEquals("n\r\n0\r\n", text(get(sparql(template.formatted("02-01 ")), Map.of("Accept", "text/csv"))));
        assertEquals("n\r\n0\r\n", text(get(sparql(template.formatted("02 -01")), Map.of("Accept", "text/csv"))));
    }

    @Test
    void postedQueriesShareTheCacheWithGet() throws Exception {
        String query = FINALITES.replace("?f", "?posted");
        HttpResponse<byte[]> get = get(sparql(query), Map.of("Accept", "text/csv"));
        long hits = metric("registre_sparql_cache_hits_total");
        HttpResponse<byte[]> direct = send(HttpRequest.newBuilder(URI.create(root + "/registre/sparql"))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query)));
        HttpResponse<byte[]> form = send(HttpRequest.newBuilder(URI.create(root + "/registre/query"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query,
                        StandardCharsets.UTF_8))));
        assertEquals(200, direct.statusCode());
        assertEquals(200, form.statusCode());
        assertArrayEquals(get.body(), direct.body());
        assertArrayEquals(get.body(), form.body());
        assertEquals(hits + 2, metric("registre_sparql_cache_hits_total"));
    }

    @Test
    void failedQueriesAndUpdatesAreNeverStored() throws Exception {
        long entries = metric("registre_sparql_cache_entries");
        for (int i = 0; i < 2; i++) {
            assertEquals(400, get(sparql("SELECT * WHERE { ?s ?p "), Map.of()).statusCode());
            // A query over another host's data is refused (SERVICE is disabled): an error, each time.
            int status = get(sparql("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"),
                    Map.of()).statusCode();
            assertTrue(status >= 400, "SERVICE refused: " + status);
            HttpResponse<byte[]> update = send(HttpRequest.newBuilder(URI.create(root + "/registre/sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")));
            assertTrue(update.statusCode() >= 400 && update.statusCode() < 500, "update refused");
        }
        assertEquals(entries, metric("registre_sparql_cache_entries"));
    }

    @Test
    void acceptEncodingIsReadWithItsQValues() {
        assertTrue(AcceptEncoding.acceptsGzip("gzip"));
        assertTrue(AcceptEncoding.acceptsGzip("deflate, GZIP;q=0.1"));
        assertTrue(AcceptEncoding.acceptsGzip("*;q=0.5"));
        assertFalse(AcceptEncoding.acceptsGzip(null));
        assertFalse(AcceptEncoding.acceptsGzip(""));
        assertFalse(AcceptEncoding.acceptsGzip("gzip;q=0"));
        assertFalse(AcceptEncoding.acceptsGzip("gzip;q=0.0, *;q=1"));
        assertFalse(AcceptEncoding.acceptsGzip("*;q=0"));
        assertFalse(AcceptEncoding.acceptsGzip("gzip;q=abc"));
    }

    @Test
    void normalisationKeepsWhatChangesTheAnswer() {
        assertEquals(SparqlResultCache.normalise("SELECT * {?s ?p ?o}"),
                SparqlResultCache.normalise("SELECT *\nWHERE { ?s ?p ?o . } # c"));
        assertNotEquals(SparqlResultCache.normalise("SELECT * { ?s ?p \"a b\" }"),
                SparqlResultCache.normalise("SELECT * { ?s ?p \"a  b\" }"));
        assertNotEquals(SparqlResultCache.normalise("PREFIX x: <urn:a#> SELECT * { ?s x:p ?o }"),
                SparqlResultCache.normalise("PREFIX x: <urn:b#> SELECT * { ?s x:p ?o }"));
        assertEquals(null, SparqlResultCache.normalise("SELECT * {"));
        assertEquals(null, SparqlResultCache.normalise("INSERT DATA { <urn:a> <urn:b> <urn:c> }"));
    }

    // ---- helpers ----

    static String sparql(String query) {
        return "/registre/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    static HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(root + path)).GET();
        headers.forEach(req::header);
        return send(req);
    }

    static HttpResponse<byte[]> send(HttpRequest.Builder req) throws Exception {
        return http.send(req.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String header(HttpResponse<?> resp, String name) {
        return resp.headers().firstValue(name).orElse(null);
    }

    static String text(HttpResponse<byte[]> resp) {
        return new String(resp.body(), StandardCharsets.UTF_8);
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    static String sha256Prefix(byte[] body) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    /** A counter or gauge of /$/metrics (Prometheus text), as a whole number. */
    static long metric(String name) throws Exception {
        String text = text(get("/$/metrics", Map.of()));
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "\\{[^}]*\\} ([0-9.E]+)$", Pattern.MULTILINE)
                .matcher(text);
        assertTrue(m.find(), name + " in /$/metrics");
        return (long) Double.parseDouble(m.group(1));
    }
}
