package org.w3id.registre.publish;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a browser may do with the site's answers, as response headers: the same on the running server (every answer,
 * errors included) and in the static export's nginx and Apache configurations.
 *
 * <p>The pages need nothing but their own origin: no script but {@code recherche.js}, no frame, and one inline
 * stylesheet, the shared layout's, allowed by its hash (a page with another inline style would be refused). The query
 * editor is YASGUI served from the server itself, its page's own script and style in files beside it; it needs
 * nothing from elsewhere either, and one stylesheet YASGUI inserts, allowed by its hash.
 */
public final class BrowserPolicy {

    /**
     * What a shared cache (a CDN, nginx) may do with a successful answer or a redirect: keep it an hour, then
     * revalidate it with its ETag. The register only changes when the server restarts on new data, or when the
     * static export is rewritten. Refusals (4xx) carry none.
     */
    public static final String CACHE_CONTROL = "public, max-age=3600";

    /** Links to other sites (Légifrance, DPV) carry no trace of what was read here. */
    public static final String REFERRER_POLICY = "no-referrer";

    /** Policy of every answer but the query editor's. */
    public static final String CSP = "default-src 'self'; style-src 'self' '" + sha256(Layout.STYLE) + "';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    /**
     * The one stylesheet yasgui.min.js (WebJar 4.5.0) inserts itself, for the grips of the result table's column
     * resizer: allowed by its hash. Another YASGUI version may insert another one; the browser test then fails on
     * the console's refusal.
     */
    static final String YASGUI_GRIP_STYLE = "'sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk='";

    /** Policy of the query editor ({@link QueryEditor#PATH} and its assets). */
    public static final String CSP_EDITOR = "default-src 'self'; style-src 'self' " + YASGUI_GRIP_STYLE + ";"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";

    /** The headers every answer has, the Content-Security-Policy included, for a page that is not the editor. */
    public static final Map<String, String> HEADERS = headers(CSP);

    /** The same for the query editor. */
    public static final Map<String, String> EDITOR_HEADERS = headers(CSP_EDITOR);

    private BrowserPolicy() {
    }

    /** The headers of the answer at {@code path} (the path within the server, e.g. {@code /query/yasgui.min.js}). */
    public static Map<String, String> forPath(String path) {
        boolean editor = path != null && (path.equals(QueryEditor.PATH) || path.startsWith(QueryEditor.PATH + "/"));
        return editor ? EDITOR_HEADERS : HEADERS;
    }

    /**
     * The headers as nginx {@code add_header} lines, sent with every answer ({@code always}), and Cache-Control
     * with the successful ones and redirects only (nginx's rule without {@code always}), as the server does.
     * nginx drops the server block's {@code add_header} in a location that has its own: such a location repeats
     * these lines.
     */
    static String nginx(String indent) {
        StringBuilder sb = new StringBuilder();
        HEADERS.forEach((name, value) -> sb.append(indent).append("add_header ").append(name).append(" \"")
                .append(value).append("\" always;\n"));
        sb.append(indent).append("add_header Cache-Control \"").append(CACHE_CONTROL).append("\";\n");
        return sb.toString();
    }

    /**
     * The headers as Apache {@code Header always set} lines (mod_headers), for answers that are all redirects: the
     * w3id.org rules. Cache-Control too, as the server sends it with its 303s.
     */
    static String apache(String indent) {
        StringBuilder sb = new StringBuilder();
        HEADERS.forEach((name, value) -> sb.append(indent).append("Header always set ").append(name).append(" \"")
                .append(value).append("\"\n"));
        sb.append(indent).append("Header always set Cache-Control \"").append(CACHE_CONTROL).append("\"\n");
        return sb.toString();
    }

    private static Map<String, String> headers(String csp) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", REFERRER_POLICY);
        headers.put("Content-Security-Policy", csp);
        return Collections.unmodifiableMap(headers);
    }

    /** A CSP hash source for an inline element's text, as written in the page (escaped). */
    private static String sha256(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Html.escape(inline).getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
