package io.github.pfocr.core.model;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the findings of one file; rules report against nodes so every finding carries a position. At most
 * {@code maxPerRule} findings of one rule are kept; the rest are only counted, in one closing finding of that rule, so
 * a file of junk lines cannot flood memory and reports.
 */
public final class FindingSink {
    /** The default of {@code pfocr.maxFindingsPerFile}. */
    public static final int DEFAULT_MAX_PER_RULE = 100;

    private final String path;
    private final int maxPerRule;
    private String figid;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>(0);
    private final Map<Rule, int[]> counts = new LinkedHashMap<>();

    public FindingSink(String path) {
        this(path, DEFAULT_MAX_PER_RULE);
    }

    /** @param maxPerRule findings of one rule kept for this file (at least 1) */
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

    public void figid(String figid) {
        this.figid = figid;
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
        // [0] reported, [1] line and [2] column of the first one left out
        int[] count = counts.computeIfAbsent(rule, r -> new int[3]);
        if (++count[0] > maxPerRule) {
            if (count[0] == maxPerRule + 1) {
                count[1] = line;
                count[2] = column;
            }
            return;
        }
        findings.add(new Finding(path, line, column, rule.severity(), rule.id(), message, figid, expected, value));
    }

    /**
     * The findings so far, with one closing finding per rule that went over the limit; those reported before the
     * figid was known get it now.
     */
    public List<Finding> findings() {
        for (Map.Entry<Rule, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] > maxPerRule) {
                Rule rule = e.getKey();
                findings.add(new Finding(path, c[1], c[2], rule.severity(), rule.id(), (c[0] - maxPerRule)
                        + " more " + rule.id() + " finding(s) in this file not listed (maxFindingsPerFile="
                        + maxPerRule + ")", figid, null, null));
                c[0] = maxPerRule;
            }
        }
        if (figid != null) {
            findings.replaceAll(f -> f.figid() != null ? f : new Finding(f.path(), f.line(), f.column(),
                    f.severity(), f.ruleId(), f.message(), figid, f.expected(), f.value()));
        }
        return findings;
    }
}
