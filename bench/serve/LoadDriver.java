// Benchmark driver for `registre serve` beside stock Fuseki (jena-fuseki-server 5.6.0, --file on the same Turtle).
// Pilote de banc d'essai : `registre serve` à côté de Fuseki standard, sur les mêmes fichiers Turtle.
//
// Run by bench/serve/run.sh from the project root, as a single-file program on the registre jar's classpath:
//   java -cp target/registre.jar bench/serve/LoadDriver.java --fuseki-jar bench/serve/target/jena-fuseki-server-5.6.0.jar
//
// It measures, for each server, in the same run and on the same machine:
//  - start-up to first answered query: from process launch to the first 200 answer to a real SELECT (median of N);
//  - throughput and p50/p99 latency of the catalogue mix (every queries/*.rq with its example parameters) at the
//    given concurrency levels, the two servers measured alternately at each level;
//  - resident memory (VmRSS, VmHWM from /proc/<pid>/status).
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import org.w3id.registre.query.CatalogueQuery;
import org.w3id.registre.query.QueryCatalogue;
import org.w3id.registre.core.RegisterFiles;

public class LoadDriver {

    record MixEntry(String name, String uriQuery, String accept) {
    }

    record Server(String label, List<String> command, int port) {
        String endpoint() {
            return "http://127.0.0.1:" + port + "/registre/sparql";
        }
    }

    record Level(int concurrency, long requests, long errors, double seconds, long p50, long p99, long mean) {
        double throughput() {
            return requests / seconds;
        }
    }

    static final String PROBE = "SELECT (COUNT(*) AS ?n) WHERE { ?f a <https://w3id.org/registre/ontologie#Finalite> }";

    public static void main(String[] args) throws Exception {
        String registreJar = "target/registre.jar";
        String fusekiJar = "bench/serve/target/jena-fuseki-server-5.6.0.jar";
        int[] levels = {1, 4, 16};
        int seconds = 20;
        int warmup = 10;
        int startupRuns = 3;
        Path report = Path.of("bench/serve/target/results.md");
        String xmx = null;
        List<String> serveArgs = new ArrayList<>();
        boolean distinct = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--registre-jar" -> registreJar = args[++i];
                case "--fuseki-jar" -> fusekiJar = args[++i];
                case "--levels" -> levels = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--startup-runs" -> startupRuns = Integer.parseInt(args[++i]);
                case "--report" -> report = Path.of(args[++i]);
                case "--xmx" -> xmx = args[++i];
                // One more argument for `registre serve` (repeat it), e.g. --serve-arg --timeout --serve-arg 0.
                case "--serve-arg" -> serveArgs.add(args[++i]);
                case "--mix" -> distinct = switch (args[++i]) {
                    case "repeated" -> false;
                    case "distinct" -> true;
                    default -> throw new IllegalArgumentException("--mix repeated|distinct");
                };
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // The bundled files live inside the jar: stock Fuseki reads copies of them, the very same bytes.
        Path copies = Path.of("bench/serve/target/data");
        Files.createDirectories(copies);
        List<String> files = new ArrayList<>();
        for (Path bundled : RegisterFiles.bundledFiles()) {
            Path copy = copies.resolve(files.size() + "-" + bundled.getFileName().toString());
            Files.copy(bundled, copy, StandardCopyOption.REPLACE_EXISTING);
            files.add(copy.toString());
        }
        // The same JVM settings for both: the defaults, or the same -Xmx when asked.
        List<String> jvm = new ArrayList<>(List.of(java));
        if (xmx != null) {
            jvm.add("-Xmx" + xmx);
        }
        List<String> fusekiCmd = new ArrayList<>(jvm);
        fusekiCmd.addAll(List.of("-jar", fusekiJar, "--localhost", "--port", "3931"));
        files.forEach(f -> fusekiCmd.add("--file=" + f));
        fusekiCmd.add("/registre");
        List<String> registreCmd = new ArrayList<>(jvm);
        registreCmd.addAll(List.of("-jar", registreJar, "serve", "--port", "3930"));
        registreCmd.addAll(serveArgs);
        Server registre = new Server("registre serve", registreCmd, 3930);
        Server fuseki = new Server("Fuseki 5.6.0 --file", fusekiCmd, 3931);

        List<MixEntry> mix = distinct ? distinctMix() : mix();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String load0 = Files.readString(Path.of("/proc/loadavg")).strip();

        // 1. Start-up to first answered query, alternating the two servers.
        List<Long> startRegistre = new ArrayList<>();
        List<Long> startFuseki = new ArrayList<>();
        for (int run = 0; run < startupRuns; run++) {
            for (Server s : List.of(registre, fuseki)) {
                Process p = launch(s);
                long ms = untilFirstAnswer(http, s, p);
                stop(p);
                (s == registre ? startRegistre : startFuseki).add(ms);
                System.err.printf("start-up %s run %d: %d ms%n", s.label(), run + 1, ms);
            }
        }

        // 2. Throughput and latency, both servers up, measured alternately at each level.
        Process pr = launch(registre);
        untilFirstAnswer(http, registre, pr);
        Process pf = launch(fuseki);
        untilFirstAnswer(http, fuseki, pf);
        // "After start" means after the start-up's work: serve validates and indexes beside, once it has answered. The
        // validation page waits for the validation and the search page for the index; then both servers idle 5 s
        // (serve gives back its start-up heap once it has had no request for 1 s: see server.StartupHeap).
        if (registre.command().contains("serve")) {
            for (String page : List.of("/validation", "/recherche?q=fraude")) {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + registre.port() + page))
                        .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding());
            }
        }
        Thread.sleep(5000);
        long rssIdleRegistre = procStatus(pr.pid(), "VmRSS");
        long rssIdleFuseki = procStatus(pf.pid(), "VmRSS");
        List<Level> resRegistre = new ArrayList<>();
        List<Level> resFuseki = new ArrayList<>();
        try {
            for (int c : levels) {
                for (Server s : List.of(registre, fuseki)) {
                    drive(http, s, mix, c, warmup, new ArrayList<>()); // warm-up, discarded
                }
                // The machine is shared: short slices, alternating the two servers, spread any outside load evenly.
                List<long[]> latR = new ArrayList<>();
                List<long[]> latF = new ArrayList<>();
                long[] errR = {0};
                long[] errF = {0};
                double[] secR = {0};
                double[] secF = {0};
                for (int done = 0; done < seconds; done += SLICE) {
                    int slice = Math.min(SLICE, seconds - done);
                    Level a = drive(http, registre, mix, c, slice, latR);
                    errR[0] += a.errors();
                    secR[0] += a.seconds();
                    Level z = drive(http, fuseki, mix, c, slice, latF);
                    errF[0] += z.errors();
                    secF[0] += z.seconds();
                }
                for (Server s : List.of(registre, fuseki)) {
                    boolean isR = s == registre;
                    Level l = level(c, isR ? latR : latF, isR ? errR[0] : errF[0], isR ? secR[0] : secF[0]);
                    (isR ? resRegistre : resFuseki).add(l);
                    System.err.printf("%s c=%d: %.1f req/s p50 %.2f ms p99 %.2f ms errors %d%n", s.label(), c,
                            l.throughput(), l.p50() / 1e6, l.p99() / 1e6, l.errors());
                }
            }
        } finally {
            long rssLoadRegistre = procStatus(pr.pid(), "VmRSS");
            long hwmRegistre = procStatus(pr.pid(), "VmHWM");
            long rssLoadFuseki = procStatus(pf.pid(), "VmRSS");
            long hwmFuseki = procStatus(pf.pid(), "VmHWM");
            stop(pr);
            stop(pf);
            String load1 = Files.readString(Path.of("/proc/loadavg")).strip();
            String md = report(mix, levels, seconds, warmup, startRegistre, startFuseki, resRegistre, resFuseki,
                    new long[] {rssIdleRegistre, rssLoadRegistre, hwmRegistre},
                    new long[] {rssIdleFuseki, rssLoadFuseki, hwmFuseki}, load0, load1, registre, fuseki);
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, md);
            System.out.println(md);
        }
    }

    /**
     * Every catalogue query with its example parameters substituted: the same text goes to both servers. Questions
     * using text:query are left out: stock Fuseki --file has no text index (it would answer them without searching);
     * the search is measured by bench/search/.
     */
    static List<MixEntry> mix() {
        List<MixEntry> mix = new ArrayList<>();
        for (CatalogueQuery q : QueryCatalogue.bundled().queries()) {
            if (q.exampleText().contains("text:query")) {
                continue;
            }
            boolean graph = q.query().isConstructType() || q.query().isDescribeType();
            mix.add(new MixEntry(q.name(), "query=" + URLEncoder.encode(q.exampleText(), StandardCharsets.UTF_8),
                    graph ? "text/turtle" : "application/sparql-results+json"));
        }
        return mix;
    }

    static final String DISTINCT_MARK = "__DISTINCT__";
    static final java.util.Map<String, AtomicLong> DISTINCT_COUNTERS = new java.util.concurrent.ConcurrentHashMap<>();
    static List<String> ARTICLES = List.of();

    /**
     * Question 07 (finalités relying on an article) with a different article each time and a LIMIT that is never
     * the same twice (it cuts nothing: the answers are far shorter), so that no two requests of a run are the same
     * query and no result cache can answer; both servers get the same sequence of queries.
     */
    static List<MixEntry> distinctMix() {
        CatalogueQuery q07 = QueryCatalogue.bundled().queries().stream()
                .filter(q -> q.name().startsWith("07-")).findFirst().orElseThrow();
        org.apache.jena.rdf.model.Model data = RegisterFiles.loadBundled();
        ARTICLES = data.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type,
                data.createResource("http://data.europa.eu/eli/ontology#LegalResource")).mapWith(r -> r.getURI())
                .toList().stream().sorted().toList();
        String example = "<" + q07.examples().get("article") + ">";
        String template = q07.exampleText().replace(example, "<" + DISTINCT_MARK + ">");
        return List.of(new MixEntry("07 distinct (" + ARTICLES.size() + " legal texts, LIMIT 1000000+n)",
                template, "application/sparql-results+json"));
    }

    static HttpRequest distinctRequest(Server s, MixEntry template, long n) {
        String text = template.uriQuery().replace(DISTINCT_MARK, ARTICLES.get((int) (n % ARTICLES.size())))
                + "\nLIMIT " + (1_000_000 + n);
        return HttpRequest.newBuilder(URI.create(s.endpoint() + "?query="
                + URLEncoder.encode(text, StandardCharsets.UTF_8))).header("Accept", template.accept())
                .timeout(Duration.ofSeconds(60)).build();
    }

    static Process launch(Server s) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(s.command())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        // Stock Fuseki writes its run area (configuration, shiro.ini, logs) into FUSEKI_BASE, ./run by default.
        pb.environment().put("FUSEKI_BASE", "bench/serve/target/fuseki-base");
        return pb.start();
    }

    static void stop(Process p) throws InterruptedException {
        p.destroy();
        if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
    }

    /** Milliseconds from now (just after launch) until the server answers the probe query with 200. */
    static long untilFirstAnswer(HttpClient http, Server s, Process p) throws Exception {
        long t0 = System.nanoTime();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(s.endpoint() + "?query="
                + URLEncoder.encode(PROBE, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(10)).build();
        while (true) {
            if (!p.isAlive()) {
                throw new IllegalStateException(s.label() + " exited with " + p.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(probe, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("83")) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (IOException notYet) {
                // connection refused while the server starts
            }
            if (System.nanoTime() - t0 > 300_000_000_000L) {
                throw new IllegalStateException(s.label() + " did not answer within 5 minutes");
            }
            Thread.sleep(20);
        }
    }

    /** c workers loop over the mix (each from its own offset) for the given seconds; latencies in nanoseconds. */
    /** Seconds per slice: each level's measurement alternates the two servers slice by slice. */
    static final int SLICE = 5;

    static Level level(int c, List<long[]> latencies, long errors, double seconds) {
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        long mean = all.length == 0 ? 0 : (long) Arrays.stream(all).average().orElse(0);
        return new Level(c, all.length, errors, seconds, pct(all, 0.50), pct(all, 0.99), mean);
    }

    static Level drive(HttpClient http, Server s, List<MixEntry> mix, int c, int seconds, List<long[]> into)
            throws Exception {
        // A fixed mix repeats its requests; the distinct mix (one entry, a template) makes a new query each time.
        boolean fresh = mix.size() == 1 && mix.get(0).uriQuery().contains(DISTINCT_MARK);
        List<HttpRequest> requests = fresh ? List.of() : mix.stream().map(m -> HttpRequest.newBuilder(
                URI.create(s.endpoint() + "?" + m.uriQuery())).header("Accept", m.accept())
                .timeout(Duration.ofSeconds(60)).build()).toList();
        AtomicLong counter = DISTINCT_COUNTERS.computeIfAbsent(s.label(), k -> new AtomicLong());
        List<long[]> perWorker = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(c);
        long start = System.nanoTime();
        long deadline = start + seconds * 1_000_000_000L;
        for (int w = 0; w < c; w++) {
            int offset = w;
            Thread t = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                int i = offset;
                try {
                    while (System.nanoTime() < deadline) {
                        HttpRequest req = fresh ? distinctRequest(s, mix.get(0), counter.getAndIncrement())
                                : requests.get(i++ % requests.size());
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                        long dt = System.nanoTime() - t0;
                        if (r.statusCode() != 200 || r.body().length == 0) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = dt;
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    perWorker.add(Arrays.copyOf(lat, n));
                    done.countDown();
                }
            });
            t.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        into.addAll(perWorker);
        return level(c, perWorker, errors.get(), elapsed);
    }

    static long pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** A field of /proc/PID/status in kB. */
    static long procStatus(long pid, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static String report(List<MixEntry> mix, int[] levels, int seconds, int warmup, List<Long> startR,
            List<Long> startF, List<Level> r, List<Level> f, long[] memR, long[] memF, String load0, String load1,
            Server registre, Server fuseki) {
        StringBuilder b = new StringBuilder();
        b.append("Run: ").append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(
                Locale.ROOT))).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ")
                .append(System.getProperty("java.version")).append(", /proc/loadavg before: ").append(load0)
                .append(", after: ").append(load1).append("\n\n");
        b.append("Mix: ").append(mix.size()).append(" catalogue queries (").append(String.join(", ",
                mix.stream().map(MixEntry::name).toList())).append("), ").append(warmup).append(" s warm-up then ")
                .append(seconds).append(" s per level and server, in ").append(SLICE)
                .append(" s slices alternating the two servers.\n\n");
        b.append("| | ").append(registre.label()).append(" | ").append(fuseki.label()).append(" | ratio serve / Fuseki |\n");
        b.append("|---|---:|---:|---:|\n");
        long mr = median(startR);
        long mf = median(startF);
        b.append(String.format(Locale.ROOT, "| start-up to first answered query, median of %d (ms) | %d %s | %d %s | %.2f |%n",
                startR.size(), mr, startR, mf, startF, (double) mr / mf));
        for (int i = 0; i < levels.length; i++) {
            Level a = r.get(i);
            Level z = f.get(i);
            b.append(String.format(Locale.ROOT, "| c=%d throughput (req/s) | %.1f | %.1f | %.2f |%n", a.concurrency(),
                    a.throughput(), z.throughput(), a.throughput() / z.throughput()));
            b.append(String.format(Locale.ROOT, "| c=%d p50 latency (ms) | %.2f | %.2f | %.2f |%n", a.concurrency(),
                    a.p50() / 1e6, z.p50() / 1e6, (double) a.p50() / z.p50()));
            b.append(String.format(Locale.ROOT, "| c=%d p99 latency (ms) | %.2f | %.2f | %.2f |%n", a.concurrency(),
                    a.p99() / 1e6, z.p99() / 1e6, (double) a.p99() / z.p99()));
            b.append(String.format(Locale.ROOT, "| c=%d requests / errors | %d / %d | %d / %d | |%n", a.concurrency(),
                    a.requests(), a.errors(), z.requests(), z.errors()));
        }
        b.append(String.format(Locale.ROOT, "| RSS after start, idle (MiB) | %.0f | %.0f | %.2f |%n", memR[0] / 1024.0,
                memF[0] / 1024.0, (double) memR[0] / memF[0]));
        b.append(String.format(Locale.ROOT, "| RSS after the load runs (MiB) | %.0f | %.0f | %.2f |%n", memR[1] / 1024.0,
                memF[1] / 1024.0, (double) memR[1] / memF[1]));
        b.append(String.format(Locale.ROOT, "| peak RSS, VmHWM (MiB) | %.0f | %.0f | %.2f |%n", memR[2] / 1024.0,
                memF[2] / 1024.0, (double) memR[2] / memF[2]));
        b.append("\nCommands:\n\n- ").append(String.join(" ", registre.command())).append("\n- ")
                .append(String.join(" ", fuseki.command())).append("\n");
        return b.toString();
    }
}
