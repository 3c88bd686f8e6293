package org.w3id.registre.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACLM;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.RegisterFiles;

/**
 * The analysis shapes hand their constraints only the nodes that can fail, through a SPARQL-based target, instead of
 * every node of a class: cheaper, and it must never change the report (shapes/analyse.ttl says so). Here each such
 * target is widened back to its class ({@code sh:targetClass}) and the whole results — focus, path, value, shape,
 * severity — are compared with the narrowed shapes', on the real register and on every test fixture. A target that
 * forgets a word of its rule's pattern fails here.
 */
class NarrowingTargetsTest {

    /** Every shape of analyse.ttl with a SPARQL-based target, and the class its rule bears on. */
    static final Map<String, String> WIDE = new TreeMap<>(Map.of(
            "Art9-CategoriesParticulieres", "Finalite",
            "Art9-CategoriesParticulieresDeclarees", "Finalite",
            "ConsentementPresume", "Finalite",
            "Art6-1-f-ActivitePublique", "Finalite",
            "DecisionAutomatiseeProfilage", "SousFinalite",
            "Art10-Infractions", "Finalite",
            "RechercheEtStatistiques", "Finalite",
            "SousFinalitesIdentiques", "Finalite",
            "SousFinaliteEnDouble", "Finalite"));

    static Model narrowModel;
    static Shapes narrow;
    static Shapes wide;

    @BeforeAll
    static void load() {
        narrowModel = RegisterValidation.bundledShapes();
        narrow = RegisterValidation.parseShapes(narrowModel);
        wide = RegisterValidation.parseShapes(widened(narrowModel));
    }

    @Test
    void theTableNamesEveryAnalysisShapeWithASparqlTarget() {
        Model analyse = RegisterFiles.load(List.of(RegisterFiles.shapesDir().resolve("analyse.ttl")));
        TreeSet<String> withSparqlTarget = new TreeSet<>();
        analyse.listStatements(null, SHACLM.target, (RDFNode) null).forEachRemaining(s -> {
            if (s.getObject().asResource().hasProperty(SHACLM.select)) {
                withSparqlTarget.add(s.getSubject().getURI().substring(ShapeFixturesTest.RSH.length()));
            }
        });
        assertEquals(WIDE.keySet(), withSparqlTarget);
    }

    @Test
    void theRealRegisterGetsTheSameResultsWithTheWideTargets() {
        Model register = RegisterFiles.loadBundled();
        List<String> narrowed = results(register, narrow);
        assertEquals(675, narrowed.size());
        assertEquals(narrowed, results(register, wide));
    }

    @Test
    void everyFixtureGetsTheSameResultsWithTheWideTargets() throws IOException {
        List<Path> fixtures = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ShapeFixturesTest.FIXTURES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                fixtures.add(dir.resolve("valid.ttl"));
                fixtures.add(dir.resolve("invalid.ttl"));
            }
        }
        List<Path> base = new ArrayList<>(RegisterFiles.ontologyFiles());
        base.add(ShapeFixturesTest.FIXTURES.resolve("base.ttl"));
        Model ontologyAndBase = RegisterFiles.load(base);
        int compared = 0;
        for (Path fixture : fixtures) {
            Model data = ModelFactory.createDefaultModel().add(ontologyAndBase);
            RegisterFiles.read(data, fixture);
            assertEquals(results(data, narrow), results(data, wide), fixture.toString());
            compared++;
        }
        assertEquals(62, compared, "valid and invalid fixture of each of the 31 shapes");
    }

    private static List<String> results(Model data, Shapes shapes) {
        return ShapeFixturesTest.entries(
                RegisterValidation.validate(data.getGraph(), shapes, ShapeFixturesTest.TODAY).getEntries()
                        .stream().toList());
    }

    /** The same shapes, each SPARQL-based target of the table replaced by {@code sh:targetClass reg:<class>}. */
    private static Model widened(Model shapes) {
        Model copy = ModelFactory.createDefaultModel().add(shapes);
        WIDE.forEach((shape, cls) -> {
            Resource node = copy.createResource(ShapeFixturesTest.RSH + shape);
            List<Statement> targets = node.listProperties(SHACLM.target).toList();
            assertEquals(1, targets.size(), shape);
            Resource target = targets.get(0).getResource();
            copy.removeAll(target, null, null);
            copy.remove(targets.get(0));
            copy.add(node, SHACLM.targetClass, copy.createResource(Prefixes.REG + cls));
        });
        return copy;
    }
}
