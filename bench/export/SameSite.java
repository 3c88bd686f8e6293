import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;

/**
 * Are two exports of the site the same? Same set of files, and each file byte for byte equal, except RDF files that
 * hold blank nodes: their labels, and with them the order of the whole-graph dumps, change from one run of the same
 * code to the next (Jena allocates fresh blank-node ids on each load), so those must be isomorphic graphs instead.
 * Prints the counts and every difference; exit 0 when the same, 1 when not, 2 on bad use.
 *
 *   java -cp target/registre.jar bench/export/SameSite.java BEFORE AFTER [IGNORED-FILE…]
 */
public class SameSite {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SameSite BEFORE AFTER [IGNORED-FILE…]");
            System.exit(2);
        }
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        List<String> ignored = Arrays.asList(args).subList(2, args.length);
        SortedSet<String> filesA = files(a, ignored);
        SortedSet<String> filesB = files(b, ignored);
        List<String> problems = new ArrayList<>();
        for (String f : filesA) {
            if (!filesB.contains(f)) {
                problems.add("only in " + a + ": " + f);
            }
        }
        for (String f : filesB) {
            if (!filesA.contains(f)) {
                problems.add("only in " + b + ": " + f);
            }
        }
        int identical = 0;
        int isomorphic = 0;
        long bytes = 0;
        for (String f : filesA) {
            if (!filesB.contains(f)) {
                continue;
            }
            byte[] x = Files.readAllBytes(a.resolve(f));
            byte[] y = Files.readAllBytes(b.resolve(f));
            bytes += x.length;
            if (Arrays.equals(x, y)) {
                identical++;
                continue;
            }
            Lang lang = RDFLanguages.filenameToLang(f);
            if (lang == null && f.endsWith(".well-known/void")) {
                lang = Lang.TURTLE;
            }
            if (lang != null && hasBlankNodes(a.resolve(f), lang)
                    && RDFDataMgr.loadModel(a.resolve(f).toString(), lang)
                            .isIsomorphicWith(RDFDataMgr.loadModel(b.resolve(f).toString(), lang))) {
                isomorphic++;
                continue;
            }
            problems.add("differs: " + f);
        }
        System.out.printf("%d files, %,d bytes: %d byte-identical, %d isomorphic RDF with blank nodes, %d problems%n",
                filesA.size(), bytes, identical, isomorphic, problems.size());
        problems.forEach(System.out::println);
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static boolean hasBlankNodes(Path file, Lang lang) {
        Model m = RDFDataMgr.loadModel(file.toString(), lang);
        return m.listStatements().toList().stream()
                .anyMatch(s -> s.getSubject().isAnon() || s.getObject().isAnon());
    }

    private static SortedSet<String> files(Path root, List<String> ignored) throws IOException {
        SortedSet<String> out = new TreeSet<>();
        try (Stream<Path> all = Files.walk(root)) {
            all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString())
                    .filter(p -> !ignored.contains(p)).forEach(out::add);
        }
        return out;
    }
}
