package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same content-negotiation matrix against Debian's nginx serving the static export of the fixture with the
 * configuration that {@code export --site} wrote beside it, and what only the static site does.
 */
class NginxDereferencingTest extends ContentNegotiationMatrix {

    private Path exportDir;
    private NginxSite nginx;
    private TestSite server;

    @BeforeAll
    void start() throws IOException {
        exportDir = Files.createTempDirectory("registre-nginx-export-").resolve("site");
        new StaticSite(new RegisterSite(TestSite.fixtureGraph(), BaseUri.defaultBase(), TestSite.fixtureFindings()))
                .write(exportDir);
        nginx = new NginxSite(exportDir);
        server = TestSite.fixture();
    }

    @AfterAll
    void stop() {
        if (nginx != null) {
            nginx.close();
        }
        if (server != null) {
            server.close();
        }
        NginxSite.deleteTree(exportDir.getParent());
    }

    @Override
    HttpTarget site() {
        return nginx;
    }

    @Test
    void refusalPagesAreTheServersWithoutTheQueryEditor() {
        for (String[] req : new String[][] {{"/cnam/mission/99", "text/html"}, {"/cnam/mission/01", "image/png"},
                {"/cnam/mission/01?format=pdf", null}}) {
            HttpResponse<String> fromNginx = nginx.get(req[0], req[1]);
            HttpResponse<String> fromServer = server.get(req[0], req[1]);
            assertEquals(fromServer.statusCode(), fromNginx.statusCode(), req[0]);
            // Without the query editor, and the header's search box leads to the static search page.
            String serverPage = fromServer.body().replace("<li><a href=\"/query\">Requêtes SPARQL</a></li>", "")
                    .replace("action=\"/recherche\"", "action=\"/recherche.html\"");
            assertEquals(serverPage, fromNginx.body(), req[0]);
        }
    }

    @Test
    void documentsAreTheExportedFilesWithValidators() throws IOException {
        HttpResponse<String> ttl = nginx.get("/cnam/finalite/02-01.ttl", null);
        assertEquals(Files.readString(exportDir.resolve("cnam/finalite/02-01.ttl")), ttl.body());
        assertTrue(ttl.headers().firstValue("ETag").isPresent());
        assertTrue(ttl.headers().firstValue("Last-Modified").isPresent());
        HttpResponse<String> voidDoc = nginx.get("/.well-known/void", "application/n-triples");
        assertEquals(Files.readString(exportDir.resolve(".well-known/void.nt")), voidDoc.body());
        assertEquals("application/n-triples;charset=utf-8", contentType(voidDoc));
    }
}
