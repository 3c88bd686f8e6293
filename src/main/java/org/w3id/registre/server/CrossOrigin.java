package org.w3id.registre.server;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code --cors}: a page on any other site may read this server's answers, as a public read-only register wants, but
 * never with the visitor's credentials and only with the methods that read. Fuseki's own CORS filter echoes the
 * caller's {@code Origin} with {@code Access-Control-Allow-Credentials: true} and advertises PUT, DELETE and PATCH;
 * this one answers {@code *}, which browsers never combine with cookies or HTTP authentication.
 *
 * <p>A preflight ({@code OPTIONS} with {@code Access-Control-Request-Method}) is answered here, 204, and goes no
 * further; one that asks for another method gets no CORS header, which the browser takes as a refusal.
 */
public final class CrossOrigin extends Handler.Wrapper {

    public static final String ALLOW_METHODS = "GET, HEAD, POST, OPTIONS";
    /** What a SPARQL client sends: the form or query content type, and content negotiation. */
    public static final String ALLOW_HEADERS = "Accept, Accept-Language, Content-Type, If-None-Match,"
            + " If-Modified-Since";
    /** What a script may read of an answer, beyond the headers every browser exposes. */
    public static final String EXPOSE_HEADERS = "ETag, Link, Location, Vary, Content-Disposition";
    /** How long a browser may reuse a preflight answer (seconds). */
    public static final String MAX_AGE = "3600";

    public CrossOrigin(Handler inner) {
        setHandler(inner);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        HttpFields requestHeaders = request.getHeaders();
        if (!requestHeaders.contains(HttpHeader.ORIGIN)) {
            return super.handle(request, response, callback);
        }
        HttpFields.Mutable headers = response.getHeaders();
        String preflight = requestHeaders.get(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
        if (HttpMethod.OPTIONS.is(request.getMethod()) && preflight != null) {
            if (isAllowed(preflight)) {
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, ALLOW_METHODS);
                headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, ALLOW_HEADERS);
                headers.put(HttpHeader.ACCESS_CONTROL_MAX_AGE, MAX_AGE);
            }
            response.setStatus(204);
            callback.succeeded();
            return true;
        }
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSE_HEADERS);
        return super.handle(request, response, callback);
    }

    private static boolean isAllowed(String method) {
        return switch (method) {
            case "GET", "HEAD", "POST", "OPTIONS" -> true;
            default -> false;
        };
    }
}
