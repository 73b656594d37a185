package io.github.pfocr.core.model;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the rule hits of one file; rules report against nodes so every hit carries a position. At most
 * {@code maxPerRule} hits of one rule are kept; the rest are only counted, in one closing hit of that rule, so a file
 * of junk lines cannot flood memory and reports.
 */
public final class FindingSink {
    /** The default of {@code pfocr.maxFindingsPerFile}. */
    public static final int DEFAULT_MAX_PER_RULE = 100;

    private final String path;
    private final int maxPerRule;
    private final List<RuleHit> hits = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>(0);
    /** Per rule: [0] hits reported, [1] line and [2] column of the first one left out. */
    private final Map<Rule, int[]> counts = new LinkedHashMap<>();

    public FindingSink(String path) {
        this(path, DEFAULT_MAX_PER_RULE);
    }

    /** @param maxPerRule hits of one rule kept for this file (at least 1) */
    public FindingSink(String path, int maxPerRule) {
        if (maxPerRule < 1) {
            throw new IllegalArgumentException("maxPerRule must be at least 1, found " + maxPerRule);
        }
        this.path = path;
        this.maxPerRule = maxPerRule;
    }

    public String path() {
        return path;
    }

    /** Records an inline {@code # pfocr-disable} comment of this file. */
    public void suppress(Suppression s) {
        suppressions.add(s);
    }

    public List<Suppression> suppressions() {
        return suppressions;
    }

    public void report(Rule rule, Node at, String message) {
        report(rule, at, message, null);
    }

    /** Reports at a node; a scalar node's text is kept as the offending value. */
    public void report(Rule rule, Node at, String message, String expected) {
        String value = at instanceof ScalarNode s ? s.value() : null;
        report(rule, at == null ? 1 : at.line(), at == null ? 1 : at.column(), message, expected, value);
    }

    public void report(Rule rule, int line, int column, String message, String expected, String value) {
        int[] count = counts.computeIfAbsent(rule, r -> new int[3]);
        if (++count[0] > maxPerRule) {
            if (count[0] == maxPerRule + 1) {
                count[1] = line;
                count[2] = column;
            }
            return;
        }
        hits.add(new RuleHit(rule, line, column, message, expected, value));
    }

    /** The hits so far, in report order, then one hit per rule over the limit that counts the rest. */
    public List<RuleHit> hits() {
        for (Map.Entry<Rule, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] > maxPerRule) {
                Rule rule = e.getKey();
                hits.add(new RuleHit(rule, c[1], c[2], (c[0] - maxPerRule) + " more " + rule.id()
                        + " finding(s) in this file not listed (maxFindingsPerFile=" + maxPerRule + ")", null, null));
                c[0] = maxPerRule;
            }
        }
        return hits;
    }

    /** The hits as findings at their rules' default severities, without configuration (for rule tests). */
    public List<Finding> findings() {
        return hits().stream().map(h -> h.toFinding(path, null, h.rule().severity())).toList();
    }
}
