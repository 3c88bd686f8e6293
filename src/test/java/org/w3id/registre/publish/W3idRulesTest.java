package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The w3id.org rules written by the export, in Debian's Apache as w3id.org runs them ({@code registre/.htaccess}),
 * redirecting to nginx serving the export: every request of the content-negotiation matrix, started at
 * {@code https://w3id.org/registre/…}, ends on the document that {@code registre serve} gives for it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class W3idRulesTest {

    private NginxSite nginx;
    private ApacheServer apache;
    private String site;
    private Path exportDir;

    @BeforeAll
    void start() throws IOException {
        exportDir = Files.createTempDirectory("registre-w3id-export-").resolve("site");
        int port = NginxSite.freePort();
        site = "http://127.0.0.1:" + port + "/";
        RegisterSite register = new RegisterSite(TestSite.fixtureGraph(), BaseUri.defaultBase(),
                TestSite.fixtureFindings());
        new StaticSite(register, site).write(exportDir);
        nginx = new NginxSite(exportDir, port);
        apache = new ApacheServer();
        apache.put("registre/.htaccess", Files.readString(exportDir.resolve(W3idRules.FILE)));
    }

    @AfterAll
    void stop() {
        if (apache != null) {
            apache.close();
        }
        if (nginx != null) {
            nginx.close();
        }
        NginxSite.deleteTree(exportDir.getParent());
    }

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (String path : ContentNegotiationMatrix.PATHS) {
            for (String[] accept : ContentNegotiationMatrix.ACCEPTS) {
                all.add(Arguments.of(path, accept[0], accept[1]));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "w3id /registre/{0} Accept: {1} → .{2}")
    @MethodSource("matrix")
    void everyIriEndsOnTheDocumentTheServerChooses(String path, String accept, String extension) {
        HttpResponse<String> redirect = apache.get("/registre/" + path, accept);
        assertEquals(303, redirect.statusCode(), () -> redirect.body());
        assertEquals("Accept", redirect.headers().firstValue("Vary").orElseThrow());
        assertEquals(List.of("nosniff"), redirect.headers().allValues("X-Content-Type-Options"));
        assertEquals(List.of("DENY"), redirect.headers().allValues("X-Frame-Options"));
        assertEquals(List.of("no-referrer"), redirect.headers().allValues("Referrer-Policy"));
        assertEquals(List.of(BrowserPolicy.CSP), redirect.headers().allValues("Content-Security-Policy"));
        assertEquals(List.of("public, max-age=3600"), redirect.headers().allValues("Cache-Control"));
        String location = redirect.headers().firstValue("Location").orElseThrow();
        assertTrue(location.equals(site + path) || location.equals(site + path + "." + extension), location);
        HttpResponse<String> document = apache.follow("/registre/" + path, accept);
        assertEquals(200, document.statusCode());
        assertEquals(site + path + "." + extension, document.uri().toString());
    }

    @Test
    void unambiguousHeadersGoStraightToTheDocument() {
        for (String[] c : new String[][] {
            {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"}, {null, "html"},
            {"text/turtle", "ttl"}, {"application/ld+json", "jsonld"}, {"application/n-triples", "nt"},
            {"text/plain", "nt"}, {"application/rdf+xml", "rdf"}, {"application/x-turtle", "ttl"}}) {
            HttpResponse<String> resp = apache.get("/registre/cnam/mission/01", c[0]);
            assertEquals(site + "cnam/mission/01." + c[1], resp.headers().firstValue("Location").orElseThrow(), c[0]);
        }
        for (String accept : List.of("text/turtle;q=0.5, application/ld+json", "text/html;q=0.9", "*/*",
                "image/png")) {
            HttpResponse<String> resp = apache.get("/registre/cnam/mission/01", accept);
            assertEquals(site + "cnam/mission/01", resp.headers().firstValue("Location").orElseThrow(), accept);
        }
    }

    @Test
    void refusalsAndDocumentsAreTheSitesAnswers() {
        assertEquals(406, apache.follow("/registre/cnam/mission/01", "image/png").statusCode());
        assertEquals(404, apache.follow("/registre/cnam/mission/99", "text/turtle").statusCode());
        assertEquals(400, apache.follow("/registre/cnam/mission/01?format=pdf", "text/turtle").statusCode());
        HttpResponse<String> forced = apache.follow("/registre/cnam/mission/01?format=nt", "text/html");
        assertEquals(site + "cnam/mission/01.nt", forced.uri().toString());
        HttpResponse<String> document = apache.get("/registre/cnam/mission/01.ttl", "text/html");
        assertEquals(302, document.statusCode());
        assertEquals(site + "cnam/mission/01.ttl", document.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> home = apache.follow("/registre/", "text/html");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("<html lang=\"fr\">"));
        HttpResponse<String> description = apache.follow("/registre/.well-known/void", "application/ld+json");
        assertEquals("/.well-known/void.jsonld", description.headers().firstValue("Content-Location").orElseThrow());
    }
}
