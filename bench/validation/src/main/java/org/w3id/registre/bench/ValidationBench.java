package org.w3id.registre.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sys.JenaSystem;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.validate.RegisterValidation;

/**
 * One (engine, scale) measurement, in its own JVM (run.sh starts one per pair, so that a slow engine cannot slow the
 * next and a timeout can stop it). Builds the synthetic register, validates it with the project's shapes as of a fixed
 * date, and writes:
 * <ul>
 * <li>one line to {@code results.tsv}: scale, engine, triples, results, warm-ups, runs, median and min time (ms), and
 * the time garbage collection took per timed run (ms), the median CPU time of the JVM and of the validating thread
 * per timed run (ms), and the wall-clock and JVM CPU time of the first, cold, validation (ms);</li>
 * <li>{@code signature-SCALE-ENGINE.tsv}: the count of results by (focus node, source shape, severity), sorted, which
 * run.sh compares across engines.</li>
 * </ul>
 * Usage: {@code ValidationBench ENGINE SCALE OUTDIR} with ENGINE = jena | topbraid | rdf4j, run from the project root;
 * ENGINE = jena-shapes times Jena shape by shape instead ({@link ShapeProfile}).
 */
public final class ValidationBench {

    /** Fixed, so that every engine and every run sees the same ended legal basis. */
    static final LocalDate DATE = LocalDate.of(2026, 1, 1);

    public static void main(String[] args) throws Exception {
        JenaSystem.init();
        String engineName = args[0];
        Path outDir = Path.of(args[2]);
        Files.createDirectories(outDir);
        if (args[1].equals("fixtures")) {
            FixtureAgreement.run(engineName, outDir);
            return;
        }
        int scale = Integer.parseInt(args[1]);

        Model base = RegisterFiles.loadBundled();
        Graph data = SyntheticRegister.times(base.getGraph(), scale);
        // The validation date as a triple of the data, for the engines other than Registre's (which adds it itself).
        addDate(data);
        Model shapes = RegisterValidation.bundledShapes();

        if (engineName.equals("jena-shapes")) {
            ShapeProfile.run(data, RegisterValidation.parseShapes(shapes), scale, outDir);
            return;
        }
        Engine engine = engine(engineName);
        engine.prepare(data, shapes, DATE);

        // The first validation in a fresh JVM is timed on its own: it is what `registre validate` pays once (class
        // loading, the JIT compiling the engine). The warm runs after enough warm-ups measure the engine itself: with
        // 3 warm-ups at 1x (before 2 December 2026, evening) the timed runs were still mostly JIT compilation.
        // At 100x and 1000x the cold run is the warm-up: at 1000x it still pays 30-50 s of CPU for the JIT compiler
        // (Jena: 128 s of CPU cold against 81 s warm), so one warm run follows it, or the 1000x/100x ratio would
        // measure compilation.
        int warmups = Integer.getInteger("warmups", scale <= 1 ? 30 : scale <= 10 ? 10 : 0);
        int runs = Integer.getInteger("runs", scale <= 1 ? 20 : scale <= 10 ? 10 : scale <= 100 ? 3 : 1);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long gcBefore = gcMillis();
        long cold0 = processCpuNanos();
        long coldThread0 = threads.getCurrentThreadCpuTime();
        long coldT0 = System.nanoTime();
        List<Engine.Result> last = engine.validate();
        long coldMs = (System.nanoTime() - coldT0) / 1_000_000;
        long coldCpuMs = (processCpuNanos() - cold0) / 1_000_000;
        long coldThreadMs = (threads.getCurrentThreadCpuTime() - coldThread0) / 1_000_000;
        for (int i = 0; i < warmups; i++) {
            last = engine.validate();
        }
        List<Long> times = new ArrayList<>();
        List<Long> cpuTimes = new ArrayList<>();
        List<Long> threadCpuTimes = new ArrayList<>();
        if (runs > 0) {
            gcBefore = gcMillis();
        }
        for (int i = 0; i < runs; i++) {
            long c0 = processCpuNanos();
            long tc0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = engine.validate();
            times.add((System.nanoTime() - t0) / 1_000_000);
            threadCpuTimes.add((threads.getCurrentThreadCpuTime() - tc0) / 1_000_000);
            cpuTimes.add((processCpuNanos() - c0) / 1_000_000);
        }
        if (runs == 0) {
            times.add(coldMs);
            cpuTimes.add(coldCpuMs);
            threadCpuTimes.add(coldThreadMs);
        }
        // Garbage collection during the timed runs, per run: how much of the time is memory, not validation.
        long gcPerRun = (gcMillis() - gcBefore) / Math.max(1, runs);
        Collections.sort(times);
        Collections.sort(cpuTimes);
        Collections.sort(threadCpuTimes);
        long median = times.get(times.size() / 2);
        long min = times.get(0);

        Map<String, Integer> signature = new TreeMap<>();
        for (Engine.Result r : last) {
            signature.merge(r.focus() + "\t" + r.shape() + "\t" + r.severity(), 1, Integer::sum);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(
                outDir.resolve("signature-" + scale + "-" + engineName + ".tsv")))) {
            signature.forEach((k, v) -> w.println(k + "\t" + v));
        }
        String line = String.join("\t", Integer.toString(scale), engineName, Long.toString(data.size()),
                Integer.toString(last.size()), Integer.toString(warmups), Integer.toString(runs),
                Long.toString(median), Long.toString(min), Long.toString(gcPerRun),
                Long.toString(cpuTimes.get(cpuTimes.size() / 2)),
                Long.toString(threadCpuTimes.get(threadCpuTimes.size() / 2)),
                Long.toString(coldMs), Long.toString(coldCpuMs)) + "\n";
        Files.writeString(outDir.resolve("results.tsv"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.print(line);
    }

    /**
     * CPU time of the whole JVM (every thread: an engine's own workers, the collector, the JIT compiler). On a machine
     * shared with other work, wall-clock time mostly measures the share of the cores a run got; the CPU time an engine
     * needs for the same validation does not depend on that share (caches and frequency aside).
     */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Milliseconds this JVM's collectors have spent so far (pauses, for the parallel collector). */
    static long gcMillis() {
        long total = 0;
        for (java.lang.management.GarbageCollectorMXBean gc
                : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    static Engine engine(String name) {
        return switch (name) {
            case "jena" -> new JenaEngine();
            case "topbraid" -> new TopBraidEngine();
            case "rdf4j" -> new Rdf4jEngine();
            default -> throw new IllegalArgumentException("engine: jena | topbraid | rdf4j");
        };
    }

    /** A shape's local name, or its blank node label: enough to tell the project's shapes apart. */
    static String shortName(org.apache.jena.graph.Node shape) {
        if (!shape.isURI()) {
            return "_:" + shape.getBlankNodeLabel();
        }
        String uri = shape.getURI();
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }

    /** The validation-context triple, as Registre adds it. */
    static void addDate(Graph data) {
        data.add(NodeFactory.createURI(RegisterValidation.CONTEXT),
                NodeFactory.createURI(RegisterValidation.VALIDATION_DATE),
                NodeFactory.createLiteralDT(DATE.toString(), XSDDatatype.XSDdate));
    }
}
