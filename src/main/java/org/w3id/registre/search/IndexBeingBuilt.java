package org.w3id.registre.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextHit;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.rdf.model.Resource;

/**
 * A Lucene index that is being filled while the server already answers: every read ({@code text:query}, the search
 * page) waits until the filling is over, so that no search ever sees part of the index. Writes pass through: the
 * filling is the only writer (the served dataset is read-only).
 */
final class IndexBeingBuilt implements TextIndex {

    private final EntityDefinition definition;
    private final CompletableFuture<TextIndex> created;
    private final CompletableFuture<?> filled;

    /**
     * @param definition the index's fields, known before the index exists
     * @param created    the Lucene index once created (the creation itself waits for the server to listen)
     * @param filled     done once every entity is in the index
     */
    IndexBeingBuilt(EntityDefinition definition, CompletableFuture<TextIndex> created, CompletableFuture<?> filled) {
        this.definition = definition;
        this.created = created;
        this.filled = filled;
    }

    /** The index once filled; a filling that failed fails the search with its own error. */
    private TextIndex ready() {
        join(filled);
        return index();
    }

    /** The index once created, for the filling's writes. */
    private TextIndex index() {
        return join(created);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public Map<String, Node> get(String uri) {
        return ready().get(uri);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit) {
        return ready().query(property, qs, graphURI, lang, limit);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang) {
        return ready().query(property, qs, graphURI, lang);
    }

    @Override
    public List<TextHit> query(Node property, String qs, String graphURI, String lang, int limit, String highlight) {
        return ready().query(property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return ready().query(props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return ready().query(uri, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(Node subj, List<Resource> props, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return ready().query(subj, props, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public List<TextHit> query(String uri, Node property, String qs, String graphURI, String lang, int limit,
            String highlight) {
        return ready().query(uri, property, qs, graphURI, lang, limit, highlight);
    }

    @Override
    public EntityDefinition getDocDef() {
        return definition;
    }

    @Override
    public void prepareCommit() {
        index().prepareCommit();
    }

    @Override
    public void commit() {
        index().commit();
    }

    @Override
    public void rollback() {
        index().rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        index().addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        index().updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        index().deleteEntity(entity);
    }

    @Override
    public void close() {
        // Never waits: a server that failed before listening never created its index.
        created.thenAccept(TextIndex::close);
    }
}
