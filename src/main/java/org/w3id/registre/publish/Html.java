package org.w3id.registre.publish;

import java.util.regex.Pattern;

import org.w3id.registre.core.Markup;

/**
 * A tiny HTML writer that escapes by construction: text and attribute values always go through {@link #escape},
 * tag and attribute names must be plain identifiers written in the code. There is no way to insert raw markup,
 * so a label such as {@code <script>} in the data can only ever come out as text. Inline SVG ({@link Svg}) is
 * written through it too, every element closed explicitly, so that the drawing is also well-formed XML.
 */
final class Html {

    // Lower case, hyphens, and the camel case of SVG's few mixed-case names (viewBox), written inline in the page.
    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9-]*");

    private final StringBuilder out = new StringBuilder(8192);

    static String escape(String text) {
        return Markup.escape(text);
    }

    /** The doctype: the only markup not built from elements. */
    Html doctype() {
        out.append("<!DOCTYPE html>\n");
        return this;
    }

    /** Opens an element; attributes come in name/value pairs, a null value leaves the attribute out. */
    Html open(String tag, String... attributes) {
        out.append('<').append(name(tag));
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(name(attributes[i])).append("=\"").append(escape(attributes[i + 1]))
                        .append('"');
            }
        }
        out.append('>');
        return this;
    }

    Html close(String tag) {
        out.append("</").append(name(tag)).append('>');
        return this;
    }

    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** An element holding only text. */
    Html el(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    Html a(String href, String text, String... attributes) {
        String[] all = new String[attributes.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attributes, 0, all, 2, attributes.length);
        return el("a", text, all);
    }

    /**
     * A JSON-LD block. A script's content is raw text in HTML (entities are not decoded there), so it is written as
     * is; it must not hold {@code </}, which could close the element.
     */
    Html jsonLd(String json) {
        if (json.contains("</")) {
            throw new IllegalArgumentException("\"</\" in a script element would close it");
        }
        open("script", "type", "application/ld+json");
        out.append('\n').append(json);
        return close("script");
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an HTML name: " + name);
        }
        return name;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
