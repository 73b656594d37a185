package io.github.pfocr.core.model;

import java.util.Comparator;

/**
 * One problem found in one file.
 *
 * @param path the file, relative to the project base directory, with {@code /} separators
 * @param line 1-based line
 * @param column 1-based column
 * @param severity the severity in force
 * @param ruleId the stable kebab-case rule id
 * @param message what was expected and what was found
 * @param figid the record's figid when known, else null
 * @param expected the value a repair would write, when the rule can derive it, else null
 * @param value the offending value as written, when there is one, else null
 */
public record Finding(String path, int line, int column, Severity severity, String ruleId, String message,
        String figid, String expected, String value) {

    /** Report order: by file, then position, then rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    /**
     * {@code path:line:col: severity [rule] message}, the format of compilers and of our console output; path and
     * message are untrusted, so they are {@linkplain Printable#escape escaped}.
     */
    public String toConsoleLine() {
        return Printable.escape(path) + ':' + line + ':' + column + ": " + severity.label() + " ["
                + Printable.escape(ruleId) + "] " + Printable.escape(message);
    }
}
