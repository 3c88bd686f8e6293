package org.w3id.registre.publish;

import java.util.List;
import java.util.Optional;

/**
 * One SHACL validation result as the pages show it.
 *
 * @param focusNode   IRI of sh:focusNode (blank focus nodes are given as "_:label")
 * @param path        IRI of sh:resultPath when it is a single property
 * @param value       sh:value in a readable form (IRI or lexical form)
 * @param severity    the severity
 * @param messagesFr  sh:resultMessage in French (or untagged)
 * @param messagesEn  sh:resultMessage in English
 * @param sourceShape IRI of sh:sourceShape when it is named
 * @param component   IRI of sh:sourceConstraintComponent
 */
public record ValidationFinding(String focusNode, Optional<String> path, Optional<String> value, Severity severity,
        List<String> messagesFr, List<String> messagesEn, Optional<String> sourceShape, Optional<String> component) {

    /** sh:Violation, sh:Warning, sh:Info, in that order of gravity. */
    public enum Severity {
        VIOLATION("Violation", "Violation"), WARNING("Avertissement", "Warning"), INFO("Information", "Info");

        public final String fr;
        public final String en;

        Severity(String fr, String en) {
            this.fr = fr;
            this.en = en;
        }

        public String label(Langue langue) {
            return langue.t(fr, en);
        }
    }

    /** The messages in the page's language, falling back to the other one. */
    public List<String> messages(Langue langue) {
        List<String> wanted = langue == Langue.FR ? messagesFr : messagesEn;
        return wanted.isEmpty() ? (langue == Langue.FR ? messagesEn : messagesFr) : wanted;
    }
}
