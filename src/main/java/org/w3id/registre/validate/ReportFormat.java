package org.w3id.registre.validate;

/** The report formats of {@code registre validate --format}. */
public enum ReportFormat {
    TEXT, TURTLE, HTML, CSV, JSON, JUNIT
}
