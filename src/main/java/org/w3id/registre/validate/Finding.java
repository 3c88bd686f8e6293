package org.w3id.registre.validate;

import org.apache.jena.graph.Node;

/**
 * One validation result as a person reads it: what failed (the focus node, with its labels and its mission), which
 * shape said so, how serious it is, and the shape's message in French and in English.
 *
 * @param level       severity
 * @param focus       the focus node
 * @param focusFr     its French label, or its IRI when it has none
 * @param focusEn     its English label, or "" when it has none
 * @param mission     the mission the focus node belongs to, or null (legal texts, the register itself)
 * @param missionName "01 — Gestion des droits", or "Hors mission / Outside missions"
 * @param shape       the shape that produced the result (a property shape or a node shape)
 * @param nodeShape   the node shape it belongs to (itself for a node shape)
 * @param path        the result path (prefixed), or ""
 * @param value       the value node, or null
 * @param valueText   the value as text, or ""
 * @param component   the constraint component (prefixed)
 * @param messageFr   the French message
 * @param messageEn   the English message
 */
public record Finding(Level level, Node focus, String focusFr, String focusEn, Node mission, String missionName,
        Node shape, Node nodeShape, String path, Node value, String valueText, String component,
        String messageFr, String messageEn) {
}
