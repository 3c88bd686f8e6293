package org.w3id.registre.server;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * What {@code serve} needs to know of its requests to schedule its own work around them: when the first answer has
 * been sent (the work beside the server starts then, so that the first request does not share the cores with it),
 * and when the server is at rest (no request in flight for a while), to do once what would pause a request. The first
 * filter in the chain: every answer passes here, including those a cache sends without going further.
 */
public final class ServerActivity implements Filter {

    /** How often {@link #whenAtRest} looks. */
    private static final long LOOK_EVERY_MS = 200;

    private final AtomicReference<Runnable> firstAnswered;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile long lastChange = System.nanoTime();

    /** @param firstAnswered runs once, after the first request has been answered (or has failed) */
    public ServerActivity(Runnable firstAnswered) {
        this.firstAnswered = new AtomicReference<>(firstAnswered);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        inFlight.incrementAndGet();
        lastChange = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            lastChange = System.nanoTime();
            inFlight.decrementAndGet();
            // Read first: after the first answer this is one read per request.
            if (firstAnswered.get() != null) {
                Runnable action = firstAnswered.getAndSet(null);
                if (action != null) {
                    action.run();
                }
            }
        }
    }

    /**
     * Runs {@code action} once, on a pool thread, as soon as no request has been in flight for {@code restMillis}.
     */
    public CompletableFuture<Void> whenAtRest(long restMillis, Runnable action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Executor later = CompletableFuture.delayedExecutor(LOOK_EVERY_MS, TimeUnit.MILLISECONDS);
        Runnable look = new Runnable() {
            @Override
            public void run() {
                boolean atRest = inFlight.get() == 0
                        && System.nanoTime() - lastChange >= TimeUnit.MILLISECONDS.toNanos(restMillis);
                if (!atRest) {
                    later.execute(this);
                    return;
                }
                try {
                    action.run();
                    done.complete(null);
                } catch (RuntimeException | Error e) {
                    done.completeExceptionally(e);
                }
            }
        };
        later.execute(look);
        return done;
    }
}
