package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The content-negotiation matrix against {@code registre serve} (the fixture), and the server's own links. */
class DereferencingTest extends ContentNegotiationMatrix {

    private TestSite site;

    @BeforeAll
    void start() {
        site = TestSite.fixture();
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Override
    HttpTarget site() {
        return site;
    }

    @Test
    void languageSwitchLinksTheServersPaths() {
        HttpResponse<String> en = site.get("/en/cnam/finalite/01-01", "text/html");
        assertTrue(en.body().contains("href=\"/cnam/finalite/01-01\" hreflang=\"fr\" lang=\"fr\">Français</a>"));
        String fr = site.get("/cnam/finalite/01-01.html", null).body();
        assertTrue(fr.contains("href=\"/en/cnam/finalite/01-01\" hreflang=\"en\" lang=\"en\">English</a>"));
        assertEquals(200, en.statusCode());
    }
}
