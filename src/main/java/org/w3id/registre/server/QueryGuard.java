package org.w3id.registre.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.eclipse.jetty.ee10.servlet.ServletChannel;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EndPoint;

/**
 * The door of the SPARQL query endpoints: what a client sends is checked before anything parses, caches or runs it,
 * and every query gets a deadline that holds.
 * <ul>
 * <li>the query text must be UTF-8 (400 otherwise; a {@code charset} other than UTF-8 is 415), at most
 * {@link QueryLimits#MAX_QUERY_BYTES} long (413), and within {@link QueryLimits}' nesting limits (400);</li>
 * <li>the request's {@link QueryDeadline} starts: REGEX and REPLACE stop at it;</li>
 * <li>the response may not outlive the timeout by more than a second: a client that reads slowly (or not at all)
 * holds a worker thread in a blocked write, which Jena's timeout cannot reach; at timeout + 1 s the connection is
 * closed under it;</li>
 * <li>a query cut by its timeout after its first bytes were sent (200 already on the wire) ends with the connection
 * closed before the last chunk, so that the client sees an incomplete answer rather than a short one.</li>
 * </ul>
 */
final class QueryGuard implements Filter {

    /** Request attribute: the query text, for the request log. */
    static final String QUERY_ATTRIBUTE = "registre.query";
    /** Request attribute set when the answer was cut (timeout): the request log says so. */
    static final String CUT_ATTRIBUTE = "registre.cut";
    /** A form body holds the query percent-encoded: up to three bytes per byte, and other parameters. */
    static final int MAX_FORM_BYTES = 3 * QueryLimits.MAX_QUERY_BYTES + 4096;
    /** How long a response may outlast the query's timeout. */
    static final long GRACE_MILLIS = 1000;

    private static final ScheduledThreadPoolExecutor CUTTER = cutter();

    private final Set<String> endpoints;
    private final long timeoutMillis;
    /** Query texts already checked and accepted: a repeated query is not parsed twice. */
    private final Cache<String, Boolean> accepted = Caffeine.newBuilder().maximumSize(10_000).build();

    QueryGuard(Set<String> endpoints, long timeoutMillis) {
        this.endpoints = Set.copyOf(endpoints);
        this.timeoutMillis = timeoutMillis;
    }

    private static ScheduledThreadPoolExecutor cutter() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "registre-coupure");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        String path = req.getRequestURI().substring(req.getContextPath().length());
        if (!endpoints.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        HttpServletRequest checked = req;
        String query;
        try {
            String contentType = req.getHeader("Content-Type");
            String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).trim();
            String charset = charset(type);
            if (charset != null && !charset.equals("utf-8") && !charset.equals("utf8")) {
                refuse(resp, 415, "jeu de caractères « " + charset + " » non pris en charge : UTF-8 seulement /"
                        + " charset not supported: UTF-8 only");
                return;
            }
            if ("POST".equals(req.getMethod()) && type.startsWith("application/sparql-query")) {
                byte[] body = readAtMost(req, QueryLimits.MAX_QUERY_BYTES);
                if (body == null) {
                    refuse(resp, 413, tooLarge());
                    return;
                }
                query = utf8(body);
                checked = new Replay(req, body);
            } else {
                if ("POST".equals(req.getMethod()) && req.getContentLengthLong() > MAX_FORM_BYTES) {
                    refuse(resp, 413, tooLarge());
                    return;
                }
                query = req.getParameter("query");
            }
        } catch (CharacterCodingException | HttpException.RuntimeException | IllegalArgumentException
                | IllegalStateException e) {
            // Jetty reports bad percent-encoding, bad UTF-8 and over-long forms as these.
            refuse(resp, 400, "requête mal encodée : UTF-8 attendu / badly encoded request: UTF-8 expected");
            return;
        }
        if (query != null) {
            req.setAttribute(QUERY_ATTRIBUTE, query);
            if (query.length() > QueryLimits.MAX_QUERY_BYTES / 3
                    && query.getBytes(StandardCharsets.UTF_8).length > QueryLimits.MAX_QUERY_BYTES) {
                refuse(resp, 413, tooLarge());
                return;
            }
            if (accepted.getIfPresent(query) == null) {
                QueryLimits.Refusal refusal = QueryLimits.check(query);
                if (refusal != null) {
                    refuse(resp, refusal.status(), refusal.message());
                    return;
                }
                if (query.length() <= 16 * 1024) {
                    accepted.put(query, Boolean.TRUE);
                }
            }
        }
        run(checked, resp, chain);
    }

    /** Runs the query under its deadline, and cuts the response if it outlives it. */
    private void run(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        QueryDeadline deadline = QueryDeadline.start(timeoutMillis);
        ServletChannel channel = channel(req);
        // At the timeout the guard cancels the query itself: Jena's own cancel can come late (QueryDeadline).
        ScheduledFuture<?> stop = timeoutMillis > 0
                ? CUTTER.schedule(deadline::cancelQuery, timeoutMillis, TimeUnit.MILLISECONDS)
                : null;
        ScheduledFuture<?> cut = timeoutMillis > 0 && channel != null
                ? CUTTER.schedule(() -> cut(req, channel), timeoutMillis + GRACE_MILLIS, TimeUnit.MILLISECONDS)
                : null;
        try {
            chain.doFilter(req, new ErrorMessages(resp));
        } finally {
            if (stop != null) {
                stop.cancel(false);
            }
            if (cut != null) {
                cut.cancel(false);
            }
            deadline.end();
            if (deadline.cancelled()) {
                if (!resp.isCommitted()) {
                    timedOut(resp);
                } else if (channel != null) {
                    // 200 and part of the rows are sent: without the last chunk, the client knows the answer is cut.
                    cut(req, channel);
                }
            }
        }
    }

    /**
     * A query cancelled after its first rows were written, while nothing was sent yet (the rows were held by the
     * result cache or Jetty's buffer): Fuseki answers it with 400 and the rows followed by a note, as if the
     * query were wrong. A timeout is never the client's fault: the held rows are dropped and the answer is 503,
     * as for a query cancelled before its first row.
     */
    private void timedOut(HttpServletResponse resp) throws IOException {
        resp.resetBuffer();
        resp.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("Content-Length", null);
        resp.setHeader("Cache-Control", "no-store");
        String message = "délai dépassé / query timed out (" + timeoutMillis / 1000 + " s)\n";
        try {
            resp.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerInUse) {
            resp.getWriter().write(message);
        }
    }

    private static void cut(HttpServletRequest req, ServletChannel channel) {
        req.setAttribute(CUT_ATTRIBUTE, Boolean.TRUE);
        TimeoutException timeout = new TimeoutException("délai dépassé / timeout");
        channel.abort(timeout);
        // Closing the connection is what fails a write blocked on a client that does not read; without lingering
        // (a reset), so that the megabytes already in the socket buffers are not delivered after the cut either.
        EndPoint endPoint = channel.getEndPoint();
        if (endPoint != null) {
            if (endPoint.getTransport() instanceof SocketChannel socket) {
                try {
                    socket.socket().setSoLinger(true, 0);
                } catch (IOException e) {
                    // already closed: nothing left to deliver
                }
            }
            endPoint.close(timeout);
        }
    }

    private static ServletChannel channel(HttpServletRequest req) {
        ServletContextRequest jetty = ServletContextRequest.getServletContextRequest(req);
        return jetty == null ? null : jetty.getServletChannel();
    }

    private static String tooLarge() {
        return "requête trop longue : " + QueryLimits.MAX_QUERY_BYTES / 1024 + " Kio au plus / query too large: at"
                + " most " + QueryLimits.MAX_QUERY_BYTES / 1024 + " KiB";
    }

    private static void refuse(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** The charset parameter of a (lower-cased) media type, or null. */
    static String charset(String type) {
        for (String param : type.split(";")) {
            String p = param.trim();
            if (p.startsWith("charset=")) {
                return p.substring("charset=".length()).replace("\"", "").trim();
            }
        }
        return null;
    }

    /** The body, or null when it is longer than {@code max} bytes (then not read further). */
    private static byte[] readAtMost(HttpServletRequest req, int max) throws IOException {
        if (req.getContentLengthLong() > max) {
            return null;
        }
        InputStream in = req.getInputStream();
        byte[] body = in.readNBytes(max + 1);
        return body.length > max ? null : body;
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is an error, never a replacement character. */
    static String utf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Fuseki writes its error messages (400 for a bad IRI, 503 for a timeout…) with a Content-Length counted in
     * characters, not bytes: a message with an accented character from the query is longer than announced and
     * Jetty turns the 400 into a 500 ("too much content written"). Error answers go without a length instead.
     */
    private static final class ErrorMessages extends HttpServletResponseWrapper {
        ErrorMessages(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setContentLength(int len) {
            if (getStatus() < 400) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (getStatus() < 400) {
                super.setContentLengthLong(len);
            }
        }
    }

    /** The checked body, offered again to the filters and the endpoint after it, as checked UTF-8. */
    private static final class Replay extends ReplayedBody {

        Replay(HttpServletRequest request, byte[] body) {
            super(request, body);
        }

        @Override
        public String getCharacterEncoding() {
            return "UTF-8";
        }

        @Override
        public String getContentType() {
            // The checked charset, spelled so that Jetty's parser of the header never sees a bad one.
            return "application/sparql-query;charset=utf-8";
        }
    }
}
