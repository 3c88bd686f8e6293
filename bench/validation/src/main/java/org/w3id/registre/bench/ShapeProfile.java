package org.w3id.registre.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.engine.ValidationContext;
import org.apache.jena.shacl.parser.Shape;
import org.apache.jena.shacl.validation.VLib;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.w3id.registre.validate.RegisterValidation;

/**
 * Jena's validation cost shape by shape, on one scale: which shape's cost grows faster than the register. For each
 * shape with a target: the number of focus nodes and results, the CPU time of this thread to find the focus nodes (a
 * SPARQL-based target runs its query there) and to validate them (best of a few runs after one warm-up), and the number
 * of triples the shape read from the graph — a count the machine's load cannot change, so that two scales (10x and
 * 100x) show exactly the shapes whose work grows more than tenfold.
 *
 * <p>Usage: {@code ValidationBench jena-shapes SCALE OUTDIR}; writes {@code shapes-SCALE.tsv}. With
 * {@code -Dshapes=NAME,NAME}, only the shapes of these local names are profiled.
 */
final class ShapeProfile {

    private ShapeProfile() {
    }

    static void run(Graph data, Shapes shapes, int scale, Path outDir) throws Exception {
        AtomicLong read = new AtomicLong();
        Graph dated = new CountingGraph(RegisterValidation.withValidationDate(data, ValidationBench.DATE), read);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        int runs = scale <= 10 ? 5 : scale <= 100 ? 2 : 1;
        String only = System.getProperty("shapes", "");
        List<String> lines = new ArrayList<>();
        long total = 0;
        long totalRead = 0;
        for (Shape shape : shapes.getTargetShapes()) {
            String name = ValidationBench.shortName(shape.getShapeNode());
            if (!only.isEmpty() && !List.of(only.split(",")).contains(name)) {
                continue;
            }
            long bestTarget = Long.MAX_VALUE;
            long bestValidate = Long.MAX_VALUE;
            int focusCount = 0;
            int results = 0;
            long triples = 0;
            for (int i = 0; i <= runs; i++) { // run 0 warms up
                ValidationContext context = ValidationContext.create(shapes, dated);
                read.set(0);
                long t0 = cpu.getCurrentThreadCpuTime();
                Collection<Node> focus = VLib.focusNodes(dated, shape);
                long t1 = cpu.getCurrentThreadCpuTime();
                for (Node node : focus) {
                    VLib.validateShape(context, dated, shape, node);
                }
                long t2 = cpu.getCurrentThreadCpuTime();
                triples = read.get();
                if (i > 0) {
                    bestTarget = Math.min(bestTarget, t1 - t0);
                    bestValidate = Math.min(bestValidate, t2 - t1);
                }
                focusCount = focus.size();
                results = context.generateReport().getEntries().size();
            }
            total += bestTarget + bestValidate;
            totalRead += triples;
            lines.add(String.join("\t", name, Integer.toString(focusCount), Integer.toString(results),
                    Long.toString(bestTarget / 1_000_000), Long.toString(bestValidate / 1_000_000),
                    Long.toString(triples)));
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(outDir.resolve("shapes-" + scale + ".tsv")))) {
            w.println("shape\tfocus_nodes\tresults\ttarget_cpu_ms\tvalidate_cpu_ms\ttriples_read");
            lines.forEach(w::println);
            w.println("total\t\t\t\t" + total / 1_000_000 + "\t" + totalRead);
        }
        lines.forEach(System.out::println);
        System.out.println("total\t\t\t\t" + total / 1_000_000 + "\t" + totalRead);
    }

    /** The data, counting every triple a query or a constraint reads from it. */
    private static final class CountingGraph extends GraphWrapper {
        private final AtomicLong read;

        CountingGraph(Graph graph, AtomicLong read) {
            super(graph);
            this.read = read;
        }

        @Override
        public ExtendedIterator<Triple> find(Triple pattern) {
            return super.find(pattern).mapWith(this::counted);
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            return super.find(s, p, o).mapWith(this::counted);
        }

        @Override
        public ExtendedIterator<Triple> find() {
            return super.find().mapWith(this::counted);
        }

        private Triple counted(Triple t) {
            read.incrementAndGet();
            return t;
        }
    }
}
