package org.w3id.registre.core;

/**
 * The one escaper of text put in HTML or XML, by the pages, the validation report and the diff report alike: the five
 * characters that could end a text or an attribute value become entities.
 */
public final class Markup {

    private Markup() {
    }

    /** The text, safe in element content and in a quoted attribute value; null gives "". */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
