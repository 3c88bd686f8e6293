package org.w3id.registre.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request: method, path, status, time and, for a query, its length, its SHA-256 and its first
 * {@value #QUERY_PREFIX} characters. Fuseki's own request log writes every query whole (a 1 MB query adds 1 MB to
 * the log; 6,000 fuzzed queries made 558 MB), so it is turned off in {@code log4j2.properties} and this line replaces it:
 * the hash finds a query again among the client's copies, the prefix says what it was. The query string of the URL
 * is not logged either: it holds the query.
 */
final class RequestLog implements Filter {

    static final int QUERY_PREFIX = 200;
    private static final Logger LOG = LoggerFactory.getLogger(RequestLog.class);

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long t0 = System.nanoTime();
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Throwable failure = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            if (LOG.isInfoEnabled()) {
                // An exception that leaves the chain is answered by Jetty: its status is not on the response yet.
                int status = failure instanceof HttpException h ? h.getCode()
                        : failure != null ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : resp.getStatus();
                LOG.info(line(req.getMethod(), req.getRequestURI(), status,
                        (System.nanoTime() - t0) / 1_000_000,
                        (String) req.getAttribute(QueryGuard.QUERY_ATTRIBUTE),
                        req.getAttribute(QueryGuard.CUT_ATTRIBUTE) != null));
            }
        }
    }

    /** The log line; {@code query} may be null. */
    static String line(String method, String path, int status, long millis, String query, boolean cut) {
        StringBuilder line = new StringBuilder(128 + QUERY_PREFIX);
        line.append(printable(method, 16)).append(' ').append(printable(path, QUERY_PREFIX)).append(' ')
                .append(status).append(' ').append(millis).append(" ms");
        if (cut) {
            line.append(" coupée/cut");
        }
        if (query != null) {
            byte[] bytes = query.getBytes(StandardCharsets.UTF_8);
            line.append(" query ").append(bytes.length).append(" B sha256=").append(sha256(bytes))
                    .append(" \"").append(printable(query, QUERY_PREFIX)).append('"');
        }
        return line.toString();
    }

    /** At most {@code max} characters, control characters and quotes escaped: one line, whatever the input. */
    static String printable(String s, int max) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), max) + 8);
        int n = 0;
        for (int i = 0; i < s.length() && n < max; i++, n++) {
            char c = s.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c) || Character.isSurrogate(c) && !validPair(s, i)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (s.length() > max) {
            out.append('…');
        }
        return out.toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
