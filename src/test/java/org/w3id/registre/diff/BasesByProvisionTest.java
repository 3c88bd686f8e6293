package org.w3id.registre.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;

/**
 * A register's bases are told apart by their provision, article included: an Art. 9(2)(c) condition and an Art. 6(1)(c)
 * basis share only a letter. Keyed by the letter alone, the condition added here was merged into the 6(1)(c) basis and
 * the diff said nothing.
 */
class BasesByProvisionTest {

    private static final String PREFIXES = """
            @base <https://w3id.org/registre/> .
            @prefix reg: <https://w3id.org/registre/ontologie#> .
            @prefix dpv: <https://w3id.org/dpv#> .
            @prefix eu-gdpr: <https://w3id.org/dpv/legal/eu/gdpr#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <ex/activite/1> a reg:Finalite ; dct:identifier "RH-01" ; skos:prefLabel "Médecine du travail"@fr .
            """;

    /** The register with the given bases of its one finalité, each "provision IRI" as DPV names it. */
    private static Model register(String... provisions) {
        StringBuilder ttl = new StringBuilder(PREFIXES);
        for (int i = 0; i < provisions.length; i++) {
            ttl.append("<ex/activite/1> dpv:hasLegalBasis <ex/activite/1/fondement/").append(i + 1).append("> .\n")
                    .append("<ex/activite/1/fondement/").append(i + 1).append("> a dpv:LegalBasis ; skos:broader ")
                    .append(provisions[i]).append(" .\n");
        }
        return RDFParser.fromString(ttl.toString(), Lang.TURTLE).toModel();
    }

    private static Change change(Change.Kind kind, String before, String after) {
        return new Change(kind, "RH-01", "Médecine du travail", before, after);
    }

    @Test
    void anArt9ConditionAddedBesideTheSameLetterOfArt6IsAnAddedBasis() {
        assertEquals(List.of(change(Change.Kind.BASE_AJOUTEE, null, "9-2-c")),
                RegisterDiff.between(register("eu-gdpr:A6-1-c"), register("eu-gdpr:A6-1-c", "eu-gdpr:A9-2-c")));
    }

    @Test
    void anArt9ConditionRemovedIsARemovedBasisNotTheArt6BasisChanged() {
        assertEquals(List.of(change(Change.Kind.BASE_RETIREE, "9-2-h", null)),
                RegisterDiff.between(register("eu-gdpr:A6-1-c", "eu-gdpr:A9-2-h"), register("eu-gdpr:A6-1-c")));
    }

    @Test
    void anArt6BasisNeverBecomesAnArt9Condition() {
        assertEquals(List.of(change(Change.Kind.BASE_RETIREE, "6-1-e", null),
                        change(Change.Kind.BASE_AJOUTEE, null, "9-2-h")),
                RegisterDiff.between(register("eu-gdpr:A6-1-e"), register("eu-gdpr:A9-2-h")));
    }

    @Test
    void aLetterChangedWithinOneParagraphStaysABasisChanged() {
        assertEquals(List.of(change(Change.Kind.BASE_CHANGEE, "9-2-b", "9-2-h")),
                RegisterDiff.between(register("eu-gdpr:A6-1-c", "eu-gdpr:A9-2-b"),
                        register("eu-gdpr:A6-1-c", "eu-gdpr:A9-2-h")));
    }
}
