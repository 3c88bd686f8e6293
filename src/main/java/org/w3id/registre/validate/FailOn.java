package org.w3id.registre.validate;

/** The {@code --fail-on} threshold: the least serious level that makes validation fail (exit code 1). */
public enum FailOn {
    VIOLATION(Level.VIOLATION), WARNING(Level.WARNING), INFO(Level.INFO), NONE(null);

    private final Level lowest;

    FailOn(Level lowest) {
        this.lowest = lowest;
    }

    /** Whether a result of this level is at or above the threshold. */
    public boolean isReachedBy(Level level) {
        return lowest != null && level.ordinal() <= lowest.ordinal();
    }
}
