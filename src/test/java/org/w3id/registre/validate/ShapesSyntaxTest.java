package org.w3id.registre.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.registre.core.RegisterFiles;

/** The shapes files themselves: SHACL-for-SHACL (shipped in jena-shacl), and the project's own rules for shapes. */
class ShapesSyntaxTest {

    static {
        // The vocabulary constants below need Jena initialised first, whichever test class runs first.
        JenaSystem.init();
    }

    static final Set<String> NOT_CONSTRAINTS = Set.of(RDF.type.getURI(), RDFS.label.getURI(),
            RDFS.comment.getURI(), SHACL.property.getURI(), SHACL.targetClass.getURI(), SHACL.targetNode.getURI(),
            SHACL.targetObjectsOf.getURI(), SHACL.targetSubjectsOf.getURI(), SHACL.message.getURI(),
            SHACL.severity.getURI(), SHACL.deactivated.getURI());

    static final Set<String> TARGETS = Set.of(SHACL.targetClass.getURI(), SHACL.targetNode.getURI(),
            SHACL.targetObjectsOf.getURI(), SHACL.targetSubjectsOf.getURI());

    static Shapes shaclShacl() throws Exception {
        try (InputStream in = ShaclValidator.class.getResourceAsStream("/std/shacl-shacl.ttl")) {
            assertNotNull(in, "std/shacl-shacl.ttl missing from jena-shacl");
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            return Shapes.parse(m);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyShapesFileConformsToShaclForShacl() throws Exception {
        Shapes shsh = shaclShacl();
        return RegisterFiles.turtleIn(RegisterFiles.shapesDir()).stream().map(file -> DynamicTest.dynamicTest(
                "shacl-shacl " + file.getFileName(), () -> {
                    Model m = RegisterFiles.load(List.of(file));
                    ValidationReport report = ShaclValidator.get().validate(shsh, m.getGraph());
                    List<String> problems = new ArrayList<>();
                    report.getEntries().forEach(e -> problems.add(e.toString()));
                    assertEquals(List.of(), problems);
                }));
    }

    /**
     * A shape that reports (it has a target, or is a property shape of one) and states constraints of its own states
     * its severity and a French and an English message.
     */
    @TestFactory
    Stream<DynamicTest> everyConstrainingShapeHasSeverityAndBilingualMessages() {
        return RegisterFiles.turtleIn(RegisterFiles.shapesDir()).stream().map(file -> DynamicTest.dynamicTest(
                "messages " + file.getFileName(), () -> assertEquals(Set.of(), incomplete(file))));
    }

    private static Set<String> incomplete(Path file) {
        Model m = RegisterFiles.load(List.of(file));
        Set<String> bad = new TreeSet<>();
        Set<Resource> shapes = new java.util.HashSet<>();
        m.listSubjectsWithProperty(RDF.type, m.createResource(SHACL.NodeShape.getURI())).forEachRemaining(shapes::add);
        m.listSubjectsWithProperty(RDF.type, m.createResource(SHACL.PropertyShape.getURI()))
                .forEachRemaining(shapes::add);
        for (Resource s : shapes) {
            if (!s.isURIResource()) {
                bad.add(file + ": anonymous shape / forme anonyme " + s);
                continue;
            }
            boolean constrains = s.listProperties().toList().stream()
                    .anyMatch(st -> !NOT_CONSTRAINTS.contains(st.getPredicate().getURI()));
            // Helpers used only inside sh:or / sh:not / qualified shapes report nothing themselves.
            boolean reports = m.contains(null, m.createProperty(SHACL.property.getURI()), s)
                    || TARGETS.stream().anyMatch(t -> s.hasProperty(m.createProperty(t)));
            if (!constrains || !reports) {
                continue;
            }
            if (!s.hasProperty(m.createProperty(SHACL.severity.getURI()))) {
                bad.add(s.getURI() + " : no sh:severity");
            }
            Set<String> langs = new TreeSet<>();
            for (Statement st : s.listProperties(m.createProperty(SHACL.message.getURI())).toList()) {
                RDFNode o = st.getObject();
                if (o.isLiteral()) {
                    langs.add(o.asLiteral().getLanguage());
                }
            }
            if (!langs.equals(Set.of("fr", "en"))) {
                bad.add(s.getURI() + " : messages " + langs);
            }
        }
        return bad;
    }
}
