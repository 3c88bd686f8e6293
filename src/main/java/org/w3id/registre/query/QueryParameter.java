package org.w3id.registre.query;

import java.util.Locale;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.w3id.registre.core.RegistreException;

/**
 * One parameter of a catalogue query, declared in its header as {@code # param: name type description}. A value given
 * on the command line becomes an RDF term of that type and is substituted for the variable {@code ?name} in the
 * parsed query: it is never pasted into the query text.
 */
public record QueryParameter(String name, Type type, String description) {

    /** The kinds of RDF term a parameter can hold. */
    public enum Type {
        /** An absolute IRI, e.g. {@code https://w3id.org/registre/droit/css/L211-1}. */
        IRI,
        /** A plain string literal (xsd:string), e.g. {@code fraude}. */
        STRING,
        /** An xsd:integer literal. */
        INTEGER,
        /** An xsd:date literal (YYYY-MM-DD). */
        DATE;

        static Type parse(String word) {
            try {
                return valueOf(word.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The RDF term for a value typed by the user; a value that does not fit the type is refused. */
    public Node toNode(String value) {
        switch (type) {
            case IRI -> {
                String iri = value.startsWith("<") && value.endsWith(">") ? value.substring(1, value.length() - 1)
                        : value;
                try {
                    IRIx parsed = IRIx.create(iri);
                    if (!parsed.isAbsolute()) {
                        throw refused(value, "IRI absolue / absolute IRI");
                    }
                } catch (IRIException e) {
                    throw refused(value, "IRI absolue / absolute IRI");
                }
                return NodeFactory.createURI(iri);
            }
            case STRING -> {
                return NodeFactory.createLiteralString(value);
            }
            case INTEGER -> {
                if (!XSDDatatype.XSDinteger.isValid(value)) {
                    throw refused(value, "entier / integer");
                }
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case DATE -> {
                if (!XSDDatatype.XSDdate.isValid(value)) {
                    throw refused(value, "date AAAA-MM-JJ / date YYYY-MM-DD");
                }
                return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    private RegistreException refused(String value, String expected) {
        return new RegistreException("paramètre / parameter " + name + "=" + value + " : attendu / expected "
                + expected);
    }
}
