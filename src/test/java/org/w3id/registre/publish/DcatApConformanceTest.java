package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegisterInputs;
import org.w3id.registre.store.RegisterGraphs;
import org.w3id.registre.template.TemplateReader;

/**
 * The dataset description against the project's DCAT-AP 3.0.1 profile (mandatory properties, ranges and controlled
 * vocabularies at Violation, recommended properties at Warning): as the server answers it at /.well-known/void, and
 * as the static export writes it. Every result is named; the warnings left are the recommended properties the
 * project cannot fill honestly (README, "Portails de données ouvertes").
 */
class DcatApConformanceTest {

    private static final String DOC = BaseUri.DEFAULT + ".well-known/void";
    private static final String DAP = "https://w3id.org/registre/shapes/dcat-ap#";
    private static Shapes profile;

    @TempDir
    Path temp;

    @BeforeAll
    static void loadProfile() throws IOException {
        Model shapes = ModelFactory.createDefaultModel();
        try (InputStream in = DatasetDescription.class.getResourceAsStream("dcat-ap/profil-dcat-ap-3.0.1.ttl")) {
            RDFDataMgr.read(shapes, in, Lang.TURTLE);
        }
        profile = Shapes.parse(shapes.getGraph());
    }

    /** Each result as "severity focus shape" with IRIs shortened, sorted. */
    private static Set<String> results(Graph description) {
        ValidationReport report = ShaclValidator.get().validate(profile, description);
        Set<String> results = new TreeSet<>();
        report.getEntries().forEach(e -> results.add(e.severity().level().getLocalName() + " "
                + e.focusNode().getURI().replace(BaseUri.DEFAULT, "") + " "
                + e.source().getURI().replace(DAP, "dap:")));
        return results;
    }

    /** The honest gaps, whatever the target: no date the register states, no ADMS type for a project, no bbox. */
    private static final Set<String> GAPS = Set.of(
            // The document states no date: no release or modification date, no temporal coverage.
            "Warning .well-known/void#catalogue dap:Catalogue-issued-recommande",
            "Warning .well-known/void#catalogue dap:Catalogue-modified-recommande",
            "Warning .well-known/void#registre dap:Dataset-temporal-recommande",
            "Warning .well-known/void#registre-cnam dap:Dataset-temporal-recommande",
            // An open-source project is none of the ADMS publisher types.
            "Warning ontologie#ProjetRegistre dap:Agent-type-recommande",
            // France as a whole (overseas included): a bounding box or a centroid would be false precision.
            "Warning http://publications.europa.eu/resource/authority/country/FRA dap:Location-bbox-recommande",
            "Warning http://publications.europa.eu/resource/authority/country/FRA dap:Location-centroid-recommande");

    @Test
    void servedDescriptionHasNoViolationAndOnlyTheDocumentedGaps() {
        try (TestSite server = TestSite.bundled(new NotValidated())) {
            HttpResponse<String> resp = server.get("/.well-known/void", "text/turtle");
            assertEquals(200, resp.statusCode());
            Model description = ModelFactory.createDefaultModel();
            RDFDataMgr.read(description, new StringReader(resp.body()), DOC, Lang.TURTLE);
            assertEquals(GAPS, results(description.getGraph()));
        }
    }

    @Test
    void staticDescriptionHasNoViolationAndOnlyTheDocumentedGaps() throws IOException {
        Path out = temp.resolve("site");
        new StaticSite(new RegisterSite(TestSite.fixtureGraph(), BaseUri.defaultBase(), TestSite.fixtureFindings()))
                .write(out);
        Model description = RDFDataMgr.loadModel(out.resolve(".well-known/void.ttl").toString());
        Set<String> expected = new TreeSet<>(GAPS);
        // Without a server there is no SPARQL service to list.
        expected.add("Warning .well-known/void#catalogue dap:Catalogue-service-recommande");
        assertEquals(expected, results(description.getGraph()));
    }

    @Test
    void twoRegistersSideBySideEachWithItsDatasetAndItsDumps() throws IOException {
        List<Path> files = new ArrayList<>(RegisterFiles.dataFiles());
        files.add(Path.of("data/exemples/ville-fictive.ods"));
        Model union = RegisterInputs.loadWithOntology(files, TemplateReader::read);
        Path out = temp.resolve("deux");
        new StaticSite(new RegisterSite(union, BaseUri.defaultBase(), new NotValidated())).write(out);
        Model description = RDFDataMgr.loadModel(out.resolve(".well-known/void.ttl").toString());
        Set<String> expected = new TreeSet<>(GAPS);
        expected.add("Warning .well-known/void#catalogue dap:Catalogue-service-recommande");
        expected.add("Warning .well-known/void#registre-ville-fictive dap:Dataset-temporal-recommande");
        assertEquals(expected, results(description.getGraph()));
        // Each register has its own validation page, in both languages (RegisterValidationPagesTest: their content).
        for (String page : List.of("validation/cnam.html", "validation/ville-fictive.html",
                "en/validation/cnam.html", "en/validation/ville-fictive.html")) {
            assertTrue(Files.isRegularFile(out.resolve(page)), page);
        }
        // Each register's dump is its own named graph, as serve stores it.
        Map<String, Graph> graphs = RegisterGraphs.split(union.getGraph(), BaseUri.DEFAULT);
        for (String org : List.of("cnam", "ville-fictive")) {
            for (String ext : List.of("ttl", "nt", "jsonld", "rdf")) {
                Graph dump = RDFDataMgr.loadGraph(out.resolve("download/" + org + "/registre." + ext).toString());
                assertTrue(dump.isIsomorphicWith(graphs.get(BaseUri.DEFAULT + org + "/registre")), org + " " + ext);
            }
        }
    }

    @Test
    void theProfileFindsWhatTheOldDescriptionMissed() {
        // The description as it was before DCAT-AP: downloads without access URL; publisher, creator, landing page,
        // language, licence, media type and source not typed as DCAT-AP states their ranges; a language outside the
        // EU table; and none of the recommended properties.
        Model old = RDFDataMgr.loadModel("src/test/resources/publish/dcat-ap/description-avant.ttl");
        assertEquals(Set.of(
                "Violation .well-known/void#registre dap:Dataset-publisher",
                "Violation .well-known/void#registre dap:Dataset-creator",
                "Violation .well-known/void#registre dap:Dataset-language",
                "Violation .well-known/void#registre dap:Dataset-language-vocabulaire",
                "Violation .well-known/void#registre dap:Dataset-landingPage",
                "Violation .well-known/void#registre dap:Dataset-source",
                "Violation .well-known/void#telechargement-ttl dap:Distribution-accessURL",
                "Violation .well-known/void#telechargement-ttl dap:Distribution-license",
                "Violation .well-known/void#telechargement-ttl dap:Distribution-mediaType",
                "Warning .well-known/void#registre dap:Dataset-contactPoint-recommande",
                "Warning .well-known/void#registre dap:Dataset-keyword-recommande",
                "Warning .well-known/void#registre dap:Dataset-spatial-recommande",
                "Warning .well-known/void#registre dap:Dataset-temporal-recommande",
                "Warning .well-known/void#registre dap:Dataset-theme-recommande",
                "Warning .well-known/void#telechargement-ttl dap:Distribution-availability-recommande",
                "Warning .well-known/void#telechargement-ttl dap:Distribution-description-recommande",
                "Warning .well-known/void#telechargement-ttl dap:Distribution-format-recommande"),
                results(old.getGraph()));
    }

    @Test
    void theProfileConformsToShaclForShacl() throws IOException {
        Model shaclShacl = ModelFactory.createDefaultModel();
        try (InputStream in = ShaclValidator.class.getResourceAsStream("/std/shacl-shacl.ttl")) {
            RDFDataMgr.read(shaclShacl, in, Lang.TURTLE);
        }
        ValidationReport report = ShaclValidator.get().validate(Shapes.parse(shaclShacl.getGraph()),
                profile.getGraph());
        assertEquals(List.of(), report.getEntries().stream().map(Object::toString).toList());
    }
}
