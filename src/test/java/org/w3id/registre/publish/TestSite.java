package org.w3id.registre.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.registre.store.RegisterFiles;

/**
 * A running test server: Fuseki with the read-only dataset "registre" and the linked-data site, on a free loopback
 * port. Until branch serve lands, it also mounts a minimal copy of the /query YASGUI page (test only).
 */
final class TestSite implements AutoCloseable {

    static final Path FIXTURE = Path.of("src/test/resources/publish/fixture");
    static final Path FIXTURE_REPORT = Path.of("src/test/resources/publish/rapport-validation.ttl");

    final FusekiServer server;
    final RegisterSite site;
    final String root;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestSite(Model graph, BaseUri base, ValidationFindings findings) {
        FusekiServer.Builder builder = FusekiServer.create().loopback(true).port(0)
                .add("registre", DatasetGraphFactory.wrap(graph.getGraph()), false);
        this.site = LinkedDataSite.install(builder, graph, base, findings);
        builder.addServlet("/query", new MinimalQueryPage());
        builder.addServlet("/yasgui/*", new YasguiAssets());
        this.server = builder.build().start();
        this.root = "http://localhost:" + server.getHttpPort();
    }

    /** The small graph of src/test/resources/publish/fixture, with the hand-written validation report. */
    static Model fixtureGraph() {
        return RegisterFiles.load(RegisterFiles.turtleIn(FIXTURE));
    }

    static ValidationFindings fixtureFindings() {
        return new ShaclReportFindings(RDFDataMgr.loadModel(FIXTURE_REPORT.toString()));
    }

    static TestSite fixture() {
        return new TestSite(fixtureGraph(), BaseUri.defaultBase(), fixtureFindings());
    }

    /** The real bundled data (ontology/, data/), not validated here: that is the validate stage's job. */
    static TestSite bundled(ValidationFindings findings) {
        return new TestSite(RegisterFiles.loadBundled(), BaseUri.defaultBase(), findings);
    }

    HttpResponse<String> get(String pathOrUrl, String accept) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : root + pathOrUrl;
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url)).GET();
        if (accept != null) {
            req.header("Accept", accept);
        }
        try {
            return http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET following redirects (at most five hops), as a browser or a crawler would. */
    HttpResponse<String> follow(String pathOrUrl, String accept) {
        HttpResponse<String> resp = get(pathOrUrl, accept);
        for (int hop = 0; hop < 5 && resp.statusCode() / 100 == 3; hop++) {
            String location = resp.headers().firstValue("Location").orElseThrow();
            resp = get(resp.uri().resolve(location).toString(), accept);
        }
        return resp;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Test-only stand-in for branch serve's /query page: YASGUI on the read-only endpoint. */
    static final class MinimalQueryPage extends HttpServlet {
        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setContentType("text/html; charset=utf-8");
            resp.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="fr"><head><meta charset="utf-8"><title>SPARQL</title>
                    <link rel="stylesheet" href="/yasgui/yasgui.min.css"></head>
                    <body><main><h1>SPARQL</h1><div id="yasgui"></div></main>
                    <script src="/yasgui/yasgui.min.js"></script>
                    <script>
                      new Yasgui(document.getElementById("yasgui"), {
                        requestConfig: { endpoint: "/registre/sparql", method: "POST" },
                        copyEndpointOnNewTab: false, populateFromUrl: true, persistenceId: null });
                    </script></body></html>
                    """);
        }
    }

    /** Serves yasgui.min.js and .css from the WebJar on the test classpath. */
    static final class YasguiAssets extends HttpServlet {
        private static final String DIR = "/META-INF/resources/webjars/zazuko__yasgui/4.5.0/build/";

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
            if (!List.of("yasgui.min.js", "yasgui.min.css").contains(name)) {
                resp.sendError(404);
                return;
            }
            try (InputStream in = TestSite.class.getResourceAsStream(DIR + name)) {
                resp.setContentType(name.endsWith(".js") ? "text/javascript" : "text/css");
                in.transferTo(resp.getOutputStream());
            }
        }
    }
}
