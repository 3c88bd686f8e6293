package org.w3id.registre.cli;

import org.w3id.registre.publish.BaseUri;
import org.w3id.registre.publish.ContactPoint;

import picocli.CommandLine.Option;

/**
 * The options shared by {@code serve} and {@code export} for publishing: mix it into a command with
 * {@code @Mixin SiteOptions site;}.
 */
public class SiteOptions {

    @Option(names = "--base-uri", paramLabel = "IRI", defaultValue = BaseUri.DEFAULT,
            description = {
                "Espace de noms publié ; les IRI du registre y sont déplacées (défaut : ${DEFAULT-VALUE}).",
                "Namespace to publish under; the register's IRIs are moved there (default: ${DEFAULT-VALUE})."})
    String baseUri = BaseUri.DEFAULT;

    @Option(names = "--contact", paramLabel = "ADRESSE",
            description = {
                "Contact du graphe publié dans sa description DCAT : adresse électronique ou page web "
                        + "(défaut : la page d'accueil du site).",
                "Contact point of the published graph in its DCAT description: an e-mail address or a web page "
                        + "(default: the site's home page)."})
    String contact;

    /** The contact point, checked: a RegistreException (exit 2) says what was expected. */
    public ContactPoint contact() {
        return contact == null ? ContactPoint.homePage() : ContactPoint.parse(contact);
    }

    /** The base, checked: a RegistreException (exit 2) names what is wrong with it. */
    public BaseUri base() {
        return new BaseUri(baseUri);
    }
}
