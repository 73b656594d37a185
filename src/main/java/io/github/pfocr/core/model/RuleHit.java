package io.github.pfocr.core.model;

/**
 * What a rule reports in one file, before configuration: the file, its figid and the severity in force are added
 * once, when the verdict turns the hit into a {@link Finding}. This is also what the cache keeps per file.
 *
 * @param line 1-based line
 * @param column 1-based column
 * @param expected the value a repair would write, when the rule can derive it, else null
 * @param value the offending value as written, when there is one, else null
 */
public record RuleHit(Rule rule, int line, int column, String message, String expected, String value) {

    /** The finding this hit becomes in {@code path} of the record {@code figid}, at {@code severity}. */
    public Finding toFinding(String path, String figid, Severity severity) {
        return new Finding(path, line, column, severity, rule.id(), message, figid, expected, value);
    }
}
