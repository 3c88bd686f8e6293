package org.w3id.registre.publish;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two languages of the pages: French first (the document's language), English beside it. The pages' texts are in
 * the bundles {@code pages_fr.properties} and {@code pages_en.properties}, side by side under the same keys, so that
 * a translation is reviewed, or a third language added, without reading Java.
 */
public enum Langue {
    FR("fr"), EN("en");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)\\}");

    public final String tag;
    private final ResourceBundle texts;

    Langue(String tag) {
        this.tag = tag;
        // No fallback: the JVM's default locale must never pick the other language's bundle.
        this.texts = ResourceBundle.getBundle("org.w3id.registre.publish.pages", Locale.forLanguageTag(tag),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A text that is not the pages' own (a message from elsewhere, data): given in both languages. */
    public String t(String fr, String en) {
        return this == FR ? fr : en;
    }

    /**
     * The page text under this key, with {@code {0}}, {@code {1}}… replaced by the arguments as they are (not
     * {@code MessageFormat}, whose quoting rules would eat the French apostrophes).
     */
    public String msg(String key, Object... arguments) {
        // One pass, so that an argument holding "{1}" (a search typed by the reader) is never replaced in turn.
        return ARGUMENT.matcher(texts.getString(key))
                .replaceAll(m -> Matcher.quoteReplacement(String.valueOf(arguments[Integer.parseInt(m.group(1))])));
    }

    public Langue other() {
        return this == FR ? EN : FR;
    }
}
