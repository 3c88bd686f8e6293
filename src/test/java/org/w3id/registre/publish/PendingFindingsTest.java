package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegistreException;
import org.w3id.registre.validate.Level;

/** A page asking for findings while the validation runs waits for all of them, never a part or an empty list. */
class PendingFindingsTest {

    @Test
    void waitsForTheValidationThenAnswersWithItsFindings() throws Exception {
        CompletableFuture<ValidationFindings> validation = new CompletableFuture<>();
        PendingFindings pending = new PendingFindings(validation);
        ExecutorService page = Executors.newSingleThreadExecutor();
        try {
            Future<Long> warnings = page.submit(() -> pending.count(Level.WARNING));
            Thread.sleep(200);
            assertFalse(warnings.isDone());
            ValidationFindings report = TestSite.fixtureFindings();
            validation.complete(report);
            assertEquals(report.count(Level.WARNING), warnings.get(30, TimeUnit.SECONDS));
            assertEquals(report.findings(), pending.findings());
            assertEquals(report.passes(), pending.passes());
        } finally {
            page.shutdownNow();
        }
    }

    @Test
    void aValidationThatFailedFailsThePageWithItsOwnError() {
        PendingFindings pending = new PendingFindings(CompletableFuture.failedFuture(
                new RegistreException("formes.ttl : forme invalide / invalid shape")));
        RegistreException e = assertThrows(RegistreException.class, pending::validated);
        assertEquals("formes.ttl : forme invalide / invalid shape", e.getMessage());
    }
}
