package org.w3id.registre.core;

import java.util.Optional;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;

/**
 * The identifier of a register ({@code ORG} of {@code ORG/registre}): it names the register's IRI space and its own
 * validation page, {@code /validation/ORG}. The site keeps a page of its own under {@code /validation/} too — the
 * detailed report of the validation stage, {@code /validation/rapport} (exported as {@code validation/rapport.html})
 * —, so a register may not be called so: its page and the site's would share one path, and one of the two would
 * silently never be published. Such a register is refused where it is read, before anything is served or written.
 */
public final class RegisterIdentifier {

    /** The names the site's own pages already take under {@code /validation/}. */
    public static final Set<String> RESERVED = Set.of("rapport");

    private RegisterIdentifier() {
    }

    /** Why the identifier cannot be used, when it is reserved: what clashes, and what is expected instead. */
    public static Optional<String> refusal(String identifier) {
        if (!RESERVED.contains(identifier)) {
            return Optional.empty();
        }
        return Optional.of("identifiant de registre « " + identifier + " » réservé : /validation/" + identifier
                + " est la page du rapport détaillé de la validation, la page de validation du registre y serait"
                + " cachée ; attendu un autre identifiant / register identifier « " + identifier + " » is reserved:"
                + " /validation/" + identifier + " is the detailed validation report, the register's validation"
                + " page would be hidden there; expected another identifier");
    }

    /**
     * The refusal for the first register of the model (a {@code dpv:ROPA} at {@code base + ORG + "/registre"}) whose
     * identifier is reserved, with its IRI.
     */
    public static Optional<String> refusal(Model model, String base) {
        for (String identifier : RESERVED.stream().sorted().toList()) {
            String iri = base + identifier + "/registre";
            if (model.contains(model.createResource(iri), RDF.type, Dpv.ROPA)) {
                return refusal(identifier).map(why -> "<" + iri + "> : " + why);
            }
        }
        return Optional.empty();
    }
}
