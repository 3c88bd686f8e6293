package org.w3id.registre.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.rdf.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3id.registre.importer.RegisterImport;
import org.w3id.registre.core.RegisterFiles;

/**
 * Import of the whole document in-process, warm: read, parse, cite, and render the three Turtle files (no disk
 * write). The peer is Jena parsing what the import writes: a reader of the graph pays that cost on every load, so the
 * ratio says how the whole import compares with merely reading its result.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(2)
public class ImportBenchmark {

    private final Path root = Path.of(System.getProperty("registre.root", "."));

    @Benchmark
    public RegisterImport importDocument() {
        return RegisterImport.run(root.resolve("data/source/traitements-assurance-maladie.txt"),
                root.resolve("data/alignement-dpv.csv"), root.resolve("data/traductions-en.csv"));
    }

    @Benchmark
    public Model peerJenaParsesTheImportedTurtle() {
        return RegisterFiles.load(List.of(root.resolve("data/registre.ttl"), root.resolve("data/droit.ttl"),
                root.resolve("data/alignement.ttl")));
    }
}
