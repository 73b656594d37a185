package io.github.pfocr.core.model;


/**
 * A rule's identity: the stable kebab-case id users configure and suppress, its default severity and the
 * one-line description printed in README.md and in reports.
 */
public record Rule(String id, Severity severity, String description) {

    public static Rule error(String id, String description) {
        return new Rule(id, Severity.ERROR, description);
    }

    public static Rule warning(String id, String description) {
        return new Rule(id, Severity.WARNING, description);
    }

    /** A rule whose findings are what a generation's writer always produces: reported, never failing a build. */
    public static Rule info(String id, String description) {
        return new Rule(id, Severity.INFO, description);
    }
}
