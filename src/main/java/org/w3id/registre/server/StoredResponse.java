package org.w3id.registre.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * One answer of the read-only server kept as bytes: status, the headers that describe the representation, the body
 * and its gzip form, and its validators. The dataset cannot change while the server runs, so an answer computed once
 * stays true until the server stops; this class sends it again, honouring {@code If-None-Match} /
 * {@code If-Modified-Since} (304), {@code HEAD} (headers only) and {@code Accept-Encoding} (the stored gzip bytes).
 *
 * <p>The entity tag is strong: the SHA-256 of the identity body (base64url, 128 bits), so two servers that hold the
 * same register give the same tags (replicas behind a cache agree). The gzip representation has its own tag
 * ({@code -gz} appended), as RFC 9110 requires of a different content coding.
 */
final class StoredResponse {

    /** Below this size gzip saves less than the headers it costs. */
    private static final int GZIP_MIN_BYTES = 256;
    /** Headers of the representation itself, replayed on every answer; the others are per request. */
    private static final List<String> REPLAYED = List.of("Content-Type", "Content-Location", "Content-Language",
            "Content-Disposition", "Location", "Link", "Vary");

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;
    private final byte[] gzip;
    private final String etag;
    private final String etagGzip;
    private final long lastModified;
    private final String cacheControl;

    private StoredResponse(int status, Map<String, String> headers, byte[] body, long lastModified,
            String cacheControl) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.gzip = compressible(headers.get("Content-Type")) && body.length >= GZIP_MIN_BYTES ? gzip(body) : null;
        String hash = contentHash(body);
        this.etag = "\"" + hash + "\"";
        this.etagGzip = "\"" + hash + "-gz\"";
        // HTTP dates have a one-second resolution: compare at that resolution.
        this.lastModified = lastModified / 1000 * 1000;
        this.cacheControl = cacheControl;
    }

    /** Keeps what the recorder saw of an answer; its representation headers are read from {@code response}. */
    static StoredResponse of(int status, HttpServletResponse response, byte[] body, long lastModified,
            String cacheControl) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        for (String name : REPLAYED) {
            String value = name.equals("Content-Type") ? response.getContentType() : joined(response, name);
            if (value != null && !value.isEmpty()) {
                kept.put(name, value);
            }
        }
        return new StoredResponse(status, Map.copyOf(kept), body, lastModified, cacheControl);
    }

    private static String joined(HttpServletResponse response, String name) {
        var values = response.getHeaders(name);
        return values == null || values.isEmpty() ? null : String.join(", ", values);
    }

    int status() {
        return status;
    }

    String etag() {
        return etag;
    }

    byte[] body() {
        return body;
    }

    /** True when the answer differs by the request's {@code Accept} header (content negotiation). */
    boolean variesOnAccept() {
        String vary = headers.get("Vary");
        if (vary == null) {
            return false;
        }
        for (String token : vary.split(",")) {
            String t = token.trim();
            if (t.equalsIgnoreCase("Accept") || t.equals("*")) {
                return true;
            }
        }
        return false;
    }

    /** What the entry costs in memory, roughly: its bytes. */
    int weight() {
        return 256 + body.length + (gzip == null ? 0 : gzip.length);
    }

    /** Sends the answer: 304 when the client's copy is current, the gzip bytes when accepted, no body for HEAD. */
    void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean useGzip = gzip != null && AcceptEncoding.acceptsGzip(req.getHeader("Accept-Encoding"));
        headers.forEach((name, value) -> {
            if (name.equals("Content-Type")) {
                resp.setContentType(value);
            } else {
                resp.setHeader(name, value);
            }
        });
        if (gzip != null) {
            resp.setHeader("Vary", varyWithEncoding(headers.get("Vary")));
        }
        resp.setHeader("Cache-Control", cacheControl);
        resp.setHeader("Pragma", null);
        resp.setHeader("ETag", useGzip ? etagGzip : etag);
        resp.setDateHeader("Last-Modified", lastModified);
        if (notModified(req)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            resp.setContentType(null);
            return;
        }
        resp.setStatus(status);
        byte[] bytes = useGzip ? gzip : body;
        if (useGzip) {
            resp.setHeader("Content-Encoding", "gzip");
        }
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(req.getMethod())) {
            try (OutputStream out = resp.getOutputStream()) {
                out.write(bytes);
            }
        }
    }

    /**
     * RFC 9110 §13.2.2: If-None-Match (weak comparison, either coding's tag) decides when present; otherwise
     * If-Modified-Since. Only for answers that carry content (200), never for redirects.
     */
    private boolean notModified(HttpServletRequest req) {
        if (status != HttpServletResponse.SC_OK) {
            return false;
        }
        String ifNoneMatch = req.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(etag) || t.equals(etagGzip)) {
                    return true;
                }
            }
            return false;
        }
        long since;
        try {
            since = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            // An unreadable date is ignored, as RFC 9110 asks.
            return false;
        }
        return since >= 0 && lastModified <= since;
    }

    private static String varyWithEncoding(String vary) {
        if (vary == null || vary.isBlank()) {
            return "Accept-Encoding";
        }
        return vary.toLowerCase(Locale.ROOT).contains("accept-encoding") ? vary : vary + ", Accept-Encoding";
    }

    /** Text and RDF syntaxes compress well; images and archives do not. */
    private static boolean compressible(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("turtle") || type.contains("n-triples") || type.contains("n-quads")
                || type.contains("trig") || type.contains("javascript") || type.contains("sparql");
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] compressed = out.toByteArray();
        return compressed.length < body.length ? compressed : null;
    }

    static String contentHash(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
