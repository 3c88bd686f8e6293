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

    private final TextIndex index;
    private final CompletableFuture<?> filled;

    IndexBeingBuilt(TextIndex index, CompletableFuture<?> filled) {
        this.index = index;
        this.filled = filled;
    }

    /** The index once filled; a filling that failed fails the search with its own error. */
    private TextIndex ready() {
        try {
            filled.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        return index;
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
        return index.getDocDef();
    }

    @Override
    public void prepareCommit() {
        index.prepareCommit();
    }

    @Override
    public void commit() {
        index.commit();
    }

    @Override
    public void rollback() {
        index.rollback();
    }

    @Override
    public void addEntity(Entity entity) {
        index.addEntity(entity);
    }

    @Override
    public void updateEntity(Entity entity) {
        index.updateEntity(entity);
    }

    @Override
    public void deleteEntity(Entity entity) {
        index.deleteEntity(entity);
    }

    @Override
    public void close() {
        index.close();
    }
}
