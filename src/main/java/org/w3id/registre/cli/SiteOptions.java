package org.w3id.registre.cli;

import org.w3id.registre.publish.BaseUri;

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

    /** The base, checked: a RegistreException (exit 2) names what is wrong with it. */
    public BaseUri base() {
        return new BaseUri(baseUri);
    }
}
