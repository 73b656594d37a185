package io.github.pfocr.core.model;


import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one file; rules report against nodes so every finding carries a position. */
public final class FindingSink {
    private final String path;
    private String figid;
    private final List<Finding> findings = new ArrayList<>();
    private final List<Suppression> suppressions = new ArrayList<>(0);

    public FindingSink(String path) {
        this.path = path;
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
        findings.add(new Finding(path, line, column, rule.severity(), rule.id(), message, figid, expected, value));
    }

    /** The findings so far; those reported before the figid was known get it now. */
    public List<Finding> findings() {
        if (figid != null) {
            findings.replaceAll(f -> f.figid() != null ? f : new Finding(f.path(), f.line(), f.column(),
                    f.severity(), f.ruleId(), f.message(), figid, f.expected(), f.value()));
        }
        return findings;
    }
}
