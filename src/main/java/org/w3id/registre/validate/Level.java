package org.w3id.registre.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shacl.vocabulary.SHACL;

/** The three SHACL severities, ordered from the most to the least serious, with their French and English names. */
public enum Level {
    VIOLATION("Violation", "Violation", SHACL.Violation),
    WARNING("Avertissement", "Warning", SHACL.Warning),
    INFO("Information", "Info", SHACL.Info);

    private final String french;
    private final String english;
    private final Node node;

    Level(String french, String english, Node node) {
        this.french = french;
        this.english = english;
        this.node = node;
    }

    public String french() {
        return french;
    }

    public String english() {
        return english;
    }

    /** "Avertissement / Warning". */
    public String bilingual() {
        return french.equals(english) ? french : french + " / " + english;
    }

    public Node node() {
        return node;
    }

    /** The level of a Jena severity; a custom severity (allowed by SHACL) counts as a violation. */
    public static Level of(Severity severity) {
        Node n = severity.level();
        if (SHACL.Warning.equals(n)) {
            return WARNING;
        }
        if (SHACL.Info.equals(n)) {
            return INFO;
        }
        return VIOLATION;
    }
}
