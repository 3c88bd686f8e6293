package org.w3id.registre.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Turtle document written in the order its statements were added: subjects in document order, then predicates,
 * then objects. Jena's pretty writer orders subjects by its own hashing, which makes a diff of two imports unreadable;
 * this writer makes the committed files read like the register and come out byte for byte the same on every run.
 */
final class OrderedTurtle {

    static final String RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
    private static final Pattern LOCAL_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private final String header;
    private final String base;
    private final Map<String, String> prefixes = new LinkedHashMap<>();
    private final Map<String, Map<String, List<String>>> subjects = new LinkedHashMap<>();

    OrderedTurtle(String header, String base) {
        this.header = header;
        this.base = base;
    }

    OrderedTurtle prefix(String prefix, String namespace) {
        prefixes.put(prefix, namespace);
        return this;
    }

    /** Statements about one subject; adding to a subject again appends to its block. */
    Subject subject(String iri) {
        return new Subject(subjects.computeIfAbsent(iri, k -> new LinkedHashMap<>()));
    }

    final class Subject {
        private final Map<String, List<String>> predicates;

        private Subject(Map<String, List<String>> predicates) {
            this.predicates = predicates;
        }

        Subject iri(String predicate, String iri) {
            return add(predicate, OrderedTurtle.this.iri(iri));
        }

        Subject text(String predicate, String text, String lang) {
            return add(predicate, quote(text) + "@" + lang);
        }

        Subject string(String predicate, String text) {
            return add(predicate, quote(text));
        }

        Subject integer(String predicate, long value) {
            return add(predicate, Long.toString(value));
        }

        Subject bool(String predicate, boolean value) {
            return add(predicate, Boolean.toString(value));
        }

        Subject date(String predicate, LocalDate date) {
            return add(predicate, quote(date.toString()) + "^^" + OrderedTurtle.this.iri(
                    "http://www.w3.org/2001/XMLSchema#date"));
        }

        /** An RDF collection of language-tagged strings, written inline. */
        Subject textList(String predicate, List<String> texts, String lang) {
            List<String> items = texts.stream().map(t -> quote(t) + "@" + lang).toList();
            return add(predicate, "(\n        " + String.join("\n        ", items) + "\n    )");
        }

        private Subject add(String predicate, String object) {
            List<String> objects = predicates.computeIfAbsent(predicate, k -> new ArrayList<>());
            if (!objects.contains(object)) {
                objects.add(object);
            }
            return this;
        }
    }

    String iri(String iri) {
        // Prefixes first: the ontology's namespace lies under the base, and "reg:rang" reads better than a path.
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (iri.startsWith(p.getValue())) {
                String local = iri.substring(p.getValue().length());
                if (LOCAL_NAME.matcher(local).matches()) {
                    return p.getKey() + ":" + local;
                }
            }
        }
        if (iri.startsWith(base)) {
            return "<" + iri.substring(base.length()) + ">";
        }
        return "<" + iri + ">";
    }

    static String quote(String text) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    String write() {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\n")) {
            out.append("# ").append(line).append('\n');
        }
        out.append('\n').append("@base <").append(base).append("> .\n");
        prefixes.forEach((p, ns) -> out.append("@prefix ").append(p).append(": <").append(ns).append("> .\n"));
        for (Map.Entry<String, Map<String, List<String>>> s : subjects.entrySet()) {
            out.append('\n').append(iri(s.getKey()));
            List<Map.Entry<String, List<String>>> preds = new ArrayList<>(s.getValue().entrySet());
            for (int i = 0; i < preds.size(); i++) {
                String predicate = preds.get(i).getKey();
                List<String> objects = preds.get(i).getValue();
                out.append("\n    ").append(predicate.equals(RDF_TYPE) ? "a" : iri(predicate));
                String oneLine = String.join(", ", objects);
                out.append(oneLine.length() <= 80 && !oneLine.contains("\n") ? " " + oneLine
                        : "\n        " + String.join(",\n        ", objects));
                out.append(i == preds.size() - 1 ? " .\n" : " ;");
            }
        }
        return out.toString();
    }
}
