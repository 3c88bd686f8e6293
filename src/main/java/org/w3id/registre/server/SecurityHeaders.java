package org.w3id.registre.server;

import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.w3id.registre.publish.BrowserPolicy;

/**
 * Puts the headers of {@link BrowserPolicy} on every answer: pages, SPARQL results, dumps, the editor's assets,
 * {@code /$/ping}, and the errors (400, 404, 406…). A Jetty handler around all of Fuseki sets them before any
 * servlet runs, so an answer no servlet chose (an unknown path) has them too; Jetty's error handler, which answers
 * what Jetty refuses before any handler runs (a request line it cannot read), sets them as well.
 */
public final class SecurityHeaders extends Handler.Wrapper {

    private SecurityHeaders(Handler inner) {
        setHandler(inner);
    }

    /** Wraps the whole of {@code server}: its handler and its error handler. */
    public static void install(Server server) {
        server.setHandler(new SecurityHeaders(server.getHandler()));
        Request.Handler errors = server.getErrorHandler();
        server.setErrorHandler((request, response, callback) -> {
            addTo(request, response);
            return errors.handle(request, response, callback);
        });
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(request, response);
        return super.handle(request, response, callback);
    }

    private static void addTo(Request request, Response response) {
        HttpFields.Mutable headers = response.getHeaders();
        for (Map.Entry<String, String> h : BrowserPolicy.forPath(pathOf(request)).entrySet()) {
            headers.put(h.getKey(), h.getValue());
        }
    }

    private static String pathOf(Request request) {
        try {
            return Request.getPathInContext(request);
        } catch (RuntimeException unreadable) {
            // A request Jetty could not parse has no usable path: it gets the pages' policy, the strictest.
            return null;
        }
    }
}
