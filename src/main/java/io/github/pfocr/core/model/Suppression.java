package io.github.pfocr.core.model;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An inline {@code # pfocr-disable rule-a, rule-b} comment in a record's front matter: findings of those rules in
 * that file are not reported.
 *
 * @param line 1-based line of the comment
 * @param column 1-based column of its {@code #}
 */
public record Suppression(int line, int column, List<String> ruleIds) {
    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?:^|\\s)(#\\s*pfocr-disable)(?:\\s+|\\s*:\\s*)([A-Za-z0-9-]+(?:\\s*,\\s*[A-Za-z0-9-]+)*)");

    /** The suppression on one front-matter line, or null. */
    public static Suppression parse(String line, int lineNumber) {
        Matcher m = DIRECTIVE.matcher(line);
        if (!m.find()) {
            return null;
        }
        List<String> ids = List.of(m.group(2).trim().split("\\s*,\\s*"));
        return new Suppression(lineNumber, m.start(1) + 1, ids);
    }
}
