package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegisterFiles;

/**
 * The export's JSON-LD writer against Jena's ({@code JSONLD11_PRETTY}), which it replaces only for speed: the same
 * bytes for every document of the bundled register, its dumps and the shapes; Jena's writer itself where a prefix is
 * also an IRI scheme; and one document as reviewed by hand.
 */
class JsonLdPrettyTest {

    private static RegisterSite site;

    @org.junit.jupiter.api.BeforeAll
    static void load() {
        BaseUri base = BaseUri.defaultBase();
        site = new RegisterSite(base.rebase(RegisterFiles.loadBundled()), base, new NotValidated());
    }

    /**
     * The register, and the heap G1 grew for these writes, given back: the rest of the suite runs in this JVM, and
     * StartupHeapTest measures how much heap G1 keeps committed.
     */
    @org.junit.jupiter.api.AfterAll
    static void release() {
        site = null;
        System.gc();
    }

    private static byte[] ours(Model model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonLdPretty.write(out, model);
        return out.toByteArray();
    }

    private static byte[] jenas(Model model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, model, RDFFormat.JSONLD11_PRETTY);
        return out.toByteArray();
    }

    @Test
    void everyDocumentOfTheRegisterHasJenasBytesWithoutJenasWriter() throws IOException {
        List<String> different = new ArrayList<>();
        int documents = 0;
        for (String path : site.documentPaths()) {
            Model description = site.describe(path);
            assertTrue(JsonLdPretty.direct(description), path);
            if (!java.util.Arrays.equals(ours(description), jenas(description))) {
                different.add(path);
            }
            documents++;
        }
        assertEquals(List.of(), different);
        assertEquals(site.documentPaths().size(), documents);
        // The dumps (blank nodes, RDF lists, 30 prefixes) and the shapes (other prefixes: another context).
        List<Model> whole = new ArrayList<>(List.of(site.graph(), site.shapes()));
        site.registers().forEach(r -> whole.add(site.registerDump(r).orElseThrow()));
        for (Model model : whole) {
            assertTrue(JsonLdPretty.direct(model));
            assertArrayEquals(jenas(model), ours(model));
        }
    }

    @Test
    void aPrefixThatIsAlsoAnIriSchemeGoesThroughJenasWriter() throws IOException {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("urn", "https://example.org/urn-terms/");
        model.add(model.createResource("urn:isbn:2-07-036822-X"), model.createProperty("http://purl.org/dc/terms/title"),
                "L'Étranger", "fr");
        assertFalse(JsonLdPretty.direct(model));
        assertArrayEquals(jenas(model), ours(model));
    }

    @Test
    void oneDocumentAsReviewed() throws IOException {
        Path golden = Path.of("src/test/resources/publish/jsonld/mission-03.jsonld");
        assertEquals(Files.readString(golden), new String(ours(site.describe("cnam/mission/03")),
                java.nio.charset.StandardCharsets.UTF_8));
    }
}
