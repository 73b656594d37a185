package io.github.pfocr.core.model;

import java.util.ArrayList;
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
            "(?:^|\\s)(#\\s*pfocr-disable)(?:\\s++|\\s*+:\\s*+)([A-Za-z0-9-]++)");
    /** One more id of the list: a loop over this, as a repeated regex group recurses once per id. */
    private static final Pattern NEXT_ID = Pattern.compile("\\G\\s*+,\\s*+([A-Za-z0-9-]++)");

    /** The suppression on one front-matter line, or null. */
    public static Suppression parse(String line, int lineNumber) {
        Matcher m = DIRECTIVE.matcher(line);
        if (!m.find()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        ids.add(m.group(2));
        Matcher next = NEXT_ID.matcher(line).region(m.end(), line.length());
        while (next.find()) {
            ids.add(next.group(1));
        }
        return new Suppression(lineNumber, m.start(1) + 1, List.copyOf(ids));
    }
}
