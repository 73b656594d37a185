package io.github.pfocr.core.model;


import java.util.ArrayList;
import java.util.List;

/** Collects the rule hits of one file; rules report against nodes so every hit carries a position. */
public final class FindingSink {
    private final String path;
    private final List<RuleHit> hits = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>(0);

    public FindingSink(String path) {
        this.path = path;
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
        hits.add(new RuleHit(rule, line, column, message, expected, value));
    }

    /** The hits so far, in report order. */
    public List<RuleHit> hits() {
        return hits;
    }

    /** The hits as findings at their rules' default severities, without configuration (for rule tests). */
    public List<Finding> findings() {
        return hits.stream().map(h -> h.toFinding(path, null, h.rule().severity())).toList();
    }
}
