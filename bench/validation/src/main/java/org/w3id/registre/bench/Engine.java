package org.w3id.registre.bench;

import java.time.LocalDate;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;

/** A SHACL engine under test: load once (not timed), then validate (timed: shapes parsing and validation). */
interface Engine {

    /**
     * One result, whole: focus node, path, value, source shape, severity — the same terms whatever the engine. An IRI
     * is written as itself, a literal as its lexical form with "@lang" or "^^datatype", a blank node (a shape, a
     * complex path) as "_:blank", an absent path or value as "-". The scales compare (focus, shape, severity); the
     * fixtures compare the whole result, so that the engines also agree on what each analysis result names as value.
     */
    record Result(String focus, String path, String value, String shape, String severity) {
    }

    /** A Jena node in the engines' common form. */
    static String term(org.apache.jena.graph.Node n) {
        if (n == null) {
            return "-";
        }
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:blank";
        }
        String lang = n.getLiteralLanguage();
        return n.getLiteralLexicalForm() + (lang.isEmpty() ? "^^" + n.getLiteralDatatypeURI() : "@" + lang);
    }

    void prepare(Graph data, Model shapes, LocalDate date) throws Exception;

    List<Result> validate() throws Exception;
}
