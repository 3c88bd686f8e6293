package org.w3id.registre.publish;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.w3id.registre.validate.Finding;
import org.w3id.registre.validate.Findings;
import org.w3id.registre.validate.Level;

/**
 * The findings of a validation still running when the server starts listening: SPARQL does not need them, so
 * {@code serve} answers queries at once and validates beside; a page that shows findings waits for the end of the
 * validation (the first few seconds after start only), then every page has them. A validation that failed fails
 * the pages that need it with its own error, never with partial findings.
 */
public final class PendingFindings implements ValidationFindings {

    private final CompletableFuture<? extends ValidationFindings> validation;

    public PendingFindings(CompletableFuture<? extends ValidationFindings> validation) {
        this.validation = validation;
    }

    private ValidationFindings done() {
        try {
            return validation.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    @Override
    public List<Finding> findings() {
        return done().findings();
    }

    @Override
    public boolean validated() {
        return done().validated();
    }

    @Override
    public List<Finding> about(String iri) {
        return done().about(iri);
    }

    @Override
    public long count(Level level) {
        return done().count(level);
    }

    @Override
    public boolean passes() {
        return done().passes();
    }

    @Override
    public Optional<Findings> report() {
        return done().report();
    }
}
