package org.w3id.registre.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.w3id.registre.core.RegistreException;

/** {@code --contact}: an e-mail address (bare or mailto:) or an http(s) page; anything else is refused. */
class ContactPointTest {

    @Test
    void anAddressBecomesAMailtoIri() {
        assertEquals(new ContactPoint(Optional.of("mailto:dpo@registre.example"), Optional.empty()),
                ContactPoint.parse("dpo@registre.example"));
        assertEquals(new ContactPoint(Optional.of("mailto:dpo@registre.example"), Optional.empty()),
                ContactPoint.parse("MAILTO:dpo@registre.example"));
    }

    @Test
    void aWebPageStaysAsGiven() {
        assertEquals(new ContactPoint(Optional.empty(), Optional.of("https://registre.example/contact")),
                ContactPoint.parse(" https://registre.example/contact "));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"dpo", "dpo@localhost", "ftp://registre.example/", "mailto:", "/contact",
            "dpo@registre.example?subject=x", "javascript:alert(1)"}) {
            RegistreException e = assertThrows(RegistreException.class, () -> ContactPoint.parse(bad), bad);
            assertEquals("--contact " + bad + " : attendu une adresse électronique (nom@domaine.fr, mailto:…) ou une "
                    + "page web http(s) / expected an e-mail address (name@domain.org, mailto:…) or an http(s) web "
                    + "page", e.getMessage());
        }
    }
}
