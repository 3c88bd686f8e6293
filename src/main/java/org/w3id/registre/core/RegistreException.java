package org.w3id.registre.core;

/**
 * A failure the user can act on: bad input, a missing file, a port in use. The message names the file, the line and
 * what was expected; the command line prints it (without a stack trace) and exits with code 2.
 */
public class RegistreException extends RuntimeException {
    public RegistreException(String message) {
        super(message);
    }

    public RegistreException(String message, Throwable cause) {
        super(message, cause);
    }
}
