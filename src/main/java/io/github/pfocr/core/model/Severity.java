package io.github.pfocr.core.model;

import java.util.Locale;

/**
 * How much a finding matters. Errors fail the build by default, warnings only with failOnWarning; an info is what
 * a generation's writer always produces (normalised by the catalog anyway): counted and reported, never failing the
 * build and not printed per finding on the console unless asked for.
 */
public enum Severity {
    ERROR("error", "error"),
    WARNING("warning", "warning"),
    INFO("note", "notice");

    private final String sarifLevel;
    private final String annotationCommand;

    Severity(String sarifLevel, String annotationCommand) {
        this.sarifLevel = sarifLevel;
        this.annotationCommand = annotationCommand;
    }

    /** The lower-case word used in console lines and reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** SARIF 2.1.0's result level: error, warning or note. */
    public String sarifLevel() {
        return sarifLevel;
    }

    /** The GitHub Actions workflow command: error, warning or notice. */
    public String annotationCommand() {
        return annotationCommand;
    }
}
