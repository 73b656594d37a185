package io.github.pfocr.core.model;


import java.util.Locale;

/** What a user sets a rule to: a severity, or off. */
public enum RuleLevel {
    ERROR,
    WARNING,
    INFO,
    OFF;

    /** @return the level, or null when the text is none of error, warning, info, off */
    public static RuleLevel parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "error" -> ERROR;
            case "warning", "warn" -> WARNING;
            case "info", "note" -> INFO;
            case "off", "ignore", "none" -> OFF;
            default -> null;
        };
    }

    /** The severity findings get at this level; null for off. */
    public Severity severity() {
        return switch (this) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case INFO -> Severity.INFO;
            case OFF -> null;
        };
    }
}
