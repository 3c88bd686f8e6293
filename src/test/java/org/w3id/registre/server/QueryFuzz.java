package org.w3id.registre.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Seeded fuzzing of the SPARQL endpoint, as a hostile client would: the catalogue's queries mutated byte by byte
 * (cut, doubled, shuffled, stray brackets and quotes, invalid UTF-8, LIMIT 0, deep nesting, catastrophic regex) and
 * plain random bytes, each sent as GET, as a form or as an {@code application/sparql-query} body. The same seed sends
 * the same requests. Only the JDK is used, so that {@code bench/reliability/run.sh} runs this file as it stands:
 * <pre>java src/test/java/org/w3id/registre/server/QueryFuzz.java URL QUERIES_DIR SEED COUNT [THREADS]</pre>
 * and prints the count of answers by status.
 */
public final class QueryFuzz {

    private static final byte[] NOISE = "{}()[]<>\"'?$#.;,|/^*+!=&@:_\\\n \t0aéZ".getBytes(StandardCharsets.UTF_8);
    private static final String[] WORDS = {" LIMIT 0", " OFFSET 99999999999", " FILTER NOT EXISTS { ?s ?p ?o }",
        " OPTIONAL { ?x ?y ?z }", " UNION ", " SERVICE <http://127.0.0.1:9/> { ?a ?b ?c }", " ORDER BY ?zz",
        " GROUP BY ?g", " VALUES ?v { 1 2 }", " BIND(1/0 AS ?e)", " FILTER(REGEX(STR(?x), \"^(.*a){12}b$\"))",
        " <<( ?s ?p ?o )>>", " ?s <urn:p>/<urn:q>* ?o .", " 9999999999999999999999999999e999999", " \"\\u0000\"",
        " SELECT * WHERE {", "}", " LIMIT -1", " # commentaire\n", " @fr", "^^<urn:t>", " COUNT(*)"};

    /** Key of the requests that got no status. */
    public static final String NO_ANSWER = "sans réponse / no answer";
    /** Suffix of the status of an answer cut after its status was sent (a stream over its time). */
    public static final String CUT = " coupée / cut";

    private final List<byte[]> seeds;
    private final Random random;

    public QueryFuzz(List<String> seedQueries, long seed) {
        this.seeds = seedQueries.stream().map(q -> q.getBytes(StandardCharsets.UTF_8)).toList();
        this.random = new Random(seed);
    }

    /** One fuzzed request: how it is sent and its body bytes. */
    public record Input(String method, byte[] query) {
    }

    /** The next input; the sequence depends only on the seed and the seed queries. */
    public Input next() {
        int kind = random.nextInt(20);
        byte[] query;
        if (kind == 0) {
            query = new byte[1 + random.nextInt(2000)];
            random.nextBytes(query);
        } else if (kind == 1) {
            query = nested(1 + random.nextInt(3000));
        } else {
            query = seeds.get(random.nextInt(seeds.size()));
            int mutations = 1 + random.nextInt(4);
            for (int i = 0; i < mutations; i++) {
                query = mutate(query);
            }
        }
        String method = switch (random.nextInt(3)) {
            case 0 -> "GET";
            case 1 -> "FORM";
            default -> "BODY";
        };
        return new Input(method, query);
    }

    private byte[] nested(int depth) {
        String[][] shapes = {{"{", "}"}, {"(", ")"}, {"FILTER NOT EXISTS {", "}"}, {"OPTIONAL {", "}"}}; 
        String[] shape = shapes[random.nextInt(shapes.length)];
        StringBuilder q = new StringBuilder("SELECT * WHERE { ?s ?p ?o ");
        if (shape[0].equals("(")) {
            q.append("FILTER(");
        }
        q.append(shape[0].repeat(depth)).append(shape[0].equals("(") ? "1" : "?s ?p ?o")
                .append(shape[1].repeat(depth));
        if (shape[0].equals("(")) {
            q.append(")");
        }
        return q.append(" }").toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] mutate(byte[] q) {
        int n = q.length;
        int at = n == 0 ? 0 : random.nextInt(n);
        int len = n == 0 ? 0 : random.nextInt(Math.min(64, n - at) + 1);
        return switch (random.nextInt(9)) {
            case 0 -> concat(slice(q, 0, at), slice(q, at + len, n));
            case 1 -> concat(slice(q, 0, at + len), slice(q, at, n));
            case 2 -> concat(slice(q, 0, at), new byte[] {NOISE[random.nextInt(NOISE.length)]}, slice(q, at, n));
            case 3 -> concat(slice(q, 0, at), invalidUtf8(), slice(q, at, n));
            case 4 -> concat(slice(q, 0, at),
                    WORDS[random.nextInt(WORDS.length)].getBytes(StandardCharsets.UTF_8), slice(q, at, n));
            case 5 -> slice(q, 0, at);
            case 6 -> concat(q, " LIMIT 0".getBytes(StandardCharsets.UTF_8));
            case 7 -> {
                byte[] copy = q.clone();
                if (n > 0) {
                    copy[at] = (byte) random.nextInt(256);
                }
                yield copy;
            }
            default -> {
                byte[] r = new byte[1 + random.nextInt(16)];
                random.nextBytes(r);
                yield concat(slice(q, 0, at), r, slice(q, at, n));
            }
        };
    }

    private byte[] invalidUtf8() {
        byte[][] bad = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xc3, 0x28}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf0, (byte) 0x9f}, {(byte) 0xc0, (byte) 0xaf}, {(byte) 0xfe, (byte) 0xfe}};
        return bad[random.nextInt(bad.length)];
    }

    private static byte[] slice(byte[] b, int from, int to) {
        return java.util.Arrays.copyOfRange(b, Math.min(from, b.length), Math.min(Math.max(from, to), b.length));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    /** Every byte but the unreserved ones as %XX: invalid UTF-8 reaches the server as sent. */
    static String percent(byte[] bytes) {
        StringBuilder s = new StringBuilder(bytes.length * 3);
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                s.append((char) c);
            } else {
                s.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return s.toString();
    }

    /** The request for an input against the endpoint {@code endpoint} (…/registre/sparql). */
    static HttpRequest request(String endpoint, Input input) {
        HttpRequest.Builder b;
        switch (input.method()) {
            case "GET" -> b = HttpRequest.newBuilder(URI.create(endpoint + "?query=" + percent(input.query())))
                    .GET();
            case "FORM" -> b = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + percent(input.query())));
            default -> b = HttpRequest.newBuilder(URI.create(endpoint))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(input.query()));
        }
        return b.timeout(Duration.ofSeconds(30)).build();
    }

    /**
     * Sends {@code count} fuzzed requests over {@code threads} connections and counts the answers by status
     * ({@value #NO_ANSWER}: no answer in 30 s, or the connection failed; status + {@value #CUT}: the answer was
     * cut after its status).
     */
    public static Map<String, Integer> run(String endpoint, List<String> seedQueries, long seed, int count,
            int threads) throws Exception {
        QueryFuzz fuzz = new QueryFuzz(seedQueries, seed);
        List<Input> inputs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            inputs.add(fuzz.next());
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Input input : inputs) {
                answers.add(pool.submit(() -> {
                    AtomicInteger status = new AtomicInteger();
                    try {
                        return Integer.toString(http.send(request(endpoint, input), info -> {
                            status.set(info.statusCode());
                            return HttpResponse.BodySubscribers.discarding();
                        }).statusCode());
                    } catch (IOException e) {
                        // A 200 whose stream the server cut at its timeout ends without its last chunk: the client
                        // sees an error after the status, as it should.
                        return status.get() == 0 ? NO_ANSWER : status.get() + CUT;
                    }
                }));
            }
            Map<String, Integer> byStatus = new TreeMap<>();
            for (Future<String> f : answers) {
                byStatus.merge(f.get(), 1, Integer::sum);
            }
            return byStatus;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The {@code .rq} files of a folder, in name order. */
    public static List<String> readQueries(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            return texts;
        }
    }

    public static void main(String[] args) throws Exception {
        String endpoint = args[0];
        List<String> seeds = readQueries(Path.of(args[1]));
        long seed = Long.parseLong(args[2]);
        int count = Integer.parseInt(args[3]);
        int threads = args.length > 4 ? Integer.parseInt(args[4]) : 4;
        long t0 = System.nanoTime();
        Map<String, Integer> byStatus = run(endpoint, seeds, seed, count, threads);
        System.out.printf("fuzz seed=%d count=%d threads=%d seconds=%.1f%n", seed, count, threads,
                (System.nanoTime() - t0) / 1e9);
        byStatus.forEach((status, n) -> System.out.println("status " + status + " " + n));
    }
}
