package org.w3id.registre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other one way only, exactly as the README's architecture section draws it: core at the
 * bottom, the stages on core, publish on the stages it shows, and cli alone wiring everything (server mounts what cli
 * gives it). A plain scan of the sources is enough here (imports and fully qualified names, comments left out), so no
 * ArchUnit: one package level, no class rules, and no dependency to keep up to date for it.
 */
class ArchitectureTest {

    /** Every dependency between packages that may exist, and does: a new one is a decision, made here. */
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("core", Set.of()),
            Map.entry("importer", Set.of("core")),
            Map.entry("store", Set.of("core")),
            Map.entry("validate", Set.of("core")),
            Map.entry("query", Set.of("core")),
            Map.entry("search", Set.of("core")),
            Map.entry("template", Set.of("core")),
            Map.entry("diff", Set.of("core")),
            Map.entry("publish", Set.of("core", "diff", "query", "search", "store", "validate")),
            Map.entry("server", Set.of("core", "publish")),
            Map.entry("cli", Set.of("core", "diff", "importer", "publish", "query", "search", "server", "store",
                    "template", "validate")));

    private static final Path SOURCES = Path.of("src/main/java/org/w3id/registre");
    private static final Pattern REFERENCE = Pattern.compile("\\borg\\.w3id\\.registre\\.([a-z]+)\\b");
    /** What is not code: text blocks, strings, characters, comments (a "/*" in a string opens no comment). */
    private static final Pattern NOT_CODE = Pattern.compile(
            "\"\"\".*?\"\"\"|\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)+'|//[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);

    @Test
    void packagesDependOnExactlyTheAllowedPackages() throws IOException {
        assertEquals(toText(ALLOWED), toText(dependencies(SOURCES)));
    }

    /** Issue 10's limit: a class of 400 lines or more does too much to be read in one sitting; split it. */
    @Test
    void noMainClassReaches400Lines() throws IOException {
        List<String> large = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                long lines = Files.readAllLines(f).size();
                if (lines >= 400) {
                    large.add(f + " : " + lines);
                }
            }
        }
        assertEquals(List.of(), large);
    }

    @Test
    void noCycle() {
        assertEquals(List.of("core", "diff", "importer", "query", "search", "store", "template", "validate", "publish",
                "server", "cli"), layers(ALLOWED));
    }

    @Test
    void theReadmeDrawsTheSameGraph() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Matcher block = Pattern.compile("```mermaid\\ngraph BT\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "README: no ```mermaid graph BT block");
        Map<String, Set<String>> drawn = new TreeMap<>();
        Matcher edge = Pattern.compile("(?m)^\\s*([a-z]+) --> ([a-z]+)$").matcher(block.group(1));
        while (edge.find()) {
            drawn.computeIfAbsent(edge.group(1), k -> new TreeSet<>()).add(edge.group(2));
        }
        drawn.putIfAbsent("core", new TreeSet<>());
        assertEquals(toText(ALLOWED), toText(drawn));
    }

    /** Package → the other packages its code names, in imports or fully qualified (not in comments or strings). */
    static Map<String, Set<String>> dependencies(Path sources) throws IOException {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = sources.relativize(file).getName(0).toString();
                Set<String> deps = found.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(NOT_CODE.matcher(Files.readString(file)).replaceAll(" "));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        deps.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The packages from the bottom up, each after all it depends on, ties in alphabetical order (Kahn's algorithm);
     * fails naming the packages left when they depend on each other in a cycle.
     */
    static List<String> layers(Map<String, Set<String>> graph) {
        List<String> order = new ArrayList<>();
        Map<String, Set<String>> left = new TreeMap<>();
        graph.forEach((pkg, deps) -> left.put(pkg, new TreeSet<>(deps)));
        while (!left.isEmpty()) {
            List<String> ready = left.entrySet().stream().filter(e -> order.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).toList();
            if (ready.isEmpty()) {
                throw new AssertionError("cycle among " + left);
            }
            order.addAll(ready);
            ready.forEach(left::remove);
        }
        return order;
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> cyclic = Map.of("core", Set.of(), "query", Set.of("core", "server"),
                "server", Set.of("query"));
        AssertionError e = assertThrows(AssertionError.class, () -> layers(cyclic));
        assertEquals("cycle among {query=[core, server], server=[query]}", e.getMessage());
    }

    private static String toText(Map<String, Set<String>> graph) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(graph).forEach((pkg, deps) -> sb.append(pkg).append(" -> ").append(new TreeSet<>(deps))
                .append('\n'));
        return sb.toString();
    }
}
