package org.w3id.registre.core;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;

/**
 * The identifier of a register ({@code ORG} of {@code ORG/registre}): it names the register's IRI space,
 * {@code /ORG/…}, and its own validation page, {@code /validation/ORG}. Some names are the site's own:
 * <ul>
 * <li>under {@code /validation/}, the detailed report of the validation stage, {@code /validation/rapport} (exported as
 * {@code validation/rapport.html}): a register so called would share that path with the report;</li>
 * <li>at the top, the site's own paths ({@link #SITE_PATHS}: the validation pages, the query editor, the English pages,
 * the dumps, the search, the SPARQL endpoint, the shapes) and the legal texts the registers share ({@code /droit/…}):
 * the site never publishes a register document under them, so the register's IRIs would be silently left out.</li>
 * </ul>
 * Such a register is refused where it is read, before anything is served or written.
 */
public final class RegisterIdentifier {

    /** The first segment of the legal texts every register shares: reserved, but the site publishes its documents. */
    private static final String SHARED_LEGAL_TEXTS = "droit";

    /** What each reserved name already is, in French then English. */
    private static final Map<String, String[]> TAKEN = Map.of(
            "validation", new String[] {"les pages de la validation", "the validation pages"},
            "query", new String[] {"l'éditeur de requêtes SPARQL", "the SPARQL query editor"},
            "en", new String[] {"les pages en anglais", "the English pages"},
            "download", new String[] {"les vidages du graphe", "the graph's dumps"},
            "recherche", new String[] {"la recherche en texte intégral", "the full-text search"},
            "registre", new String[] {"le point d'accès SPARQL", "the SPARQL endpoint"},
            "shapes", new String[] {"les formes SHACL", "the SHACL shapes"},
            SHARED_LEGAL_TEXTS, new String[] {"les textes juridiques communs aux registres",
                    "the legal texts the registers share"});

    /**
     * The first segments of the site's own paths, which no register document may take (the register site's too): every
     * name of {@link #TAKEN} but the shared legal texts.
     */
    public static final Set<String> SITE_PATHS = TAKEN.keySet().stream().filter(n -> !n.equals(SHARED_LEGAL_TEXTS))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Every identifier a register may not take: {@code rapport} under /validation/, and the names of {@link #TAKEN}. */
    public static final Set<String> RESERVED = reserved();

    /** {@link #SITE_PATHS} and the site's other first segments, which are no identifier ("", "index.html"…). */
    public static Set<String> sitePathsAnd(String... others) {
        Set<String> all = new TreeSet<>(SITE_PATHS);
        all.addAll(Set.of(others));
        return Set.copyOf(all);
    }

    private static Set<String> reserved() {
        Set<String> all = new TreeSet<>(TAKEN.keySet());
        all.add("rapport");
        return Set.copyOf(all);
    }

    private RegisterIdentifier() {
    }

    /** Why the identifier cannot be used, when it is reserved: what clashes, and what is expected instead. */
    public static Optional<String> refusal(String identifier) {
        if (!RESERVED.contains(identifier)) {
            return Optional.empty();
        }
        String[] taken = TAKEN.get(identifier);
        if (taken != null) {
            return Optional.of("identifiant de registre « " + identifier + " » réservé : /" + identifier + "/ est au"
                    + " site (" + taken[0] + "), les IRI du registre n'y seraient pas publiées ; attendu un autre"
                    + " identifiant / register identifier « " + identifier + " » is reserved: /" + identifier
                    + "/ belongs to the site (" + taken[1] + "), the register's IRIs would not be published there;"
                    + " expected another identifier");
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
