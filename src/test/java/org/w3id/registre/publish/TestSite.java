package org.w3id.registre.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.w3id.registre.query.QueryCatalogue;
import org.w3id.registre.search.RegisterSearch;
import org.w3id.registre.search.RegisterTextIndex;
import org.w3id.registre.server.RegisterServer;
import org.w3id.registre.server.ServeOptions;
import org.w3id.registre.core.RegisterFiles;

/**
 * A running test server: Fuseki with the read-only dataset "registre" and the linked-data site, on a free loopback
 * port, built by {@link RegisterServer} as {@code registre serve} builds it.
 */
final class TestSite implements HttpTarget, AutoCloseable {

    static final Path FIXTURE = Path.of("src/test/resources/publish/fixture");
    static final Path FIXTURE_REPORT = Path.of("src/test/resources/publish/rapport-validation.ttl");

    final FusekiServer server;
    final RegisterSite site;
    final String root;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private TestSite(Model graph, BaseUri base, ValidationFindings findings) {
        // The real server of registre serve: read-only dataset, query editor at /query, loopback, free port.
        ServeOptions options = new ServeOptions(0, "127.0.0.1", 30, false);
        // Indexed for full-text search, as serve does.
        DatasetGraph dataset = RegisterTextIndex.inMemory(DatasetGraphFactory.wrap(graph.getGraph())).dataset();
        this.site = new RegisterSite(graph, base, findings);
        FusekiServer.Builder builder = RegisterServer.builder(options, dataset, List.of(
                QueryEditor.module(QueryCatalogue.bundled(), dataset, "/registre/sparql"),
                LinkedDataSite.module(site, new RegisterSearch(dataset))));
        this.server = RegisterServer.start(builder, options);
        this.root = "http://127.0.0.1:" + server.getHttpPort();
    }

    /** The small graph of src/test/resources/publish/fixture, with the hand-written validation report. */
    static Model fixtureGraph() {
        return RegisterFiles.load(RegisterFiles.turtleIn(FIXTURE));
    }

    static ValidationFindings fixtureFindings() {
        return new ShaclReportFindings(RDFDataMgr.loadModel(FIXTURE_REPORT.toString()));
    }

    /** The fixture graph and its report, with {@code more} added (a resource a test needs). */
    static TestSite fixtureWith(Model more) {
        return new TestSite(fixtureGraph().add(more), BaseUri.defaultBase(), fixtureFindings());
    }

    static TestSite fixture() {
        return new TestSite(fixtureGraph(), BaseUri.defaultBase(), fixtureFindings());
    }

    /** Any graph and its findings, under the default base. */
    static TestSite of(Model graph, ValidationFindings findings) {
        return new TestSite(graph, BaseUri.defaultBase(), findings);
    }

    /** The real bundled data (ontology/, data/), not validated here: that is the validate stage's job. */
    static TestSite bundled(ValidationFindings findings) {
        return new TestSite(RegisterFiles.loadBundled(), BaseUri.defaultBase(), findings);
    }

    @Override
    public HttpResponse<String> get(String pathOrUrl, String accept) {
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

    @Override
    public HttpResponse<String> follow(String pathOrUrl, String accept) {
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

}
