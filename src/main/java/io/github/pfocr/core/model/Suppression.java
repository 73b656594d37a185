package io.github.pfocr.core.model;

import java.util.List;

/**
 * An inline {@code # pfocr-disable rule-a, rule-b} comment in a record's front matter: findings of those rules in
 * that file are not reported.
 *
 * @param line 1-based line of the comment
 * @param column 1-based column of its {@code #}
 */
public record Suppression(int line, int column, List<String> ruleIds) {
}
