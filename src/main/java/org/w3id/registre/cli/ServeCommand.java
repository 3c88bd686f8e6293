package org.w3id.registre.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.query.QueryCatalogue;
import org.w3id.registre.core.RegisterInputs;
import org.w3id.registre.search.RegisterSearch;
import org.w3id.registre.search.RegisterTextIndex;
import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.publish.ContactPoint;
import org.w3id.registre.publish.LinkedDataSite;
import org.w3id.registre.publish.PendingFindings;
import org.w3id.registre.publish.QueryEditor;
import org.w3id.registre.publish.RegisterSite;
import org.w3id.registre.publish.ShaclReportFindings;
import org.w3id.registre.server.RegisterServer;
import org.w3id.registre.server.ServeOptions;
import org.w3id.registre.server.ServerActivity;
import org.w3id.registre.server.StartupHeap;
import org.w3id.registre.store.EditionGraphs;
import org.w3id.registre.store.RegisterGraphs;
import org.w3id.registre.store.RegisterStore;
import org.w3id.registre.validate.RegisterValidation;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code registre serve}: the register over SPARQL, read-only, with the query editor and the catalogue. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Sert le registre en SPARQL (lecture seule) avec l'éditeur de requêtes et le catalogue de questions.",
            "Serves the register over SPARQL (read-only) with the query editor and the question catalogue."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServeOptions.DEFAULT_PORT,
            description = {"port TCP (défaut / default: ${DEFAULT-VALUE})"})
    int port;

    @Option(names = "--host", paramLabel = "ADRESSE", defaultValue = ServeOptions.DEFAULT_HOST,
            description = {"adresse d'écoute / address to listen on (défaut / default: ${DEFAULT-VALUE})"})
    String host;

    @Option(names = "--tdb", paramLabel = "DOSSIER",
            description = {"magasin TDB2 persistant, chargé au premier démarrage puis réutilisé /",
                "persistent TDB2 store, loaded on first start then reused"})
    Path tdb;

    @Option(names = "--reload", description = {"reconstruit le magasin --tdb / rebuilds the --tdb store"})
    boolean reload;

    @Option(names = "--timeout", paramLabel = "SECONDES", defaultValue = "" + ServeOptions.DEFAULT_TIMEOUT_SECONDS,
            description = {"durée maximale d'une requête en secondes, 0 = sans limite /",
                "longest run of one query in seconds, 0 = no limit (défaut / default: ${DEFAULT-VALUE})"})
    int timeout;

    @Mixin
    SiteOptions siteOptions = new SiteOptions();

    @Mixin
    DataOption data = new DataOption();

    @Option(names = "--shapes", arity = "1..*", paramLabel = "FICHIER|DOSSIER",
            description = {"formes SHACL de la validation au démarrage, au lieu des formes embarquées /",
                "SHACL shapes for the validation on start, instead of the bundled ones"})
    List<Path> shapes = new ArrayList<>();

    @Option(names = "--queries", paramLabel = "DOSSIER",
            description = {"catalogue de requêtes de l'éditeur au lieu du catalogue embarqué /",
                "query catalogue of the editor instead of the bundled one"})
    Path queries;

    @Option(names = "--cors", description = {"autorise les appels depuis d'autres origines (CORS) /",
        "allows calls from other origins (CORS)"})
    boolean cors;

    @Option(names = "--metrics", description = {"sert /$/metrics (taille du disque, état de la JVM), 404 sinon /",
        "serves /$/metrics (disk size, JVM state), 404 otherwise"})
    boolean metrics;

    /** How long the work beside waits for a first request once the server listens, before it starts anyway. */
    static final long BESIDE_AFTER_MS = 1000;

    /** How long the server must have had no request in flight before it gives back its start-up heap. */
    static final long REST_BEFORE_HEAP_MS = 1000;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (port < 0 || port > 65535) {
            throw new RegistreException("--port " + port + " : attendu 0 à 65535 / expected 0 to 65535");
        }
        if (timeout < 0) {
            throw new RegistreException("--timeout " + timeout + " : attendu un nombre de secondes ≥ 0 / expected"
                    + " a number of seconds ≥ 0");
        }
        if (reload && tdb == null) {
            throw new RegistreException("--reload ne vaut qu'avec --tdb / --reload only applies with --tdb");
        }
        BaseUri base = siteOptions.base();
        ContactPoint contact = siteOptions.contact();
        if (tdb != null && !base.isDefault()) {
            throw new RegistreException("--base-uri " + base.value() + " avec --tdb : non pris en charge, le magasin"
                    + " garde les IRI d'origine / not supported with --tdb: the store keeps the original IRIs");
        }
        // Before any loading: a port in use should not cost the wait of a load.
        ensurePortFree();
        QueryCatalogue catalogue = queries == null ? QueryCatalogue.bundled() : QueryCatalogue.read(queries);
        Model shapesModel = shapes.isEmpty() ? RegisterValidation.bundledShapes()
                : RegisterValidation.loadShapes(shapes);
        Model original;
        Model published;
        DatasetGraph dataset;
        List<EditionGraphs.Loaded> editions = data.editions();
        if (tdb != null && !editions.isEmpty()) {
            throw new RegistreException("--tdb avec un dossier d'éditions : non pris en charge, servir les éditions en"
                    + " mémoire / --tdb with a folder of editions: not supported, serve the editions in memory");
        }
        if (tdb != null) {
            List<Path> files = new ArrayList<>(RegisterFiles.ontologyFiles());
            files.addAll(data.bundled() ? RegisterFiles.dataFiles() : RegisterInputs.files(data.paths()));
            for (Path f : files) {
                if (RegisterInputs.isSpreadsheet(f)) {
                    throw new RegistreException(f + " : --tdb ne charge que du RDF ; convertir d'abord le tableur avec"
                            + " registre import / --tdb loads RDF only; convert the spreadsheet with registre import");
                }
            }
            dataset = RegisterStore.tdb(tdb, files, reload, out);
            // The pages still read an in-memory copy: RegisterSite reads its Model outside any transaction. The
            // validation does not (ShaclReportFindings.ofStore).
            original = Txn.calculateRead(dataset, () -> ModelFactory.createDefaultModel()
                    .add(ModelFactory.createModelForGraph(dataset.getDefaultGraph())));
            published = original;
        } else {
            original = data.load();
            out.printf("Chargé en mémoire / loaded in memory: %,d triplets / triples%n", original.size());
            published = base.rebase(original);
            dataset = inMemory(published, base, editions, out);
        }
        // Off the critical path (issue 13): SPARQL answers as soon as the data is loaded. The in-memory full-text
        // index and the validation are built beside the running server; text:query and the search page wait for the
        // index, the pages that show findings wait for the validation — a few seconds after start, then never again.
        // The on-disk index of --tdb is reused from the store folder, so it is opened before listening.
        // The work beside starts once the server has sent its first answer, or BESIDE_AFTER_MS after it listens if
        // no request comes: on a 2-core machine, started earlier it takes a core from the loading, the class loading
        // and the first query that stand between launch and the first answer.
        CompletableFuture<Void> begin = new CompletableFuture<>();
        CompletableFuture<RegisterTextIndex.Indexed> indexing;
        DatasetGraph served;
        if (tdb != null) {
            RegisterTextIndex.Indexed indexed = RegisterTextIndex.onDisk(dataset, tdb.toAbsolutePath().normalize());
            indexing = CompletableFuture.completedFuture(indexed);
            served = indexed.dataset();
        } else {
            RegisterTextIndex.Indexing beside = RegisterTextIndex.inMemoryBeside(dataset, begin);
            indexing = beside.built();
            served = beside.dataset();
        }
        // Validated as loaded, before the register's IRIs move under another base (the vocabulary does not move).
        LocalDate today = LocalDate.now();
        // Read once by the validation stage: the pages show its findings, the start-up line is its summary.
        // A TDB2 store is validated where it lies, in a read transaction on its own graph (no copy for it).
        CompletableFuture<ShaclReportFindings> findings = begin.thenApplyAsync(ignored -> tdb != null
                ? ShaclReportFindings.ofStore(dataset, shapesModel, base, today)
                : ShaclReportFindings.of(RegisterValidation.validate(original, shapesModel, today), original,
                        shapesModel, base, today));

        ServerActivity activity = new ServerActivity(() -> begin.complete(null));
        ServeOptions options = new ServeOptions(port, host, timeout, cors, metrics);
        RegisterSite site = new RegisterSite(published, base, new PendingFindings(findings), contact, shapesModel,
                data.editionGraphs(base));
        FusekiServer.Builder builder = RegisterServer.builder(options, served, List.of(
                QueryEditor.module(catalogue, served, "/" + ServeOptions.DATASET + "/sparql"),
                LinkedDataSite.module(site, new RegisterSearch(served))), activity);
        FusekiServer server = RegisterServer.start(builder, options);
        CompletableFuture.delayedExecutor(BESIDE_AFTER_MS, TimeUnit.MILLISECONDS)
                .execute(() -> begin.complete(null));
        String url = RegisterServer.baseUrl(server, options);
        out.println("Registre prêt / ready");
        out.println("  Pages / pages                          : " + url + "/");
        out.println("  Point d'accès SPARQL / SPARQL endpoint : " + url + "/" + ServeOptions.DATASET + "/sparql");
        out.println("  Éditeur de requêtes / query editor     : " + url + "/query");
        out.println("  Délai maximal / timeout                : "
                + (timeout > 0 ? timeout + " s" : "aucun / none"));
        out.println("Ctrl-C pour arrêter / to stop");
        // What was built beside is reported when it is done; a failure stops the server (exit 2), as it would
        // have stopped it before listening.
        AtomicReference<Throwable> failed = new AtomicReference<>();
        findings.whenComplete((read, error) -> {
            if (error == null) {
                out.println("Validation SHACL : " + read.summary());
            } else if (failed.compareAndSet(null, error)) {
                server.stop();
            }
        });
        indexing.whenComplete((indexed, error) -> {
            if (error == null) {
                out.println(indexed.reused()
                        ? "Index plein texte réutilisé / full-text index reused (" + indexed.millis() + " ms)"
                        : String.format("Index plein texte / full-text index: %,d entrées / entries (%d ms)",
                                indexed.entries(), indexed.millis()));
            } else if (failed.compareAndSet(null, error)) {
                server.stop();
            }
        });
        // Once both are done and the server is at rest, the heap the start-up's burst took goes back to the system
        // (see StartupHeap): at rest, so that the collection pauses no request, and no page rendered just after
        // makes G1 grow the heap again at once.
        CompletableFuture.allOf(findings, indexing)
                .thenRun(() -> activity.whenAtRest(REST_BEFORE_HEAP_MS, StartupHeap::release));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Jetty's stop waits for the requests in flight; none holds a thread past the timeout + 1 s, but SIGTERM
            // should not wait that long: after one second the JVM exits with whatever still runs (the data is
            // read-only; a TDB2 store recovers from an unclean close).
            Thread stopping = new Thread(() -> {
                try {
                    server.stop();
                    served.close();
                } catch (RuntimeException e) {
                    // stopping is best effort: the process ends either way
                }
            }, "registre-arret-jetty");
            stopping.setDaemon(true);
            stopping.start();
            try {
                stopping.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // System.out may already be closing: a last line on stderr is enough.
            System.err.println("Registre arrêté / stopped");
        }, "registre-arret"));
        server.join();
        Throwable error = failed.get();
        if (error != null) {
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            throw cause instanceof RuntimeException r ? r : new RegistreException(String.valueOf(cause), cause);
        }
        return 0;
    }

    /**
     * The dataset served from memory: the register(s) in the default graph, each register in its named graph, each
     * edition in the named graph of its IRI.
     */
    static DatasetGraph inMemory(Model published, BaseUri base, List<EditionGraphs.Loaded> editions,
                                 PrintStream out) {
        DatasetGraph dataset = RegisterStore.inMemory(published);
        // Each register in its own named graph (the default graph stays the union): GRAPH queries and
        // /registre/data?graph=… dumps see one register at a time.
        RegisterGraphs.addTo(dataset, base.value()).forEach((graph, size) ->
                out.printf("  graphe / graph <%s> : %,d triplets / triples%n", graph, size));
        // Each edition in the named graph of its IRI: GRAPH <…/edition/YYYY-MM-DD> queries one edition.
        EditionGraphs.addTo(dataset, editions, base::rebase, iri -> base.iri(iri.substring(Reg.BASE.length())))
                .forEach((graph, size) -> out.printf("  édition / edition <%s> : %,d triplets / triples%n",
                        graph, size));
        return dataset;
    }

    private void ensurePortFree() {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (UnknownHostException e) {
            throw new RegistreException("--host " + host + " : adresse inconnue / unknown address", e);
        } catch (IOException e) {
            throw new RegistreException(host + ":" + port + " : port déjà utilisé ou adresse indisponible ;"
                    + " choisissez --port / port already in use or address unavailable; choose --port ("
                    + e.getMessage() + ")", e);
        }
    }
}
