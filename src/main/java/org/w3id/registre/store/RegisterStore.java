package org.w3id.registre.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.TableBase;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.core.Reg;
import org.w3id.registre.core.RegisterIdentifier;
import org.w3id.registre.core.RegisterFiles;
import org.w3id.registre.core.RegistreException;

/**
 * The dataset the server answers from: the ontology and the bundled data, either in memory (nothing to install) or
 * in a persistent TDB2 store that is loaded once and reused on later starts.
 *
 * <p>A TDB2 store is built in a sibling folder and moved into place only once the load has succeeded, so a failed
 * load never leaves a half-filled store behind. A marker file records which files (and which versions of them, by
 * SHA-256) the store holds: without it a folder is not ours and is never reused nor deleted.
 */
public final class RegisterStore {

    /** Marks a folder as a complete Registre TDB2 store. */
    static final String MARKER = "registre-store.properties";

    private RegisterStore() {
    }

    /**
     * Ontology and data as a dataset whose default graph is the loaded graph itself, prefixes included. Served
     * read-only, it needs no copy: copying into Jena's transactional in-memory dataset (persistent tries) cost most
     * of the time between parsing and listening (issue 13), and a second copy of the register in memory. The caller
     * must not change {@code model} afterwards.
     */
    public static DatasetGraph inMemory(Model model) {
        DatasetGraph dsg = DatasetGraphFactory.create(model.getGraph());
        dsg.prefixes().putAll(model.getNsPrefixMap());
        return dsg;
    }

    /**
     * Opens the TDB2 store in {@code dir}, loading {@code files} into it first when it does not exist yet or when
     * {@code reload} asks for a rebuild. Progress lines go to {@code out}.
     */
    public static DatasetGraph tdb(Path dir, List<Path> files, boolean reload, PrintStream out) {
        Path store = dir.toAbsolutePath().normalize();
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new RegistreException(dir + " : --tdb attend un dossier, c'est un fichier / --tdb expects a folder,"
                    + " this is a file");
        }
        boolean ours = Files.isRegularFile(store.resolve(MARKER));
        if (Files.isDirectory(store) && !ours && !isEmpty(store)) {
            throw new RegistreException(dir + " : dossier non vide qui n'est pas un magasin Registre (pas de " + MARKER
                    + ") ; choisissez un dossier vide ou nouveau / non-empty folder that is not a Registre store (no "
                    + MARKER + "); choose an empty or new folder");
        }
        Path parent = store.getParent();
        if (parent == null || !Files.isDirectory(parent) || !Files.isWritable(parent)) {
            throw new RegistreException(dir + " : le dossier parent n'existe pas ou n'est pas accessible en écriture"
                    + " / the parent folder does not exist or is not writable");
        }
        String fingerprint = fingerprint(files);
        if (ours && !reload) {
            DatasetGraph reused = openForReuse(store);
            out.println("Magasin TDB2 réutilisé / TDB2 store reused: " + store);
            String loaded = readMarker(store).getProperty("empreinte", "");
            if (!loaded.equals(fingerprint)) {
                out.println("Attention : les fichiers fournis ont changé depuis le chargement ; --reload pour"
                        + " reconstruire / Warning: the bundled files changed since the load; --reload to rebuild");
            }
            return reused;
        }
        // Built under a temporary name beside the store, then moved into place: an interrupted or failed load
        // leaves the previous store (or nothing) and no half-loaded folder.
        long triples = FileCommit.replaceFolder(store, building -> {
            long loaded = load(building, files, out);
            writeMarker(building, files, fingerprint, loaded);
            return loaded;
        });
        out.printf("Magasin TDB2 prêt / TDB2 store ready: %s (%,d triplets / triples)%n", store, triples);
        return DatabaseMgr.connectDatasetGraph(store.toString());
    }

    /**
     * Opens a store for reuse, after reading all of it: every entry of every index (they must agree), every node of
     * the node table, and the default graph, whose size must be the one recorded at load time. A store damaged on
     * disk (a truncated file, a lost block) would otherwise be reported as reused and fail on the first query, or
     * half-way through start-up, with a TDB2 stack trace. The register is small: this costs well under a second.
     */
    private static DatasetGraph openForReuse(Path store) {
        long recorded = Long.parseLong(readMarker(store).getProperty("triplets", "-1"));
        DatasetGraph dsg = null;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(store.toString());
            DatasetGraph opened = dsg;
            String problem = Txn.calculateRead(opened, () -> problem(opened, recorded));
            if (problem != null) {
                throw damaged(store, problem, null);
            }
            return dsg;
        } catch (RegistreException e) {
            release(dsg);
            throw e;
        } catch (RuntimeException e) {
            release(dsg);
            // TDB2's own message, first line only: what broke, not where in TDB2.
            String what = String.valueOf(e.getMessage()).lines().findFirst().orElse("").strip();
            throw damaged(store, e.getClass().getSimpleName() + (what.isEmpty() ? "" : ": " + what), e);
        }
    }

    /** What is wrong with an open store, or null. */
    private static String problem(DatasetGraph dsg, long recordedTriples) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
        for (TableBase table : List.of(tdb.getTripleTable(), tdb.getQuadTable())) {
            long first = -1;
            for (TupleIndex index : table.getNodeTupleTable().getTupleTable().getIndexes()) {
                long n = count(index.all());
                if (first >= 0 && n != first) {
                    return "index " + index.getName() + " : " + n + " entrées, " + first + " dans le premier / entries,"
                            + " " + first + " in the first";
                }
                first = n;
            }
        }
        count(tdb.getTripleTable().getNodeTupleTable().getNodeTable().all());
        long triples = count(dsg.getDefaultGraph().find());
        if (recordedTriples >= 0 && triples != recordedTriples) {
            return triples + " triplets lus, " + recordedTriples + " chargés / triples read, " + recordedTriples
                    + " loaded";
        }
        return null;
    }

    private static long count(Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) {
            it.next();
            n++;
        }
        return n;
    }

    private static RegistreException damaged(Path store, String problem, Throwable cause) {
        return new RegistreException(store + " : magasin TDB2 endommagé (" + problem + ") ; le reconstruire à partir"
                + " des fichiers avec --reload / damaged TDB2 store; rebuild it from the files with --reload", cause);
    }

    /** Closes a store that will not be used, so that --reload (or another process) finds it free. */
    private static void release(DatasetGraph dsg) {
        if (dsg == null) {
            return;
        }
        try {
            TDBInternal.expel(dsg, true);
        } catch (RuntimeException alreadyBroken) {
            // nothing more to release
        }
    }

    private static long load(Path building, List<Path> files, PrintStream out) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(building.toString());
        // The register is small (tens of thousands of triples): the basic loader is the quickest to start, and it
        // reports its own progress (triples loaded, rate) through this output.
        DataLoader loader = LoaderFactory.basicLoader(dsg, (fmt, args) -> out.println(String.format(fmt, args)));
        try {
            loader.startBulk();
            for (Path file : files) {
                RegisterFiles.requireFile(file);
                // As strict as the in-memory load: TDB2's loader, like Jena's reader, would take bytes that are not
                // UTF-8 for U+FFFD.
                RegisterFiles.checkUtf8(file, RegisterFiles.rdfSyntax(file));
                out.println("Chargement / loading " + file);
                loader.load(file.toString());
            }
            loader.finishBulk();
            refuseReservedRegister(dsg, files);
        } catch (RiotException e) {
            abandon(loader, e);
            TDBInternal.expel(dsg);
            throw new RegistreException("chargement TDB2 interrompu / TDB2 load aborted: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            abandon(loader, e);
            TDBInternal.expel(dsg);
            throw e;
        }
        long triples = Txn.calculateRead(dsg, () -> dsg.getDefaultGraph().size());
        // Release the files so the folder can be moved into place.
        TDBInternal.expel(dsg);
        return triples;
    }

    /**
     * A register whose identifier the site keeps for a page of its own ({@link RegisterIdentifier}) is refused as the
     * in-memory load refuses it: the files are read again one by one only then, so that the message names the file.
     */
    private static void refuseReservedRegister(DatasetGraph dsg, List<Path> files) {
        boolean reserved = Txn.calculateRead(dsg, () -> Stream.of(dsg.getDefaultGraph(), dsg.getUnionGraph())
                .anyMatch(g -> RegisterIdentifier.refusal(ModelFactory.createModelForGraph(g), Reg.BASE).isPresent()));
        if (reserved) {
            for (Path file : files) {
                RegisterFiles.load(List.of(file));
            }
        }
    }

    /** Ends a failed bulk load; the loader may have aborted its transaction already. */
    private static void abandon(DataLoader loader, Exception cause) {
        try {
            loader.finishException(cause);
        } catch (RuntimeException alreadyEnded) {
            cause.addSuppressed(alreadyEnded);
        }
    }

    private static void writeMarker(Path building, List<Path> files, String fingerprint, long triples) {
        Properties marker = new Properties();
        marker.setProperty("fichiers", String.join(" ", files.stream().map(Path::toString).toList()));
        marker.setProperty("empreinte", fingerprint);
        marker.setProperty("triplets", Long.toString(triples));
        try (var writer = Files.newBufferedWriter(building.resolve(MARKER))) {
            marker.store(writer, "Magasin TDB2 Registre / Registre TDB2 store");
        } catch (IOException e) {
            throw new RegistreException(building + " : écriture impossible / cannot write: " + e.getMessage(), e);
        }
    }

    private static Properties readMarker(Path store) {
        Properties marker = new Properties();
        try (var reader = Files.newBufferedReader(store.resolve(MARKER))) {
            marker.load(reader);
        } catch (IOException e) {
            throw new RegistreException(store.resolve(MARKER) + " : lecture impossible / cannot read: "
                    + e.getMessage(), e);
        }
        return marker;
    }

    /** SHA-256 over the files' names and contents: tells whether a reused store is older than the bundled data. */
    static String fingerprint(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : files) {
                sha.update(file.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new RegistreException("lecture impossible / cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new RegistreException(dir + " : lecture impossible / cannot read: " + e.getMessage(), e);
        }
    }
}
