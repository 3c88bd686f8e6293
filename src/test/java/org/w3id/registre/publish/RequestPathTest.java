package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Optional;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** How the linked-data servlet reads a request path: percent-escapes decoded, '+' kept (it is not a form). */
class RequestPathTest {

    static final String PLUS = BaseUri.DEFAULT + "cnam/citation/reglement+annexe";

    @Test
    void aPlusInAPathIsAPlus() {
        assertEquals(Optional.of("/cnam/citation/reglement+annexe"),
                LinkedDataServlet.decodePath("/cnam/citation/reglement+annexe"));
        assertEquals(Optional.of("/droit/css/L. 1+é"), LinkedDataServlet.decodePath("/droit/css/L.%201%2B%C3%A9"));
        assertEquals(Optional.empty(), LinkedDataServlet.decodePath("/cnam/%zz"));
        assertEquals(Optional.empty(), LinkedDataServlet.decodePath("/cnam/%C3"));
        assertEquals(Optional.empty(), LinkedDataServlet.decodePath("/cnam/%4"));
    }

    @Test
    void anIriWithAPlusDereferencesToItsOwnDocument() {
        Model more = ModelFactory.createDefaultModel();
        more.add(more.createResource(PLUS), RDFS.label, "avec un plus");
        try (TestSite site = TestSite.fixtureWith(more)) {
            HttpResponse<String> see = site.get("/cnam/citation/reglement+annexe", "text/turtle");
            assertEquals(303, see.statusCode());
            assertEquals("/cnam/citation/reglement+annexe.ttl", see.headers().firstValue("Location").orElseThrow());
            HttpResponse<String> doc = site.follow("/cnam/citation/reglement+annexe", "text/turtle");
            assertEquals(200, doc.statusCode());
            Model described = ModelFactory.createDefaultModel();
            RDFParser.fromString(doc.body(), Lang.TURTLE).parse(described);
            assertTrue(described.isIsomorphicWith(more), doc.body());
            // The same path with a space names nothing.
            assertEquals(404, site.get("/cnam/citation/reglement%20annexe", "text/turtle").statusCode());
        }
    }
}
