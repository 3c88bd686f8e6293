package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The page texts: both bundles hold the same keys, exactly those the code asks for (a key missing would only fail
 * when its page is drawn, an unused one would drift), and read as UTF-8.
 */
class MessagesTest {

    /** {@code .msg("key"} or {@code .msg(condition ? "key" : "other"}. */
    private static final Pattern KEY = Pattern.compile(
            "\\.msg\\(\\s*(?:[^\"()]*\\?\\s*)?\"([a-z0-9-]+)\"(?:\\s*:\\s*\"([a-z0-9-]+)\")?");

    @Test
    void bothLanguagesHoldExactlyTheKeysTheCodeUses() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/w3id/registre/publish"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                    if (m.group(2) != null) {
                        used.add(m.group(2));
                    }
                }
            }
        }
        assertEquals(222, used.size());
        assertEquals(used, keys("pages_fr.properties"));
        assertEquals(used, keys("pages_en.properties"));
    }

    @Test
    void textsAreReadAsUtf8WithTheirSpacesAndArguments() {
        assertEquals("Accès aux données", Langue.FR.msg("data-access"));
        assertEquals("Data access", Langue.EN.msg("data-access"));
        assertEquals(" — d'après « ", Langue.FR.msg("reading-quote-open"));
        assertEquals("Art. 6-1-c du RGPD", Langue.FR.msg("gdpr-article", "6-1-c"));
        // One pass: a search typed as "{1}" stays as typed.
        assertEquals("2 results for '{1}': ", Langue.EN.msg("search-count-many", 2, "{1}"));
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Langue.class.getResourceAsStream(bundle)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
