package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The content-negotiation matrix on the fixture — each type, q-values, the overrides, 303, 404, 406, 400 — as one
 * suite with two targets: {@code registre serve} ({@link DereferencingTest}) and nginx serving the static export with
 * the configuration the export writes ({@link NginxDereferencingTest}). Both must give the same answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContentNegotiationMatrix {

    static final String BASE = BaseUri.DEFAULT;

    /** The running site under test. */
    abstract HttpTarget site();

    /** One register IRI of each kind, and the hash documents of the ontology and of the shapes. */
    static final List<String> PATHS = List.of("cnam/registre", "cnam/organisation/cnam", "cnam/mission/01",
            "cnam/finalite/02-01", "cnam/finalite/01-01/sous-finalite/2", "cnam/finalite/01-02/fondement/1",
            "droit/css", "droit/css/L111-2-2", "droit/loi/78-17", "ontologie", "shapes");

    /** Accept header → expected document extension. */
    static final List<String[]> ACCEPTS = List.of(
            new String[] {"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"},
            new String[] {"text/html", "html"},
            new String[] {"text/turtle", "ttl"},
            new String[] {"application/ld+json", "jsonld"},
            new String[] {"application/n-triples", "nt"},
            new String[] {"application/rdf+xml", "rdf"},
            new String[] {"text/turtle;q=0.5, application/ld+json", "jsonld"},
            new String[] {"*/*", "html"},
            new String[] {null, "html"},
            // q-values, specificity, aliases and ties, as RFC 9110 §12.5.1 and ContentNegotiation read them.
            new String[] {"application/x-turtle", "ttl"},
            new String[] {"text/plain", "nt"},
            new String[] {"application/xhtml+xml", "html"},
            new String[] {"TEXT/Turtle", "ttl"},
            new String[] {"text/*", "html"},
            new String[] {"application/*", "jsonld"},
            new String[] {"text/turtle;q=0.9, text/html;q=0.9", "html"},
            new String[] {"*/*;q=0.1, text/turtle;q=0", "html"},
            new String[] {"text/html;q=0, */*", "ttl"},
            new String[] {"text/turtle; q=0.5, application/rdf+xml; q=0.6", "rdf"},
            new String[] {"text/plain, text/turtle;q=0.4", "nt"},
            new String[] {"text/plain;q=0.7, text/turtle;q=0.4", "ttl"},
            new String[] {"text/turtle;q=abc, application/n-triples;q=0.1", "nt"},
            new String[] {"text/turtle;q=1.5, text/html;q=0.99", "ttl"},
            new String[] {"text/turtle;q=0.5f, application/ld+json;q=0.4", "ttl"},
            new String[] {"application/json, application/ld+json;q=0.2", "jsonld"},
            new String[] {"text/turtle;level=1;q=0.7, text/html;q=0.6", "ttl"},
            new String[] {"  ", "html"},
            new String[] {"garbage, application/rdf+xml", "rdf"});

    static Stream<Arguments> matrix() {
        List<Arguments> all = new ArrayList<>();
        for (String path : PATHS) {
            for (String[] accept : ACCEPTS) {
                all.add(Arguments.of(path, accept[0], accept[1]));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "/{0} Accept: {1} → .{2}")
    @MethodSource("matrix")
    void iriAnswers303ToTheNegotiatedDocument(String path, String accept, String extension) {
        HttpResponse<String> redirect = site().get("/" + path, accept);
        assertEquals(303, redirect.statusCode());
        assertEquals("/" + path + "." + extension, redirect.headers().firstValue("Location").orElseThrow());
        assertEquals("Accept", redirect.headers().firstValue("Vary").orElseThrow());
        HttpResponse<String> document = site().follow("/" + path, accept);
        assertEquals(200, document.statusCode());
        RdfFormat format = RdfFormat.byExtension(extension).orElseThrow();
        assertEquals(format.mediaType + ";charset=utf-8",
                document.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
        if (format.isRdf()) {
            assertDescribes(path, parse(document.body(), format));
        } else {
            assertTrue(document.body().startsWith("<!DOCTYPE html>"), path);
            assertTrue(document.body().contains("<code>" + BASE + path + "</code>"), path);
        }
    }

    static Stream<Arguments> documents() {
        List<Arguments> all = new ArrayList<>();
        for (String path : PATHS) {
            for (RdfFormat f : RdfFormat.values()) {
                all.add(Arguments.of(path, f));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "/{0}.{1}")
    @MethodSource("documents")
    void fileExtensionGivesTheDocumentWhateverTheAcceptHeader(String path, RdfFormat format) {
        HttpResponse<String> resp = site().get("/" + path + "." + format.extension, "image/png");
        assertEquals(200, resp.statusCode());
        assertTrue(resp.headers().firstValue("Content-Type").orElseThrow().startsWith(format.mediaType));
        if (format.isRdf()) {
            assertDescribes(path, parse(resp.body(), format));
        }
    }

    @Test
    void formatParameterOverridesAccept() {
        for (RdfFormat f : RdfFormat.values()) {
            HttpResponse<String> resp = site().get("/cnam/mission/01?format=" + f.extension,
                    f == RdfFormat.HTML ? "text/turtle" : "text/html");
            assertEquals(303, resp.statusCode());
            assertEquals("/cnam/mission/01." + f.extension, resp.headers().firstValue("Location").orElseThrow());
        }
    }

    @Test
    void unknownIriIs404() {
        for (String path : List.of("/cnam/mission/99", "/cnam/mission/99.ttl", "/droit/css/L999-9",
                "/cnam/finalite/01-01/sous-finalite/9", "/en/cnam/mission/99", "/ontologie/Finalite",
                "/nulle-part", "/download/autre.ttl")) {
            HttpResponse<String> resp = site().get(path, "text/turtle");
            assertEquals(404, resp.statusCode(), path);
        }
        HttpResponse<String> page = site().get("/cnam/mission/99", "text/html");
        assertTrue(page.body().contains("<p>Aucune ressource du registre à l&#39;adresse /cnam/mission/99.</p>\n"
                + "<p lang=\"en\">No register resource at /cnam/mission/99.</p>"), page.body());
    }

    @Test
    void nothingAcceptableIs406() {
        for (String accept : List.of("image/png", "text/html;q=0", "application/pdf, image/*")) {
            HttpResponse<String> resp = site().get("/cnam/finalite/02-01", accept);
            assertEquals(406, resp.statusCode(), accept);
            assertEquals("Accept", resp.headers().firstValue("Vary").orElseThrow());
        }
        assertEquals(406, site().get("/.well-known/void", "image/png").statusCode());
    }

    @Test
    void unknownFormatParameterIs400() {
        assertEquals(400, site().get("/cnam/mission/01?format=pdf", null).statusCode());
    }

    @Test
    void hashIrisDereferenceToTheOntologyDocument() {
        Model ontology = parse(site().follow("/ontologie", "text/turtle").body(), RdfFormat.TURTLE);
        for (String term : List.of("Finalite", "MissionMetier", "GestionDesMoyensGeneraux", "rang")) {
            assertTrue(ontology.contains(ontology.createResource(BASE + "ontologie#" + term), null,
                    (RDFNode) null), term);
        }
        String html = site().follow("/ontologie", "text/html").body();
        assertTrue(html.contains("<section id=\"Finalite\""), "anchor for ontologie#Finalite");
    }

    @Test
    void englishPages() {
        HttpResponse<String> en = site().get("/en/cnam/finalite/01-01", "text/html");
        assertEquals(200, en.statusCode());
        assertTrue(en.body().contains("<html lang=\"en\">"));
        assertTrue(en.body().contains("Manage registrations and affiliations</span> "
                + "<span class=\"traduction\">(project&#39;s translation)</span>"), en.body());
        for (String path : List.of("/en", "/en/", "/en/index.html", "/en/validation", "/en/validation.html",
                "/en/cnam/finalite/01-01.html")) {
            HttpResponse<String> page = site().get(path, "text/turtle");
            assertEquals(200, page.statusCode(), path);
            assertTrue(page.body().contains("<html lang=\"en\">"), path);
        }
        String fr = site().get("/cnam/finalite/01-01.html", null).body();
        assertTrue(fr.contains("<html lang=\"fr\">"));
        assertTrue(fr.contains("<h1><span>Gérer les immatriculations et les affiliations</span></h1>"), fr);
    }

    @Test
    void sitePagesAreNotIris() {
        for (String path : List.of("/validation", "/validation.html", "/index.html", "/validation/cnam",
                "/validation/cnam.html", "/en/validation/cnam", "/en/validation/cnam.html")) {
            HttpResponse<String> page = site().get(path, "text/turtle");
            assertEquals(200, page.statusCode(), path);
            assertEquals("text/html;charset=utf-8", contentType(page), path);
        }
        for (String path : List.of("/index", "/validation.ttl", "/download/registre", "/download/registre.html",
                "/en/cnam/finalite/01-01.ttl", "/cnam/mission/01/", "/.registre-export", "/.config/nginx/registre.js",
                "/.config/nginx/registre-site.conf", "/cnam/mission/01.ttl.gz", "/validation/cnam.ttl",
                "/validation/inconnu", "/en/validation/inconnu")) {
            assertEquals(404, site().get(path, null).statusCode(), path);
        }
    }

    /** Every answer of the site (a path outside its folders, such as /nulle-part, is Fuseki's own 404 on serve). */
    @Test
    void everyAnswerVariesOnAccept() {
        for (String path : List.of("/", "/cnam/mission/01", "/cnam/mission/01.ttl", "/cnam/mission/01.html",
                "/.well-known/void", "/download/registre.nt", "/cnam/mission/99", "/cnam/mission/01?format=pdf",
                "/en/cnam/mission/01", "/validation")) {
            HttpResponse<String> resp = site().get(path, "text/turtle");
            // serve adds Accept-Encoding where it stores a gzip form of the answer.
            List<String> vary = resp.headers().allValues("Vary").stream()
                    .flatMap(v -> java.util.Arrays.stream(v.split(","))).map(String::trim).toList();
            assertTrue(vary.equals(List.of("Accept")) || vary.equals(List.of("Accept", "Accept-Encoding")),
                    path + " " + vary);
        }
    }

    /**
     * The security headers on every kind of answer (page, document, 303, dump, 404, 406, 400), and Cache-Control on
     * the successful answers and redirects only: serve and nginx send the same, exactly once each.
     */
    @Test
    void everyAnswerHasTheSecurityHeadersAndTheSameCacheControl() {
        // The policy itself is checked in SecurityHeadersTest, its style hash by Chromium in BrowserTest.
        String csp = BrowserPolicy.CSP;
        for (String[] req : new String[][] {{"/", null, "200"}, {"/", "text/turtle", "303"},
            {"/cnam/mission/01", "text/turtle", "303"}, {"/cnam/mission/01.ttl", null, "200"},
            {"/cnam/mission/01.html", null, "200"}, {"/en/cnam/mission/01", null, "200"},
            {"/.well-known/void", "text/turtle", "200"}, {"/download/registre.nt", null, "200"},
            {"/validation", null, "200"}, {"/cnam/mission/99", null, "404"}, {"/cnam/mission/01", "image/png", "406"},
            {"/cnam/mission/01?format=pdf", null, "400"}, {"/cnam/mission/99.ttl", null, "404"}}) {
            HttpResponse<String> resp = site().get(req[0], req[1]);
            String what = req[0] + " " + req[1];
            assertEquals(Integer.parseInt(req[2]), resp.statusCode(), what);
            assertEquals(List.of("nosniff"), resp.headers().allValues("X-Content-Type-Options"), what);
            assertEquals(List.of("DENY"), resp.headers().allValues("X-Frame-Options"), what);
            assertEquals(List.of("no-referrer"), resp.headers().allValues("Referrer-Policy"), what);
            assertEquals(List.of(csp), resp.headers().allValues("Content-Security-Policy"), what);
            assertEquals(resp.statusCode() < 400 ? List.of("public, max-age=3600") : List.of(),
                    resp.headers().allValues("Cache-Control"), what);
        }
    }

    @Test
    void refusalsSayWhatWentWrongInBothLanguages() {
        HttpResponse<String> notFound = site().get("/cnam/mission/99", "text/turtle");
        assertEquals("text/html;charset=utf-8", contentType(notFound));
        assertTrue(notFound.body().contains("<h1>404 — Ressource introuvable / Not found</h1>"), notFound.body());
        HttpResponse<String> odd = site().get("/cnam/%3Cb%3E%27", null);
        assertEquals(404, odd.statusCode());
        assertTrue(odd.body().contains("<p>Aucune ressource du registre à l&#39;adresse /cnam/&lt;b&gt;&#39;.</p>"),
                odd.body());
        HttpResponse<String> unacceptable = site().get("/cnam/mission/01", "image/png");
        assertTrue(unacceptable.body().contains("<p>Formats disponibles : text/html, text/turtle, "
                + "application/ld+json, application/n-triples, application/rdf+xml.</p>"), unacceptable.body());
        HttpResponse<String> badFormat = site().get("/cnam/mission/01.ttl?format=%3Cpdf%3E", null);
        assertEquals(400, badFormat.statusCode());
        assertTrue(badFormat.body().contains("<p>Format inconnu « &lt;pdf&gt; » : html, ttl, jsonld, nt ou rdf.</p>"),
                badFormat.body());
        assertEquals(400, site().get("/?format=", "text/html").statusCode());
        assertEquals(400, site().get("/.well-known/void?format=pdf", null).statusCode());
        assertEquals(400, site().get("/en/cnam/mission/01?format=TTL", null).statusCode());
        // A valid ?format= on a document or a page changes nothing.
        assertEquals(200, site().get("/cnam/mission/01.html?format=ttl", null).statusCode());
        assertEquals(303, site().get("/?format=nt", "text/html").statusCode());
        assertEquals("/.well-known/void.nt", site().get("/?format=nt", null).headers().firstValue("Location")
                .orElseThrow());
    }

    /** Each register has its own dumps beside those of the whole graph: its named graph, in the four syntaxes. */
    @Test
    void eachRegisterHasItsOwnDumps() {
        org.apache.jena.graph.Graph expected = org.w3id.registre.store.RegisterGraphs.split(
                TestSite.fixtureGraph().getGraph(), BASE).get(BASE + "cnam/registre");
        for (RdfFormat f : RdfFormat.rdf()) {
            String path = "/download/cnam/registre." + f.extension;
            HttpResponse<String> dump = site().get(path, null);
            assertEquals(200, dump.statusCode(), path);
            assertTrue(contentType(dump).startsWith(f.mediaType), path + " " + contentType(dump));
            assertTrue(parse(dump.body(), f).getGraph().isIsomorphicWith(expected), path);
        }
        for (String path : List.of("/download/autre/registre.ttl", "/download/cnam/registre.html",
                "/download/droit/registre.ttl", "/download/cnam/registre")) {
            assertEquals(404, site().get(path, "text/turtle").statusCode(), path);
        }
    }

    static String contentType(HttpResponse<String> resp) {
        return resp.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", "");
    }

    @Test
    void homeNegotiatesToTheDatasetDescription() {
        assertEquals(200, site().get("/", "text/html").statusCode());
        HttpResponse<String> rdf = site().get("/", "text/turtle");
        assertEquals(303, rdf.statusCode());
        assertEquals("/.well-known/void.ttl", rdf.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> voidDoc = site().get("/.well-known/void", "application/ld+json");
        assertEquals(200, voidDoc.statusCode());
        assertEquals("/.well-known/void.jsonld", voidDoc.headers().firstValue("Content-Location").orElseThrow());
        HttpResponse<String> anything = site().get("/.well-known/void", "*/*");
        // The same description in both syntaxes, not merely some RDF.
        Model turtle = parse(anything.body(), RdfFormat.TURTLE);
        assertFalse(turtle.isEmpty());
        assertTrue(parse(voidDoc.body(), RdfFormat.JSONLD).isIsomorphicWith(turtle));
        assertEquals("/.well-known/void.ttl", anything.headers().firstValue("Content-Location").orElseThrow());
        HttpResponse<String> page = site().get("/.well-known/void", "text/html,*/*;q=0.8");
        assertEquals("/.well-known/void.html", page.headers().firstValue("Content-Location").orElseThrow());
        assertTrue(page.body().contains("<section id=\"registre\""), page.body());
    }

    static Model parse(String body, RdfFormat format) {
        Lang lang = switch (format) {
            case TURTLE -> Lang.TURTLE;
            case JSONLD -> Lang.JSONLD;
            case NTRIPLES -> Lang.NTRIPLES;
            case RDFXML -> Lang.RDFXML;
            default -> throw new IllegalArgumentException(format.toString());
        };
        Model m = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(m);
        return m;
    }

    /** The answer states something about the IRI itself (or, for the ontology, about its terms). */
    /**
     * The document describes the IRI, and says exactly what its Turtle form says: every syntax gives the same graph,
     * not merely some RDF.
     */
    void assertDescribes(String path, Model m) {
        String iri = BASE + path;
        Model turtle = parse(site().get("/" + path + ".ttl", "text/turtle").body(), RdfFormat.TURTLE);
        boolean aboutIt = turtle.contains(turtle.createResource(iri), null, (RDFNode) null);
        assertTrue(aboutIt, "no statement about " + iri + " in " + turtle.size() + " triples");
        assertTrue(m.isIsomorphicWith(turtle), path + ": " + m.size() + " triples, the Turtle document "
                + turtle.size());
    }
}
