package org.w3id.registre.server;

import java.io.IOException;
import java.net.BindException;
import java.util.List;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.registre.core.RegistreException;

/**
 * The embedded Fuseki server that serves the register: dataset {@code registre}, read-only, with the SPARQL query
 * endpoints, Graph Store reads, {@code /$/ping} (and {@code /$/metrics} with {@code --metrics}); everything else it serves (the query editor,
 * the linked-data pages) comes as Fuseki modules from the caller, so the server knows nothing of how they are built.
 *
 * <p>What is left out on purpose: SPARQL Update and Graph Store writes (no such endpoint exists, so every write is
 * refused), the admin API, and the {@code shacl} endpoint (it would run user-supplied SHACL-SPARQL). {@code SERVICE}
 * calls to other hosts are disabled for the whole JVM. Every answer carries the browser security headers of
 * {@link SecurityHeaders}; with {@code --cors}, those of {@link CrossOrigin}.
 */
public final class RegisterServer {

    private RegisterServer() {
    }

    /**
     * The server builder with the read-only dataset and the given modules: each adds its servlets when the server is
     * built (Fuseki calls {@link FusekiModule#prepare}); the root path "/" is left free for them.
     */
    public static FusekiServer.Builder builder(ServeOptions options, DatasetGraph dataset,
            List<? extends FusekiModule> modules) {
        return builder(options, dataset, modules, new ServerActivity(() -> { }));
    }

    /**
     * The same builder, {@code activity} first in line: it sees every request come and go, so that {@code serve}
     * can schedule its own work around them.
     */
    public static FusekiServer.Builder builder(ServeOptions options, DatasetGraph dataset,
            List<? extends FusekiModule> modules, ServerActivity activity) {
        // A query may not make the server fetch from other hosts.
        ARQ.getContext().set(ARQ.httpServiceAllowed, false);
        if (options.timeoutSeconds() > 0) {
            // Fuseki reads the timeout from the dataset context (milliseconds); a protocol ?timeout= can only shorten it.
            dataset.getContext().set(ARQ.queryTimeout, Long.toString(options.timeoutSeconds() * 1000L));
        }
        // REGEX and REPLACE that stop at the deadline, LIMIT 0 without Jena's hash-join failure.
        GuardedOptimizer.install(dataset.getContext());
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "data")
                // The dataset URL itself answers ?query= and Graph Store reads (?default), as in stock Fuseki.
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.GSP_R);
        FusekiServer.Builder builder = FusekiServer.create();
        // First in line: the request log sees every answer, the guard every query before it is parsed or stored.
        builder.addFilter("/*", activity);
        builder.addFilter("/*", new RequestLog());
        builder.addFilter("/*", new QueryGuard(Set.of("/" + ServeOptions.DATASET, "/" + ServeOptions.DATASET
                + "/sparql", "/" + ServeOptions.DATASET + "/query"), options.timeoutSeconds() * 1000L));
        // Then the caches: stored answers are sent before Fuseki's own dispatch runs.
        HttpCaching.install(builder, ServeOptions.DATASET, List.of("sparql", "query"));
        return builder
                .port(options.port())
                .add("/" + ServeOptions.DATASET, service)
                .enablePing(true)
                // Disk size and JVM internals are the operator's business: only with --metrics.
                .enableMetrics(options.metrics())
                .enableStats(false)
                // CORS is CrossOrigin's, around the whole server (see start): never Fuseki's, which allows credentials.
                .enableCors(false)
                // Only the modules given: none is discovered from the class path.
                .fusekiModules(FusekiModules.create(List.copyOf(modules)));
    }

    /** Builds the server, binds it to {@code options.host()} and starts it; a port in use is a clear error. */
    public static FusekiServer start(FusekiServer.Builder builder, ServeOptions options) {
        FusekiServer server = builder.build();
        HttpCaching.compress(server);
        // A form may carry a query of the largest size accepted, percent-encoded (Jetty's default stops at 200 KB).
        ServletContextHandler.getServletContextHandler(server.getServletContext())
                .setMaxFormContentSize(QueryGuard.MAX_FORM_BYTES);
        // Jetty's own shutdown hook would stop the server again, and the JVM waits for every hook: the caller's
        // hook (serve's, bounded in time) is the only one.
        server.getJettyServer().setStopAtShutdown(false);
        // Outermost: every answer, whoever makes it (a servlet, Fuseki's errors, Jetty's own 400 and 404), passes here.
        Server jetty = server.getJettyServer();
        if (options.cors()) {
            jetty.setHandler(new CrossOrigin(jetty.getHandler()));
        }
        SecurityHeaders.install(jetty);
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector sc) {
                sc.setHost(options.host());
            }
        }
        try {
            return server.start();
        } catch (RuntimeException e) {
            stopQuietly(server);
            if (causedByBind(e)) {
                throw new RegistreException(options.host() + ":" + options.port()
                        + " : port déjà utilisé ou adresse indisponible ; choisissez --port / port already in use"
                        + " or address unavailable; choose --port", e);
            }
            throw e;
        }
    }

    private static boolean causedByBind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException || (t instanceof IOException && String.valueOf(t.getMessage())
                    .contains("bind"))) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(FusekiServer server) {
        try {
            server.stop();
        } catch (RuntimeException ignored) {
            // the server never started: nothing more to release
        }
    }

    /** The base URL a person types, e.g. {@code http://127.0.0.1:3030}. */
    public static String baseUrl(FusekiServer server, ServeOptions options) {
        String host = options.host();
        if (host.contains(":")) {
            host = "[" + host + "]";
        } else if (host.equals("0.0.0.0")) {
            host = "localhost";
        }
        return "http://" + host + ":" + server.getHttpPort();
    }
}
