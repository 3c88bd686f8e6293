package org.w3id.registre.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.validate.RegisterValidation;

/**
 * The published register leaves most shapes silent (it has no structural violation), so agreement on it alone proves
 * little. This runs one engine over every test fixture (base register + valid.ttl / invalid.ttl of each shape) and
 * writes one signature, {@code signature-fixtures-ENGINE.tsv}, that run.sh compares across engines: the count of each
 * whole result (focus node, path, value, source shape, severity), as the project's fixture tests compare them.
 */
final class FixtureAgreement {

    static final Path FIXTURES = Path.of("src/test/resources/shapes");

    private FixtureAgreement() {
    }

    static void run(String engineName, Path outDir) throws Exception {
        Model shapes = RegisterValidation.bundledShapes();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        Map<String, Integer> signature = new TreeMap<>();
        for (Path dir : dirs) {
            for (String fixture : List.of("valid.ttl", "invalid.ttl")) {
                List<Path> files = new ArrayList<>(RegisterFiles.ontologyFiles());
                files.add(FIXTURES.resolve("base.ttl"));
                files.add(dir.resolve(fixture));
                Graph data = RegisterFiles.load(files).getGraph();
                ValidationBench.addDate(data);
                Engine engine = ValidationBench.engine(engineName);
                engine.prepare(data, shapes, ValidationBench.DATE);
                String name = dir.getFileName() + "/" + fixture;
                List<Engine.Result> results = engine.validate();
                signature.merge(name + "\t(results)\t\t", results.size(), Integer::sum);
                for (Engine.Result r : results) {
                    signature.merge(String.join("\t", name, r.focus(), r.path(), r.value(), r.shape(), r.severity()), 1,
                            Integer::sum);
                }
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(
                outDir.resolve("signature-fixtures-" + engineName + ".tsv")))) {
            signature.forEach((k, v) -> w.println(k + "\t" + v));
        }
        System.out.println("fixtures\t" + engineName + "\t" + dirs.size() * 2 + " fixtures");
    }
}
