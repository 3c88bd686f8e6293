package org.w3id.registre.server;

import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QueryCancelledException;

/**
 * A string as {@code java.util.regex} reads it, one character at a time, that stops the match once the query is
 * over its time: a catastrophic pattern ({@code ^(.*a){10}b$}) backtracks through {@code charAt} billions of times,
 * and the matcher never looks at the thread's interrupt flag, so this is the one place where it can be stopped.
 * The clock is read every 4,096 characters: a few microseconds apart.
 */
final class DeadlineChars implements CharSequence {

    private static final int CHECK_EVERY = 4096;

    private final String text;
    private final QueryDeadline deadline;
    private final AtomicBoolean cancelSignal;
    private int reads;

    /**
     * @param deadline the request's deadline, or null outside a server request
     * @param cancelSignal the query's cancel flag when the evaluation knows it, else null
     */
    DeadlineChars(String text, QueryDeadline deadline, AtomicBoolean cancelSignal) {
        this.text = text;
        this.deadline = deadline;
        this.cancelSignal = cancelSignal;
    }

    @Override
    public char charAt(int index) {
        if (++reads == CHECK_EVERY) {
            reads = 0;
            if (deadline != null) {
                deadline.check();
            }
            if (cancelSignal != null && cancelSignal.get()) {
                throw new QueryCancelledException();
            }
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        // Only used to read a matched group back: no backtracking happens over it.
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
