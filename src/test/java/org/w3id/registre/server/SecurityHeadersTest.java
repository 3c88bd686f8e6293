package org.w3id.registre.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.publish.BrowserPolicy;
import org.w3id.registre.publish.LinkedDataSite;
import org.w3id.registre.publish.NotValidated;
import org.w3id.registre.publish.QueryEditor;
import org.w3id.registre.publish.RegisterSite;
import org.w3id.registre.query.QueryCatalogue;
import org.w3id.registre.search.RegisterSearch;
import org.w3id.registre.search.RegisterTextIndex;

/**
 * The browser security headers on every kind of answer of the real server (pages, editor, SPARQL, dumps, ping, and
 * every error status), the CORS headers of {@code --cors}, and {@code /$/metrics} closed unless asked for.
 */
class SecurityHeadersTest {

    static FusekiServer server;
    static FusekiServer corsServer;
    static String root;
    static String corsRoot;
    static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
    // The hash sources change with the layout's stylesheet (and the YASGUI version): they are checked by the browser
    // test, where Chromium must refuse nothing; here the rest of each policy is exact.
    static final String HASH = "'sha256-[A-Za-z0-9+/]{43}='";
    static final String PAGE_CSP = "default-src 'self'; style-src 'self' " + HASH + "; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'; object-src 'none'";
    static final String EDITOR_CSP = "default-src 'self'; style-src 'self' 'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS"
            + "\\+8V0b\\+s9ptqQIk='; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    @Test
    void thePoliciesAreTheOnesServed() {
        assertTrue(BrowserPolicy.CSP.matches(PAGE_CSP), BrowserPolicy.CSP);
        assertTrue(BrowserPolicy.CSP_EDITOR.matches(EDITOR_CSP), BrowserPolicy.CSP_EDITOR);
    }

    @BeforeAll
    static void start() {
        server = start(new ServeOptions(0, "127.0.0.1", 30, false));
        root = "http://127.0.0.1:" + server.getHttpPort();
        corsServer = start(new ServeOptions(0, "127.0.0.1", 30, true));
        corsRoot = "http://127.0.0.1:" + corsServer.getHttpPort();
    }

    static FusekiServer start(ServeOptions options) {
        Model graph = RegisterFiles.load(RegisterFiles.turtleIn(Path.of("src/test/resources/publish/fixture")));
        // Indexed for full-text search, as serve does: the search page is one of the routes.
        DatasetGraph dataset = RegisterTextIndex.inMemory(DatasetGraphFactory.wrap(graph.getGraph())).dataset();
        FusekiServer.Builder builder = RegisterServer.builder(options, dataset, List.of(
                QueryEditor.module(QueryCatalogue.bundled(), dataset, "/registre/sparql"),
                LinkedDataSite.module(new RegisterSite(graph, BaseUri.defaultBase(), new NotValidated()),
                        new RegisterSearch(dataset))));
        return RegisterServer.start(builder, options);
    }

    @AfterAll
    static void stop() {
        server.stop();
        corsServer.stop();
    }

    /** A route: method, path, request headers, body (or null), the status it answers, and whether it is the editor. */
    record Route(String method, String path, Map<String, String> headers, String body, int status, boolean editor) {
        @Override
        public String toString() {
            return method + " " + path + (headers.isEmpty() ? "" : " " + headers) + " → " + status;
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Route get(String path, int status) {
        return new Route("GET", path, Map.of(), null, status, path.startsWith("/query"));
    }

    /** Every kind of answer the server gives, the errors included. */
    static List<Route> routes() {
        String form = "application/x-www-form-urlencoded";
        return List.of(
                get("/", 200),
                get("/en/", 200),
                get("/cnam/finalite/02-01.html", 200),
                new Route("GET", "/cnam/finalite/02-01", Map.of("Accept", "text/turtle"), null, 303, false),
                new Route("GET", "/cnam/finalite/02-01.ttl", Map.of(), null, 200, false),
                new Route("GET", "/cnam/finalite/02-01", Map.of("Accept", "image/png"), null, 406, false),
                new Route("HEAD", "/cnam/finalite/02-01.html", Map.of(), null, 200, false),
                get("/cnam/finalite/99-99.html", 404),
                get("/nulle-part", 404),
                get("/recherche?q=" + enc("remboursement"), 200),
                get("/validation", 200),
                get("/download/registre.ttl", 200),
                get("/download/registre.nt", 200),
                get("/download/autre.ttl", 404),
                get("/.well-known/void", 200),
                get("/robots.txt", 200),
                get("/query", 200),
                get("/query/yasgui.min.js", 200),
                get("/query/yasgui.min.css", 200),
                get("/query/prefixes.json", 200),
                get("/query/editeur.js", 200),
                get("/query/editeur.css", 200),
                get("/query/autre.js", 404),
                get("/registre/sparql", 200),
                get("/registre/sparql?query=" + enc(COUNT), 200),
                get("/registre/sparql?query=" + enc("SELECT ?x WHERE { ?x "), 400),
                new Route("POST", "/registre/sparql", Map.of("Content-Type", form), "query=" + enc(COUNT), 200, false),
                new Route("POST", "/registre/sparql", Map.of("Content-Type", "application/sparql-update"),
                        "DROP ALL", 415, false),
                get("/registre?query=" + enc(COUNT), 200),
                get("/registre/data?default", 200),
                new Route("PUT", "/registre/data?default", Map.of("Content-Type", "text/turtle"), "", 405, false),
                get("/registre/update", 404),
                get("/$/ping", 200),
                get("/$/metrics", 404),
                get("/$/datasets", 404));
    }

    @TestFactory
    Stream<DynamicTest> everyRouteHasEachSecurityHeaderExactlyOnce() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            HttpResponse<byte[]> resp = send(root, route, Map.of());
            assertEquals(route.status(), resp.statusCode(), route.toString());
            assertSecurityHeaders(resp.headers(), route.editor());
            // Without --cors, no CORS header at all, even for a caller that names its origin.
            assertNull(resp.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
        }));
    }

    /** Jetty itself refuses a request it cannot read (a bad %-escape in the path): its 400 has the headers too. */
    @Test
    void jettysOwnBadRequestHasTheHeaders() throws IOException {
        String port = root.substring(root.lastIndexOf(':') + 1);
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(port))) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0];
            List<String> lines = head.lines().toList();
            assertEquals("HTTP/1.1 400 Bad Request", lines.get(0));
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        k -> new ArrayList<>()).add(line.substring(colon + 1).trim());
            }
            assertSecurityHeaders(HttpHeaders.of(headers, (a, b) -> true), false);
        }
    }

    @TestFactory
    Stream<DynamicTest> withCorsAnyOriginMayReadWithoutCredentials() {
        return routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
            HttpResponse<byte[]> resp = send(corsRoot, route, Map.of("Origin", "https://ailleurs.example"));
            assertEquals(route.status(), resp.statusCode(), route.toString());
            assertSecurityHeaders(resp.headers(), route.editor());
            assertEquals(List.of("*"), resp.headers().allValues("Access-Control-Allow-Origin"));
            assertEquals(List.of(CrossOrigin.EXPOSE_HEADERS), resp.headers().allValues("Access-Control-Expose-Headers"));
            assertEquals(List.of(), resp.headers().allValues("Access-Control-Allow-Credentials"));
        }));
    }

    @Test
    void corsPreflightAllowsTheReadingMethodsOnly() throws Exception {
        for (String method : List.of("GET", "HEAD", "POST", "OPTIONS")) {
            HttpResponse<byte[]> resp = preflight(method);
            assertEquals(204, resp.statusCode(), method);
            assertEquals(List.of("*"), resp.headers().allValues("Access-Control-Allow-Origin"), method);
            assertEquals(List.of("GET, HEAD, POST, OPTIONS"),
                    resp.headers().allValues("Access-Control-Allow-Methods"), method);
            assertEquals(List.of(CrossOrigin.ALLOW_HEADERS), resp.headers().allValues("Access-Control-Allow-Headers"));
            assertEquals(List.of("3600"), resp.headers().allValues("Access-Control-Max-Age"));
            assertEquals(List.of(), resp.headers().allValues("Access-Control-Allow-Credentials"), method);
            assertSecurityHeaders(resp.headers(), false);
        }
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            HttpResponse<byte[]> resp = preflight(method);
            // No CORS header: the browser refuses the call it was asking about.
            assertEquals(204, resp.statusCode(), method);
            assertEquals(List.of(), resp.headers().allValues("Access-Control-Allow-Origin"), method);
            assertEquals(List.of(), resp.headers().allValues("Access-Control-Allow-Methods"), method);
            assertSecurityHeaders(resp.headers(), false);
        }
    }

    @Test
    void metricsOnlyWithTheOption() throws Exception {
        FusekiServer withMetrics = start(new ServeOptions(0, "127.0.0.1", 30, false, true));
        try {
            HttpResponse<byte[]> resp = send("http://127.0.0.1:" + withMetrics.getHttpPort(),
                    get("/$/metrics", 200), Map.of());
            assertEquals(200, resp.statusCode());
            assertSecurityHeaders(resp.headers(), false);
        } finally {
            withMetrics.stop();
        }
    }

    private static HttpResponse<byte[]> preflight(String method) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(corsRoot + "/registre/sparql"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://ailleurs.example")
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type")
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static void assertSecurityHeaders(HttpHeaders headers, boolean editor) {
        assertEquals(List.of("nosniff"), headers.allValues("X-Content-Type-Options"));
        assertEquals(List.of("DENY"), headers.allValues("X-Frame-Options"));
        assertEquals(List.of("no-referrer"), headers.allValues("Referrer-Policy"));
        assertEquals(List.of(editor ? BrowserPolicy.CSP_EDITOR : BrowserPolicy.CSP),
                headers.allValues("Content-Security-Policy"));
    }

    static HttpResponse<byte[]> send(String base, Route route, Map<String, String> extra) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + route.path()))
                .timeout(Duration.ofSeconds(30))
                .method(route.method(), route.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(route.body()));
        route.headers().forEach(request::header);
        extra.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
