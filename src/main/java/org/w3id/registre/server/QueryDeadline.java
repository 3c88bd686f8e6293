package org.w3id.registre.server;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * The moment the query of the current request must stop, held for the request's thread. Jena's own timeout only
 * reaches code that looks at the query's cancel flag: the result iterators do, but the optimiser (which evaluates
 * constant expressions, REGEX included) and {@code java.util.regex} do not, and the optimiser runs while holding the
 * lock the timeout callback needs, so the flag cannot even be set then. Code that may run long without those checks
 * ({@link DeadlineChars}) asks this object instead: it needs no other thread to act.
 */
final class QueryDeadline {

    private static final ThreadLocal<QueryDeadline> CURRENT = new ThreadLocal<>();

    private final long startNanos;
    private final long deadlineNanos;
    /** Jena's cancel flag of the query run by this request, once the optimiser has seen it. */
    private volatile AtomicBoolean cancelSignal;

    private QueryDeadline(long startNanos, long timeoutMillis) {
        this.startNanos = startNanos;
        this.deadlineNanos = timeoutMillis > 0 ? startNanos + TimeUnit.MILLISECONDS.toNanos(timeoutMillis)
                : Long.MAX_VALUE;
    }

    /** Starts the clock for the current thread's request; {@code timeoutMillis ≤ 0} means no limit. */
    static QueryDeadline start(long timeoutMillis) {
        QueryDeadline deadline = new QueryDeadline(System.nanoTime(), timeoutMillis);
        CURRENT.set(deadline);
        return deadline;
    }

    /** The deadline of the request this thread serves, or null outside a guarded request. */
    static QueryDeadline current() {
        return CURRENT.get();
    }

    /** Ends the request on this thread. */
    void end() {
        if (CURRENT.get() == this) {
            CURRENT.remove();
        }
    }

    void watch(AtomicBoolean signal) {
        this.cancelSignal = signal;
    }

    /**
     * Raises the query's cancel flag, as Jena's timeout callback does, but without the lock that callback takes:
     * Jena runs the callbacks of every query of the JVM on one alarm thread, and each waits for its query's lock,
     * which the query holds while it is optimised and planned; one query stuck there holds back the cancel of all
     * the others. The result iterators read the flag and stop. Nothing happens before the optimiser has seen the
     * query (REGEX and REPLACE read the deadline themselves).
     */
    void cancelQuery() {
        AtomicBoolean signal = cancelSignal;
        if (signal != null) {
            signal.set(true);
        }
    }

    /** Whether the query was cancelled (its timeout or an abort): the answer, if started, is not whole. */
    boolean cancelled() {
        AtomicBoolean signal = cancelSignal;
        return signal != null && signal.get();
    }

    boolean passed() {
        return deadlineNanos != Long.MAX_VALUE && System.nanoTime() - deadlineNanos > 0;
    }

    long elapsedMillis() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /** Throws Jena's own exception for a query over its time, which Fuseki answers with 503. */
    void check() {
        if (passed() || cancelled()) {
            throw new QueryCancelledException();
        }
    }
}
