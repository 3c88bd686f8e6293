package org.w3id.registre.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.PropertyShape;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.PathWriter;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.RegisterFiles;

/**
 * Data-driven: every targeted shape of {@code shapes/} has a folder {@code src/test/resources/shapes/<Shape>/} with a
 * valid and an invalid fixture, each added to a small register ({@code base.ttl}) that every shape accepts. The
 * valid fixture yields no result from the shape; the invalid one yields exactly the results listed in
 * {@code invalid.expected}, duplicates included, each whole as Jena's SHACL tests compare reports (DESIGN.md §4): focus
 * node, path, value, source shape and severity, one tab-separated line per result (see {@link #entries}).
 */
public class ShapeFixturesTest {

    static final Path FIXTURES = Path.of("src/test/resources/shapes");
    static final String BASE_IRI = "https://w3id.org/registre/";
    static final String RSH = "https://w3id.org/registre/shapes#";
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    static Model ontologyAndBase;
    static Shapes shapes;

    @BeforeAll
    static void load() {
        List<Path> files = new ArrayList<>(RegisterFiles.ontologyFiles());
        files.add(FIXTURES.resolve("base.ttl"));
        ontologyAndBase = RegisterFiles.load(files);
        shapes = RegisterValidation.parseShapes(RegisterValidation.bundledShapes());
    }

    @Test
    void baseRegisterConformsToEveryShape() {
        ValidationReport report = RegisterValidation.validate(ontologyAndBase.getGraph(), shapes, TODAY);
        assertEquals(List.of(), entries(report.getEntries().stream().toList()));
    }

    @Test
    void everyTargetedShapeHasItsFixtures() throws IOException {
        Set<String> shapeNames = new TreeSet<>();
        for (Shape s : shapes.getTargetShapes()) {
            shapeNames.add(s.getShapeNode().getURI().substring(RSH.length()));
        }
        Set<String> fixtureNames = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            dirs.filter(Files::isDirectory).filter(d -> Files.exists(d.resolve("valid.ttl"))
                    && Files.exists(d.resolve("invalid.ttl")) && Files.exists(d.resolve("invalid.expected")))
                    .forEach(d -> fixtureNames.add(d.getFileName().toString()));
        }
        assertEquals(shapeNames, fixtureNames);
    }

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        return dirs.stream().flatMap(dir -> Stream.of(
                DynamicTest.dynamicTest(dir.getFileName() + "/valid", () -> check(dir, "valid.ttl", List.of())),
                DynamicTest.dynamicTest(dir.getFileName() + "/invalid",
                        () -> check(dir, "invalid.ttl", expected(dir.resolve("invalid.expected"))))));
    }

    private static void check(Path dir, String fixture, List<String> expected) {
        Model data = ModelFactory.createDefaultModel().add(ontologyAndBase);
        RegisterFiles.read(data, dir.resolve(fixture));
        Set<Node> family = family(dir.getFileName().toString());
        ValidationReport report = RegisterValidation.validate(data.getGraph(), shapes, TODAY);
        List<ReportEntry> mine = report.getEntries().stream().filter(e -> family.contains(e.source())).toList();
        assertEquals(expected, entries(mine), dir.getFileName() + "/" + fixture);
    }

    /** The node shape named like the folder and its property shapes. */
    private static Set<Node> family(String name) {
        Shape shape = shapes.getShape(NodeFactory.createURI(RSH + name));
        Set<Node> family = new HashSet<>();
        family.add(shape.getShapeNode());
        for (PropertyShape p : shape.getPropertyShapes()) {
            family.add(p.getShapeNode());
        }
        return family;
    }

    /**
     * Whole results, one line each: focus, path, value, source shape, severity. IRIs under the register's base are
     * written relative to it, shapes without {@code rsh:}, other IRIs and paths with the project's prefixes, literals
     * in Turtle form with their language tag or datatype (escaped: a tab or a newline inside a value stays on the
     * line); "-" where the result has no path or no value.
     */
    public static List<String> entries(List<ReportEntry> entries) {
        Prologue prologue = new Prologue(Prefixes.mapping());
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : entries) {
            String path = e.resultPath() == null ? "-" : PathWriter.asString(e.resultPath(), prologue);
            lines.add(term(e.focusNode()) + "\t" + path + "\t" + (e.value() == null ? "-" : term(e.value())) + "\t"
                    + shapeName(e.source()) + "\t" + Level.of(e.severity()).english());
        }
        lines.sort(null);
        return lines;
    }

    private static String term(Node n) {
        if (n.isURI() && n.getURI().startsWith(BASE_IRI)) {
            return n.getURI().substring(BASE_IRI.length());
        }
        return FmtUtils.stringForNode(n, Prefixes.mapping());
    }

    private static String shapeName(Node shape) {
        return shape.isURI() && shape.getURI().startsWith(RSH) ? shape.getURI().substring(RSH.length())
                : shape.toString();
    }

    /** (focus, shape, severity) only: the form of the pinned report of the real register. */
    public static List<String> lines(List<ReportEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : entries) {
            String focus = e.focusNode().isURI() && e.focusNode().getURI().startsWith(BASE_IRI)
                    ? e.focusNode().getURI().substring(BASE_IRI.length()) : e.focusNode().toString();
            String shape = e.source().isURI() && e.source().getURI().startsWith(RSH)
                    ? e.source().getURI().substring(RSH.length()) : e.source().toString();
            lines.add(focus + "\t" + shape + "\t" + Level.of(e.severity()).english());
        }
        lines.sort(null);
        return lines;
    }

    public static List<String> expected(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).sorted().toList();
    }
}
