package org.w3id.registre.server;

/**
 * How the server is set up: where it listens, how long a query may run, whether browsers on other origins may
 * call it, and whether it tells its metrics.
 *
 * @param port           TCP port; 0 picks a free one (tests)
 * @param host           address to listen on (127.0.0.1 by default: the register is served to this machine only)
 * @param timeoutSeconds longest run of one query; 0 or less turns the limit off
 * @param cors           answer cross-origin requests (CORS headers: any origin, no credentials, reads only)
 * @param metrics        serve {@code /$/metrics} (disk size, JVM internals); off by default, 404
 */
public record ServeOptions(int port, String host, int timeoutSeconds, boolean cors, boolean metrics) {

    /** The options without {@code /$/metrics}, as {@code serve} starts by default. */
    public ServeOptions(int port, String host, int timeoutSeconds, boolean cors) {
        this(port, host, timeoutSeconds, cors, false);
    }

    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_TIMEOUT_SECONDS = 30;

    /** The dataset name: queries go to /registre/sparql. */
    public static final String DATASET = "registre";
}
