package org.w3id.registre.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The first answer and the rest of the server, as {@code serve} schedules its own work around them. */
class ServerActivityTest {

    /** A request that stays in flight until released (the filter reads neither the request nor the response). */
    private static CompletableFuture<Void> request(ServerActivity activity, CountDownLatch release) {
        return CompletableFuture.runAsync(() -> {
            try {
                activity.doFilter(null, null, (req, resp) -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theFirstAnswerRunsItsActionOnceWhenAnsweredNotBefore() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        ServerActivity activity = new ServerActivity(runs::incrementAndGet);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = request(activity, release);
        Thread.sleep(200);
        assertEquals(0, runs.get(), "the first request is still in flight");
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertEquals(1, runs.get());
        request(activity, new CountDownLatch(0)).get(10, TimeUnit.SECONDS);
        request(activity, new CountDownLatch(0)).get(10, TimeUnit.SECONDS);
        assertEquals(1, runs.get(), "once, whatever comes after");
    }

    @Test
    void atRestMeansNoRequestInFlightForTheWholeRest() throws Exception {
        ServerActivity activity = new ServerActivity(() -> { });
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> slow = request(activity, release);
        Thread.sleep(100);
        AtomicLong ranAt = new AtomicLong();
        CompletableFuture<Void> done = activity.whenAtRest(300, () -> ranAt.set(System.nanoTime()));
        Thread.sleep(1000);
        assertFalse(done.isDone(), "a request is in flight: the server is not at rest");
        release.countDown();
        slow.get(10, TimeUnit.SECONDS);
        long ended = System.nanoTime();
        done.get(10, TimeUnit.SECONDS);
        assertTrue(ranAt.get() - ended >= TimeUnit.MILLISECONDS.toNanos(300) - TimeUnit.MILLISECONDS.toNanos(5),
                "ran " + (ranAt.get() - ended) / 1_000_000 + " ms after the last answer, not after 300 ms of rest");
    }
}
