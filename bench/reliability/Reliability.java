// Reliability driver for issue 14: pathological queries against a running `registre serve --timeout T`, each with a
// probe query sent every 100 ms on another connection, then SIGTERM while pathological queries are in flight.
// Pilote de fiabilité : requêtes pathologiques contre un `registre serve --timeout T`, chacune avec une requête
// sonde toutes les 100 ms, puis SIGTERM pendant que des requêtes pathologiques tournent.
//
// Run by bench/reliability/run.sh (JDK only, single-file program):
//   java bench/reliability/Reliability.java cases BASE_URL TIMEOUT_S SERVER_LOG
//   java bench/reliability/Reliability.java sigterm BASE_URL TIMEOUT_S PID
// Prints one Markdown table row per case.
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

public class Reliability {

    static String base;
    static String endpoint;
    static int port;
    static long timeoutMs;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final AtomicInteger PROBE_SEQ = new AtomicInteger();

    /** What a case ended with, as the client saw it. */
    record Outcome(String status, long millis) {
    }

    public static void main(String[] args) throws Exception {
        base = args[1];
        endpoint = base + "/registre/sparql";
        port = URI.create(base).getPort();
        timeoutMs = Long.parseLong(args[2]) * 1000;
        if (args[0].equals("sigterm")) {
            sigterm(Long.parseLong(args[3]));
        } else {
            cases(Path.of(args[3]));
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String notExists(int depth) {
        String q = "?s <urn:x> ?o";
        for (int i = 0; i < depth; i++) {
            q = "?s <urn:x" + i + "> ?o FILTER NOT EXISTS { " + q + " }";
        }
        return "SELECT * WHERE { " + q + " }";
    }

    static void cases(Path serverLog) throws Exception {
        // Warm-up, so that the first case does not time this program's own start.
        for (int i = 0; i < 20; i++) {
            send("GET", "ASK { ?s ?p " + i + " }");
        }
        String a = "a".repeat(40);
        String cross = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";
        String longPath = "SELECT * WHERE { ?s " + "<urn:p>/".repeat(9000) + "<urn:p> ?o }";
        String starPath = "SELECT (COUNT(*) AS ?n) WHERE { ?s " + "(<urn:p>|^<urn:q>|!<urn:r>)*/".repeat(40)
                + "!<urn:r> ?o }";
        System.out.println("| cas / case | taille / size | réponse / answer | fin côté client / client end (ms) |"
                + " fil serveur / server thread (ms) | sonde / probe p50 · max (ms), n |");
        System.out.println("|---|---|---|---|---|---|");
        row("FILTER NOT EXISTS ×26", notExists(26), q -> send("GET", q), serverLog);
        row("REGEX catastrophique / catastrophic", "ASK { FILTER(REGEX(\"" + a + "\", \"^(.*a){10}b$\")) }",
                q -> send("GET", q), serverLog);
        row("REPLACE catastrophique sur les données / on the data",
                "SELECT (COUNT(?r) AS ?n) WHERE { ?s ?p ?o BIND(REPLACE(CONCAT(STR(?s), \"" + a
                        + "\"), \"^(.*a){10}b$\", \"x\") AS ?r) }", q -> send("POST", q), serverLog);
        row("chemin de propriétés / property path 9,000 steps", longPath, q -> send("BODY", q), serverLog);
        row("chemin de propriétés / property path: 40 × (p|^q|!r)*", starPath, q -> send("BODY", q), serverLog);
        row("SELECT en flux, lecteur rapide / streamed, fast reader", cross, q -> stream(q, 0, 0), serverLog);
        row("SELECT en flux, 8 lecteurs lents (64 Kio / 0,5 s) / 8 slow readers", cross, q -> slowReaders(q, 8),
                serverLog);
        row("SELECT en flux, client qui ne lit pas / client that does not read", cross,
                q -> stream(q, -1, 0), serverLog);
        String q03 = Files.readString(Path.of("queries/03-matrice-mission-base.rq")) + "\nLIMIT 0\n";
        row("question 03 + LIMIT 0", q03, q -> send("BODY", q), serverLog);
    }

    interface Case {
        Outcome run(String query) throws Exception;
    }

    /** Runs one case with a probe every 100 ms meanwhile, and prints its row. */
    static void row(String label, String query, Case c, Path serverLog) throws Exception {
        String marked = "# cas " + label.hashCode() + "-" + System.nanoTime() + "\n" + query;
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> probes = Collections.synchronizedList(new ArrayList<>());
        Thread prober = new Thread(() -> {
            while (running.get()) {
                try {
                    long t0 = System.nanoTime();
                    // A new query each time: the result cache would answer a repeated one without running it.
                    var r = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query="
                            + enc("ASK { ?s ?p ?o FILTER(?o != " + PROBE_SEQ.incrementAndGet() + ") }")))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                    probes.add(r.statusCode() == 200 ? ms : 100_000 + r.statusCode());
                    Thread.sleep(100);
                } catch (Exception e) {
                    probes.add(999_999L);
                }
            }
        });
        prober.start();
        Outcome outcome;
        try {
            outcome = c.run(marked);
        } finally {
            Thread.sleep(300);
            running.set(false);
            prober.join();
        }
        List<Long> sorted = new ArrayList<>(probes);
        Collections.sort(sorted);
        String probe = sorted.isEmpty() ? "–" : sorted.get(sorted.size() / 2) + " · " + sorted.get(sorted.size() - 1)
                + ", " + sorted.size();
        System.out.printf(Locale.ROOT, "| %s | %,d B | %s | %d | %s | %s |%n", label,
                marked.getBytes(StandardCharsets.UTF_8).length, outcome.status(), outcome.millis(),
                serverMillis(serverLog, marked), probe);
    }

    /** The time the server spent on the request, from its one log line (found by the query's first line). */
    static String serverMillis(Path log, String marked) throws IOException, InterruptedException {
        String mark = marked.substring(0, marked.indexOf('\n'));
        for (int i = 0; i < 50; i++) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (String line : lines) {
                int at = line.indexOf(" ms");
                if (line.contains(mark) && line.contains("RequestLog") && at > 0) {
                    String[] words = line.substring(0, at).split(" ");
                    String status = words[words.length - 2];
                    return words[words.length - 1] + " (" + status + (line.contains("coupée/cut") ? ", coupée/cut" : "")
                            + ")";
                }
            }
            Thread.sleep(100);
        }
        return "pas de ligne / no log line";
    }

    static Outcome send(String how, String query) throws Exception {
        HttpRequest.Builder b = switch (how) {
            case "GET" -> HttpRequest.newBuilder(URI.create(endpoint + "?query=" + enc(query)));
            case "POST" -> HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query)));
            default -> HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(query));
        };
        long t0 = System.nanoTime();
        var r = HTTP.send(b.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.discarding());
        return new Outcome(Integer.toString(r.statusCode()), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0));
    }

    /**
     * A raw HTTP/1.1 GET whose body is read {@code chunk} bytes at a time with {@code pauseMs} between reads
     * ({@code chunk} 0: as fast as possible; -1: nothing is read until the server should have closed, then all).
     */
    static Outcome stream(String query, int chunk, long pauseMs) throws Exception {
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(chunk == -1 ? 4096 : 65536);
            socket.connect(new InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout(60_000);
            long t0 = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(("GET /registre/sparql?query=" + enc(query) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Accept: text/tab-separated-values\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (chunk == -1) {
                Thread.sleep(timeoutMs + 3000);
            }
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[chunk > 0 ? chunk : 65536];
            byte[] tail = new byte[5];
            long total = 0;
            String head = null;
            boolean reset = false;
            try {
              for (int n; (n = in.read(buf)) > 0; ) {
                if (head == null) {
                    head = new String(buf, 0, Math.min(n, 12), StandardCharsets.US_ASCII);
                }
                total += n;
                for (int i = Math.max(0, n - 5); i < n; i++) {
                    System.arraycopy(tail, 1, tail, 0, 4);
                    tail[4] = buf[i];
                }
                if (chunk > 0 && pauseMs > 0) {
                    Thread.sleep(pauseMs);
                }
              }
            } catch (java.net.SocketException e) {
                reset = true;
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
            boolean whole = new String(tail, StandardCharsets.US_ASCII).equals("0\r\n\r\n");
            String status = (head == null ? "?" : head.substring(9, 12)) + ", " + String.format(Locale.ROOT, "%,d",
                    total) + " B, " + (reset ? "connexion réinitialisée / connection reset"
                    : whole ? "dernier bloc reçu / last chunk received" : "sans dernier bloc / no last chunk");
            return new Outcome(status, ms);
        }
    }

    static Outcome slowReaders(String query, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Outcome>> all = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                // Each reader asks a query of its own, so that each runs on the server.
                String own = query.replaceFirst("\n", " " + i + "\n");
                all.add(pool.submit(() -> stream(own, 65536, 500)));
            }
            long worst = 0;
            String status = null;
            for (Future<Outcome> f : all) {
                Outcome o = f.get();
                worst = Math.max(worst, o.millis());
                status = status == null ? o.status() : status;
            }
            return new Outcome(clients + " × " + status + " (le plus lent / slowest)", worst);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The state letter of /proc/PID/stat (after the command name in parentheses), or "gone". */
    static String stateOf(Path stat) {
        try {
            String line = Files.readString(stat);
            return line.substring(line.lastIndexOf(')') + 2, line.lastIndexOf(')') + 3);
        } catch (IOException | RuntimeException e) {
            return "gone";
        }
    }

    /** SIGTERM while a catastrophic REGEX and a client that does not read are in flight: time to process exit. */
    static void sigterm(long pid) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        String a = "a".repeat(40);
        pool.submit((Callable<Outcome>) () -> send("GET", "ASK { FILTER(REGEX(\"" + a + "\", \"^(.*a){10}b$\")) }"));
        pool.submit((Callable<Outcome>) () -> stream("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }", -1, 0));
        Thread.sleep(1500);
        long t0 = System.nanoTime();
        new ProcessBuilder("kill", "-TERM", Long.toString(pid)).inheritIO().start().waitFor();
        // Polled in /proc: the server is the script's child, not ours, and stays a zombie until the script reaps it.
        Path stat = Path.of("/proc/" + pid + "/stat");
        boolean exited = false;
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(30)) {
            String state = Files.exists(stat) ? stateOf(stat) : "gone";
            if (state.equals("gone") || state.equals("Z") || state.equals("X")) {
                exited = true;
                break;
            }
            Thread.sleep(10);
        }
        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        pool.shutdownNow();
        System.out.printf(Locale.ROOT, "| SIGTERM, REGEX et client qui ne lit pas en cours / REGEX and a non-reading"
                + " client in flight | %s | %d ms |%n", exited ? "arrêté / stopped" : "toujours là / still running",
                ms);
    }
}
