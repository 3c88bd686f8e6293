package org.w3id.registre.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.w3id.registre.core.RegistreException;

/**
 * Whom a portal's user writes to about the published graph (DCAT {@code dcat:contactPoint}, a vCard): an e-mail
 * address or a web page of the publisher, given with {@code --contact}. Without it, the site's home page is the
 * contact, which is true but the least useful answer; the option lets the publisher give a real one.
 */
public record ContactPoint(Optional<String> email, Optional<String> url) {

    /** An address with one "@", a domain with a dot, and nothing a mailto: IRI would need to escape. */
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    /** No contact given: the home page stands for it. */
    public static ContactPoint homePage() {
        return new ContactPoint(Optional.empty(), Optional.empty());
    }

    /**
     * Reads {@code --contact}: {@code nom@domaine.fr}, {@code mailto:nom@domaine.fr} or an absolute http(s) IRI.
     * Anything else is refused (exit 2) with what was expected.
     */
    public static ContactPoint parse(String value) {
        String v = value.strip();
        String address = v.toLowerCase(Locale.ROOT).startsWith("mailto:") ? v.substring("mailto:".length()) : v;
        if (EMAIL.matcher(address).matches()) {
            return new ContactPoint(Optional.of("mailto:" + address), Optional.empty());
        }
        try {
            URI uri = new URI(v);
            if (uri.isAbsolute() && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return new ContactPoint(Optional.empty(), Optional.of(v));
            }
        } catch (URISyntaxException e) {
            // refused below, with what was expected
        }
        throw new RegistreException("--contact " + value + " : attendu une adresse électronique (nom@domaine.fr, "
                + "mailto:…) ou une page web http(s) / expected an e-mail address (name@domain.org, mailto:…) or an "
                + "http(s) web page");
    }
}
