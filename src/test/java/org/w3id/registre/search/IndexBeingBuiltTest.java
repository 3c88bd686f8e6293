package org.w3id.registre.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3id.registre.core.Prefixes;
import org.w3id.registre.core.RegistreException;

/** A search made while the index is being filled waits for the whole index: it never sees part of it. */
class IndexBeingBuiltTest {

    private static final Node LABEL = NodeFactory.createURI(Prefixes.SKOS + "prefLabel");
    private final ExecutorService client = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        client.shutdownNow();
    }

    private static void add(TextIndex index, String iri, String label) {
        index.addEntity(TextQueryFuncs.entityFromQuad(index.getDocDef(), Quad.defaultGraphNodeGenerated,
                NodeFactory.createURI(iri), LABEL, NodeFactory.createLiteralLang(label, "fr")));
    }

    @Test
    void aSearchDuringTheFillingWaitsAndSeesEverything() throws Exception {
        TextIndex lucene = new TextIndexLucene(new ByteBuffersDirectory(), RegisterTextIndex.config());
        CompletableFuture<Integer> filled = new CompletableFuture<>();
        IndexBeingBuilt index = new IndexBeingBuilt(lucene.getDocDef(), CompletableFuture.completedFuture(lucene), filled);
        add(index, "urn:x:1", "Lutte contre la fraude aux prestations");
        index.commit();
        Future<List<TextHit>> search = client.submit(() -> index.query(LABEL, "fraudes", null, null, 10));
        // The first entity is already in Lucene, yet the search must not answer with it alone.
        assertFalse(search.isDone());
        Thread.sleep(200);
        assertFalse(search.isDone());
        add(index, "urn:x:2", "Fraude à la facturation des établissements");
        index.commit();
        filled.complete(2);
        List<TextHit> hits = search.get(30, TimeUnit.SECONDS);
        assertEquals(List.of("urn:x:1", "urn:x:2"), hits.stream().map(h -> h.getNode().getURI()).sorted().toList());
    }

    @Test
    void aFillingThatFailedFailsTheSearchWithItsOwnError() {
        TextIndex lucene = new TextIndexLucene(new ByteBuffersDirectory(), RegisterTextIndex.config());
        CompletableFuture<Integer> filled = new CompletableFuture<>();
        IndexBeingBuilt index = new IndexBeingBuilt(lucene.getDocDef(), CompletableFuture.completedFuture(lucene), filled);
        filled.completeExceptionally(new RegistreException("index-texte : disque plein / disk full"));
        RegistreException e = assertThrows(RegistreException.class,
                () -> index.query(LABEL, "fraude", null, null, 10));
        assertEquals("index-texte : disque plein / disk full", e.getMessage());
    }

    @Test
    void theDatasetBuiltBesideAnswersAsTheOneBuiltBefore() throws ExecutionException, InterruptedException {
        var graph = org.w3id.registre.core.RegisterFiles.loadBundled().getGraph();
        var base = org.apache.jena.sparql.core.DatasetGraphFactory.wrap(graph);
        java.util.concurrent.CompletableFuture<Void> listening = new java.util.concurrent.CompletableFuture<>();
        RegisterTextIndex.Indexing beside = RegisterTextIndex.inMemoryBeside(base, listening);
        RegisterTextIndex.Indexed before = RegisterTextIndex.inMemory(
                org.apache.jena.sparql.core.DatasetGraphFactory.wrap(graph));
        // The filling waits for the server to listen: nothing competes with start-up before that.
        Thread.sleep(200);
        assertFalse(beside.built().isDone(), "filled before the gate opened");
        listening.complete(null);
        RegisterSearch during = new RegisterSearch(beside.dataset());
        RegisterSearch after = new RegisterSearch(before.dataset());
        for (String words : List.of("fraudes", "securite sociale", "médecins", "vidéo")) {
            assertEquals(after.search(SearchQuery.parse(words)), during.search(SearchQuery.parse(words)), words);
        }
        assertEquals(before.entries(), beside.built().get().entries());
    }
}
