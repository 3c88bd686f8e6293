package org.w3id.registre.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.FileCommit;
import org.w3id.registre.core.RegistreException;

/**
 * The register's full-text index, through Jena's own text module: every label and text a person would search, one
 * Lucene field per property, analysed in French ({@link FrenchTextAnalyzer}). The dataset it returns answers
 * {@code text:query} in SPARQL, the search page and {@code registre search}.
 *
 * <p>Fields (the property each holds): {@code libelle} ({@code skos:prefLabel}: mission, finalité and sous-finalité
 * titles in French and the project's English, legal-text labels — the default field of {@code text:query}),
 * {@code libelleAlt} ({@code skos:altLabel}: the overview labels), {@code titre} ({@code dct:title}),
 * {@code fondement} ({@code reg:texteSource}: each legal basis as printed), {@code fondements}
 * ({@code reg:fondementsTexte}: a finalité's whole column as printed), {@code note} ({@code skos:note}).
 *
 * <p>The index is built once from the loaded graph (in memory, or on disk in the TDB2 store's folder), not by
 * listening to writes: the served dataset is read-only.
 */
public final class RegisterTextIndex {

    /** The namespace of Jena's text module, prefix {@code text:}. */
    public static final String TEXT = "http://jena.apache.org/text#";

    /** The folder of the on-disk index inside a TDB2 store folder. */
    public static final String FOLDER = "index-texte";

    /** Field → the property it indexes, in the order of the class comment; the first is the default field. */
    public static final Map<String, String> FIELDS = fields();

    private static final String ENTITY_FIELD = "uri";

    private RegisterTextIndex() {
    }

    private static Map<String, String> fields() {
        var m = new java.util.LinkedHashMap<String, String>();
        m.put("libelle", Prefixes.SKOS + "prefLabel");
        m.put("libelleAlt", Prefixes.SKOS + "altLabel");
        m.put("titre", Prefixes.DCT + "title");
        m.put("fondement", Prefixes.REG + "texteSource");
        m.put("fondements", Prefixes.REG + "fondementsTexte");
        m.put("note", Prefixes.SKOS + "note");
        return java.util.Collections.unmodifiableMap(m);
    }

    static EntityDefinition definition() {
        var fields = FIELDS.entrySet().iterator();
        var first = fields.next();
        EntityDefinition def = new EntityDefinition(ENTITY_FIELD, first.getKey(), NodeFactory.createURI(first.getValue()));
        fields.forEachRemaining(f -> def.set(f.getKey(), NodeFactory.createURI(f.getValue())));
        // The language of each literal is stored: text:query's "lang:fr" works, and hits keep their language tag.
        def.setLangField("langue");
        return def;
    }

    static TextIndexConfig config() {
        return config(definition());
    }

    private static TextIndexConfig config(EntityDefinition definition) {
        TextIndexConfig config = new TextIndexConfig(definition);
        FrenchTextAnalyzer analyzer = new FrenchTextAnalyzer();
        config.setAnalyzer(analyzer);
        config.setQueryAnalyzer(analyzer);
        // Stored values give text:query its ?literal and the highlighted extracts.
        config.setValueStored(true);
        return config;
    }

    /** The result of indexing: the dataset that answers text:query, and how long building took. */
    public record Indexed(DatasetGraph dataset, int entries, long millis, boolean reused) {
    }

    /** Indexes the default graph of {@code base} in memory; the dataset returned answers text:query. */
    public static Indexed inMemory(DatasetGraph base) {
        long start = System.nanoTime();
        TextIndex index = new TextIndexLucene(new ByteBuffersDirectory(), config());
        int entries = fill(index, base);
        return new Indexed(wrap(base, index), entries, (System.nanoTime() - start) / 1_000_000, false);
    }

    /**
     * An in-memory index filled beside the server: the dataset returned answers at once; {@code text:query} (and
     * the search page) wait until the index is complete, which {@code built} tells, with the figures. SPARQL without
     * text search does not wait at all: the index is off the critical path of start-up.
     */
    public record Indexing(DatasetGraph dataset, CompletableFuture<Indexed> built) {
    }

    /**
     * {@link #inMemory(DatasetGraph)}, filled on another thread once {@code after} completes: the server passes the
     * moment it listens, so that the filling does not compete with start-up for the machine's cores.
     */
    public static Indexing inMemoryBeside(DatasetGraph base, CompletionStage<?> after) {
        long start = System.nanoTime();
        // Even the Lucene index object waits: creating it loads Lucene's classes, a tenth of the start-up's
        // class loading. Only its definition (jena-text, no Lucene) is needed to wrap the dataset now.
        EntityDefinition definition = definition();
        CompletableFuture<TextIndex> created = after.thenApplyAsync(
                ignored -> (TextIndex) new TextIndexLucene(new ByteBuffersDirectory(), config(definition)))
                .toCompletableFuture();
        CompletableFuture<Integer> filled = created.thenApply(index -> fill(index, base));
        DatasetGraph dataset = wrap(base, new IndexBeingBuilt(definition, created, filled));
        return new Indexing(dataset, filled.thenApply(entries -> new Indexed(dataset, entries,
                (System.nanoTime() - start) / 1_000_000, false)));
    }

    /**
     * The on-disk index in {@code storeDir/index-texte}: reused when present, otherwise built under a temporary name
     * and moved into place ({@link FileCommit#replaceFolder}), so that an interrupted build leaves no half-written
     * index.
     */
    public static Indexed onDisk(DatasetGraph base, Path storeDir) {
        long start = System.nanoTime();
        Path target = storeDir.resolve(FOLDER);
        boolean reused = Files.isDirectory(target);
        int entries = reused ? -1 : FileCommit.replaceFolder(target, building -> {
            try (Directory dir = FSDirectory.open(building)) {
                TextIndex index = new TextIndexLucene(dir, config());
                int filled = fill(index, base);
                index.close();
                return filled;
            }
        });
        try {
            TextIndex index = new TextIndexLucene(FSDirectory.open(target), config());
            return new Indexed(wrap(base, index), entries, (System.nanoTime() - start) / 1_000_000, reused);
        } catch (IOException e) {
            throw new RegistreException(target + " : index plein texte illisible / cannot read the full-text index: "
                    + e.getMessage(), e);
        }
    }

    /** Adds one Lucene document per indexed literal of the default graph, then commits. */
    private static int fill(TextIndex index, DatasetGraph base) {
        EntityDefinition def = index.getDocDef();
        int[] count = {0};
        Txn.executeRead(base, () -> {
            Graph graph = base.getDefaultGraph();
            for (String property : FIELDS.values()) {
                Node p = NodeFactory.createURI(property);
                graph.find(Node.ANY, p, Node.ANY).forEachRemaining(t -> {
                    Entity entity = TextQueryFuncs.entityFromQuad(def, Quad.defaultGraphNodeGenerated,
                            t.getSubject(), t.getPredicate(), t.getObject());
                    if (entity != null) {
                        index.addEntity(entity);
                        count[0]++;
                    }
                });
            }
        });
        index.commit();
        return count[0];
    }

    private static DatasetGraph wrap(DatasetGraph base, TextIndex index) {
        DatasetGraph text = TextDatasetFactory.create(base, index, true);
        text.getContext().set(TextQuery.textIndex, index);
        return text;
    }
}
