package org.w3id.registre.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.registre.core.RegisterFiles;

/**
 * For the national-scale sizing (README, deploy/): the published register made n times larger as
 * {@link SyntheticRegister} does (every mission and finalité copied under renamed IRIs, the law and the ontology
 * single), streamed to N-Triples without holding it in memory, then loaded into a fresh TDB2 store with Jena's
 * parallel loader. Prints one tab-separated line: scale, triples, finalités, N-Triples bytes, load seconds, load CPU
 * seconds (all threads), store
 * bytes (apparent size of its files), one-query seconds (a count of finalités, cold store). The store is left in
 * WORKDIR for the caller to measure on disk ({@code du}) and remove.
 *
 *   java -cp … org.w3id.registre.bench.TdbScale SCALE WORKDIR
 */
public final class TdbScale {

    private TdbScale() {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Files.createDirectories(work);
        Path nt = work.resolve("registre-x" + n + ".nt");
        Path store = work.resolve("tdb2-x" + n);
        deleteTree(store);
        Graph source = RegisterFiles.loadBundled().getGraph();
        long triples = 0;
        try (OutputStream out = Files.newOutputStream(nt)) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES_UTF8);
            writer.start();
            // Triples outside the copied parts once; the copied ones n times, copy after copy.
            for (Triple t : source.find().toList()) {
                if (!copied(t.getSubject()) && !copied(t.getObject())) {
                    writer.triple(t);
                    triples++;
                }
            }
            for (int k = 0; k < n; k++) {
                for (Triple t : source.find().toList()) {
                    if (copied(t.getSubject()) || copied(t.getObject())) {
                        writer.triple(Triple.create(rename(t.getSubject(), k), t.getPredicate(),
                                rename(t.getObject(), k)));
                        triples++;
                    }
                }
            }
            writer.finish();
        }
        long ntBytes = Files.size(nt);
        long t0 = System.nanoTime();
        long cpu0 = cpuNanos();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (fmt, a) -> { });
        loader.startBulk();
        loader.load(nt.toString());
        loader.finishBulk();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        double loadCpuSeconds = (cpuNanos() - cpu0) / 1e9;
        TDBInternal.expel(dsg);
        long storeBytes = size(store);
        DatasetGraph reopened = DatabaseMgr.connectDatasetGraph(store.toString());
        long q0 = System.nanoTime();
        long finalites = Txn.calculateRead(reopened, () -> {
            try (var qe = org.apache.jena.sparql.exec.QueryExec.dataset(reopened)
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?f a <https://w3id.org/registre/ontologie#Finalite> }")
                    .build()) {
                return ((Number) qe.select().next().get("n").getLiteralValue()).longValue();
            }
        });
        double querySeconds = (System.nanoTime() - q0) / 1e9;
        TDBInternal.expel(reopened);
        Files.delete(nt);
        System.out.println(String.format(Locale.ROOT, "%d\t%d\t%d\t%d\t%.1f\t%.1f\t%d\t%.2f", n, triples,
                finalites, ntBytes, loadSeconds, loadCpuSeconds, storeBytes, querySeconds));
    }

    /** CPU time of the whole process (every thread of the loader): on a shared machine, steadier than the clock. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
    }

    private static boolean copied(Node node) {
        if (!node.isURI()) {
            return false;
        }
        for (String prefix : SyntheticRegister.COPIED) {
            if (node.getURI().startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static Node rename(Node node, int k) {
        if (k == 0 || !copied(node)) {
            return node;
        }
        String cnam = SyntheticRegister.CNAM;
        return NodeFactory.createURI(cnam + "copie-" + k + "/" + node.getURI().substring(cnam.length()));
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
