package org.w3id.registre.publish;

import java.util.Locale;

/**
 * A drawing inline in a page, written through the page's own {@link Html} builder, so that labels from the data are
 * escaped by construction as everywhere else. A hand-written writer rather than a library (JFreeSVG draws through
 * Java2D: it would bring a graphics stack and fixed pixel coordinates for what is a few rectangles, lines and texts,
 * and no links or ARIA). The drawing has a {@code viewBox} and no size of its own (the page's CSS fits it to the
 * width available), so it stays crisp at any zoom and in print; every element is closed, so the drawing is also
 * well-formed XML. It is an image for assistive technologies ({@code role="img"}, named by its {@code <title>} and
 * described by its {@code <desc>}); the table it is drawn from follows it on the page.
 */
final class Svg {

    static final String NAMESPACE = "http://www.w3.org/2000/svg";

    /** Width in user units of one character of the 12-unit font, on average: enough to keep labels in their box. */
    static final double CHAR_WIDTH = 6.6;

    private final Html h;

    private Svg(Html h) {
        this.h = h;
    }

    /**
     * Opens the drawing.
     *
     * @param id    unique on the page; the title and description take it with "-titre" and "-desc"
     * @param title what the drawing is (its accessible name)
     * @param desc  what it shows, in words: the text alternative
     */
    static Svg open(Html h, String id, double width, double height, String title, String desc) {
        return open(h, id, width, height, title, desc, false);
    }

    /** @param wide drawn across the whole width of the page (a diagram of boxes with text), not at a chart's width */
    static Svg open(Html h, String id, double width, double height, String title, String desc, boolean wide) {
        h.open("svg", "xmlns", NAMESPACE, "viewBox", "0 0 " + num(width) + " " + num(height), "role", "img",
                "aria-labelledby", id + "-titre " + id + "-desc", "id", id, "class", wide ? "graphique large" : "graphique",
                "font-family", "system-ui, sans-serif", "font-size", "12");
        h.el("title", title, "id", id + "-titre");
        h.el("desc", desc, "id", id + "-desc");
        return new Svg(h);
    }

    Svg rect(double x, double y, double width, double height, String fill, String... more) {
        h.open("rect", concat(new String[] {"x", num(x), "y", num(y), "width", num(width), "height", num(height),
                "fill", fill}, more)).close("rect");
        return this;
    }

    /** A text whose baseline is at y; {@code anchor} is start, middle or end. */
    Svg text(double x, double y, String text, String anchor, String... more) {
        h.open("text", concat(new String[] {"x", num(x), "y", num(y), "text-anchor", anchor}, more)).text(text)
                .close("text");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke, String... more) {
        h.open("line", concat(new String[] {"x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2),
                "stroke", stroke}, more)).close("line");
        return this;
    }

    /** Opens a link; {@code tooltip} is its own title (shown on hover, and the whole label when the box cuts it). */
    Svg link(String href, String tooltip) {
        h.open("a", "href", href);
        h.el("title", tooltip);
        return this;
    }

    Svg endLink() {
        h.close("a");
        return this;
    }

    Svg group(String... attributes) {
        h.open("g", attributes);
        return this;
    }

    Svg endGroup() {
        h.close("g");
        return this;
    }

    void close() {
        h.close("svg").newline();
    }

    /** A coordinate with at most one decimal, in the C locale (never a decimal comma). */
    static String num(double value) {
        double rounded = Math.round(value * 10) / 10.0;
        return rounded == Math.rint(rounded) ? Long.toString((long) rounded)
                : String.format(Locale.ROOT, "%.1f", rounded);
    }

    /** The text cut to {@code max} characters with an ellipsis, so that it stays inside its box. */
    static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)).stripTrailing() + "…";
    }

    private static String[] concat(String[] first, String[] more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
