package org.w3id.registre.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.search.Kind;
import org.w3id.registre.search.StaticSearchIndex;
import org.w3id.registre.core.RegistreException;

/**
 * The static copy of the site: every page (French and English), every resource document in the four RDF syntaxes,
 * the dumps and the dataset description, laid out so that the folder served at the base URI answers the same
 * document URLs as the server ({@code cnam/mission/03.html}, {@code cnam/mission/03.ttl}, ...). Links between pages
 * are relative, so the copy also works from the file system.
 */
public final class StaticSite {

    /** Marks a folder as written by this export, so that a later export may replace it. */
    static final String MARKER = ".registre-export";

    private final RegisterSite site;
    private final Pages pages;
    private final String siteUrl;
    /** The folders already created (by any of the export's threads). */
    private final java.util.Set<Path> folders = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public StaticSite(RegisterSite site) {
        this(site, W3idRules.EXAMPLE_SITE);
    }

    /** {@code siteUrl}: where the copy will be published, for the w3id.org rules that redirect there. */
    public StaticSite(RegisterSite site, String siteUrl) {
        this.site = site;
        this.pages = new Pages(site);
        this.siteUrl = siteUrl;
    }

    /** What was written. */
    public record Result(int pages, int rdfDocuments) {
    }

    /**
     * Writes the site into a new folder next to {@code target}, then moves it into place: a failed export leaves the
     * previous one untouched. An existing {@code target} is replaced only if it is empty or a previous export.
     */
    public Result write(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute) && !replaceable(absolute)) {
                throw new RegistreException(target + " : dossier non vide qui n'est pas un export du registre ; "
                        + "rien n'a été écrit / folder is not empty and is not a register export; nothing written");
            }
        } catch (IOException e) {
            throw new RegistreException(target + " : lecture impossible / cannot read: " + e.getMessage(), e);
        }
        return FileCommit.replaceFolder(absolute, dir -> writeInto(dir, absolute));
    }

    /** The static search index over the register's resources of the five kinds the search groups by. */
    private String searchIndex() {
        List<StaticSearchIndex.Doc> docs = new ArrayList<>();
        Map<StaticSearchIndex.Doc, String> iris = new HashMap<>();
        Map<String, Kind> kinds = new LinkedHashMap<>();
        kinds.put(site.reg("MissionMetier"), Kind.MISSION);
        kinds.put(site.reg("MissionSupport"), Kind.MISSION);
        kinds.put(site.reg("Finalite"), Kind.FINALITE);
        kinds.put(site.reg("SousFinalite"), Kind.SOUS_FINALITE);
        kinds.put(Prefixes.DPV + "LegalBasis", Kind.BASE);
        kinds.put(Prefixes.ELI + "LegalResource", Kind.TEXTE);
        for (String path : site.documentPaths()) {
            String iri = site.base().iri(path);
            if (!site.irisOf(path).contains(iri)) {
                continue;
            }
            Resource r = site.resource(iri);
            Optional<Kind> kind = kinds.entrySet().stream().filter(k -> site.hasType(r, k.getKey()))
                    .map(Map.Entry::getValue).findFirst();
            if (kind.isEmpty()) {
                continue;
            }
            RegisterSite.Label en = site.label(r, Langue.EN);
            Optional<Resource> finalite = kind.get() == Kind.SOUS_FINALITE || kind.get() == Kind.BASE
                    ? r.listProperties(DCTerms.isPartOf).toList().stream().map(st -> st.getObject())
                            .filter(o -> o.isURIResource()).map(o -> o.asResource()).findFirst()
                    : Optional.of(r);
            String identifier = finalite.flatMap(f -> f.listProperties(DCTerms.identifier).toList().stream()
                    .map(st -> st.getObject().asLiteral().getLexicalForm()).findFirst()).orElse("");
            StaticSearchIndex.Doc doc = new StaticSearchIndex.Doc(path, kind.get(), site.label(r, Langue.FR).text(),
                    "en".equals(en.lang()) ? en.text() : "", identifier);
            docs.add(doc);
            iris.put(doc, iri);
        }
        return StaticSearchIndex.json(site.graph().getGraph(), docs, iris);
    }

    private static boolean replaceable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.exists(dir.resolve(MARKER))) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /**
     * Renders every file, the independent ones at once on all cores (pages, documents and dumps only read the
     * graph), each into memory and then to disk in one write. The files and their bytes are those of a sequential
     * run: only the order in which they are written changes.
     */
    private Result writeInto(Path dir, Path finalDir) throws IOException {
        List<Callable<Integer>> pageJobs = new ArrayList<>();
        List<Callable<Integer>> rdfJobs = new ArrayList<>();
        // The longest jobs first, so that no core waits at the end for one of them: the dumps.
        // (They count as neither pages nor documents.)
        for (RdfFormat f : RdfFormat.rdf()) {
            rdfJobs.add(() -> rdf(dir, "download/registre." + f.extension, site.graph(), f));
            for (String register : site.registers()) {
                rdfJobs.add(() -> rdf(dir, site.registerDumpPath(register, f), site.registerDump(register)
                        .orElseThrow(), f));
            }
        }
        Model voidDescription = DatasetDescription.build(site, Optional.empty());
        for (Langue l : Langue.values()) {
            String prefix = l == Langue.EN ? "en/" : "";
            pageJobs.add(() -> text(dir, prefix + "index.html",
                    pages.home(l, SiteLinks.staticFrom(prefix + "index.html"))) + 1);
            pageJobs.add(() -> text(dir, prefix + "validation.html",
                    pages.validation(l, SiteLinks.staticFrom(prefix + "validation.html"))) + 1);
            String shapesFile = prefix + ShapesPage.PATH + ".html";
            pageJobs.add(() -> text(dir, shapesFile, pages.shapes(l, SiteLinks.staticFrom(shapesFile))) + 1);
            for (String register : site.registers()) {
                String file = prefix + site.registerValidationPath(register) + ".html";
                pageJobs.add(() -> text(dir, file, pages.registerValidation(register, l,
                        SiteLinks.staticFrom(file))) + 1);
            }
            for (String path : site.documentPaths()) {
                String file = prefix + path + ".html";
                pageJobs.add(() -> text(dir, file, pages.resource(path, l, SiteLinks.staticFrom(file))) + 1);
            }
        }
        // Search without a server: the page, its small script and the prebuilt index.
        SearchPage searchPage = new SearchPage(site, null);
        pageJobs.add(() -> text(dir, "recherche.html", searchPage.renderStatic(Langue.FR,
                SiteLinks.staticFrom("recherche.html"), "")) + 1);
        pageJobs.add(() -> text(dir, "en/search.html", searchPage.renderStatic(Langue.EN,
                SiteLinks.staticFrom("en/search.html"), "../")) + 1);
        pageJobs.add(() -> text(dir, "recherche.js",
                SiteQueries.resourceText("/org/w3id/registre/publish/recherche.js")));
        pageJobs.add(() -> text(dir, "recherche-index.json", searchIndex()));
        // A job of its own: the findings may still be computed beside the first jobs.
        pageJobs.add(() -> {
            Optional<String> report = pages.validationReport(SiteLinks.staticFrom("validation/rapport.html"));
            return report.isPresent() ? text(dir, "validation/rapport.html", report.get()) + 1 : 0;
        });
        // The shapes as the ontology: a document in each syntax, never in the dumps.
        rdfJobs.add(() -> {
            int written = 0;
            for (RdfFormat f : RdfFormat.rdf()) {
                written += rdf(dir, ShapesPage.PATH + "." + f.extension, site.shapes(), f) + 1;
            }
            return written;
        });
        for (String path : site.documentPaths()) {
            rdfJobs.add(() -> {
                Model description = site.describe(path);
                int written = 0;
                for (RdfFormat f : RdfFormat.rdf()) {
                    written += rdf(dir, path + "." + f.extension, description, f) + 1;
                }
                return written;
            });
        }
        pageJobs.add(() -> text(dir, DatasetDescription.PATH + ".html", pages.datasetDescription(voidDescription,
                Langue.FR, SiteLinks.staticFrom(DatasetDescription.PATH + ".html"))) + 1);
        // The well-known location itself, without extension: Turtle, as the VoID guide expects.
        pageJobs.add(() -> rdf(dir, DatasetDescription.PATH, voidDescription, RdfFormat.TURTLE));
        for (RdfFormat f : RdfFormat.rdf()) {
            pageJobs.add(() -> rdf(dir, DatasetDescription.PATH + "." + f.extension, voidDescription, f));
        }
        int[] counts = runAll(pageJobs, rdfJobs);
        // The web-server configuration that makes the folder a full linked-data site (nginx, with conneg).
        new WebServerConfig(pages).write(dir, finalDir);
        List<String> iris = new ArrayList<>(site.documentPaths());
        iris.add(ShapesPage.PATH);
        text(dir, W3idRules.FILE, W3idRules.htaccess(siteUrl, iris));
        text(dir, MARKER, "registre export --site " + site.base().value() + "\n");
        return new Result(counts[0], counts[1]);
    }

    /** Runs the two lists of jobs on every core; returns the pages and the RDF documents they counted. */
    private static int[] runAll(List<Callable<Integer>> pageJobs, List<Callable<Integer>> rdfJobs)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
                runnable -> {
                    Thread t = new Thread(runnable, "registre-export");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<Integer>> pagesDone = new ArrayList<>();
            List<Future<Integer>> rdfDone = new ArrayList<>();
            // The RDF documents first: they show no findings, so they keep the cores busy while the validation may
            // still run beside (export); the pages, which wait for it, come after.
            rdfJobs.forEach(job -> rdfDone.add(pool.submit(job)));
            pageJobs.forEach(job -> pagesDone.add(pool.submit(job)));
            return new int[] {sum(pagesDone), sum(rdfDone)};
        } finally {
            pool.shutdownNow();
        }
    }

    private static int sum(List<Future<Integer>> done) throws IOException {
        int total = 0;
        for (Future<Integer> f : done) {
            try {
                total += f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("export interrompu / interrupted", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException re) {
                    throw re;
                }
                throw new IOException(cause);
            }
        }
        return total;
    }

    /** Creates a folder of the export once: seven files in ten share their folder with an earlier one. */
    private void folder(Path path) throws IOException {
        if (!folders.contains(path)) {
            Files.createDirectories(path);
            folders.add(path);
        }
    }

    /** Writes a text file; counts nothing (the caller counts pages). */
    private int text(Path dir, String file, String content) throws IOException {
        Path out = dir.resolve(file);
        folder(out.getParent());
        Files.write(out, content.getBytes(StandardCharsets.UTF_8));
        return 0;
    }

    /** Writes an RDF file, rendered in memory first so that the file is written in one go; counts nothing. */
    private int rdf(Path dir, String file, Model model, RdfFormat format) throws IOException {
        Path out = dir.resolve(file);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16384);
        if (format == RdfFormat.JSONLD) {
            // The same bytes as Jena's writer, the context processed once for all the documents (issue 13).
            JsonLdPretty.write(bytes, model);
        } else {
            RDFDataMgr.write(bytes, model, format.jena);
        }
        folder(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            bytes.writeTo(stream);
        }
        return 0;
    }
}
