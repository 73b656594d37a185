package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.Suppression;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Inline {@code # pfocr-disable} comments: the hits they drop, and the rule reporting those that drop nothing. */
public final class Suppressions {
    public static final Rule SUPPRESSION_UNUSED = Rule.warning("suppression-unused",
            "A '# pfocr-disable <rule-id>' comment names an unknown rule or suppresses nothing in its file.");

    public static final List<Rule> ALL = List.of(SUPPRESSION_UNUSED);

    private Suppressions() {
    }

    /**
     * One file's hits without those its suppressions name, plus a suppression-unused hit for each named rule that
     * suppressed nothing.
     *
     * @param ruleOff whether a rule is turned off: its suppressions are not reported for suppressing nothing
     */
    public static List<RuleHit> apply(List<RuleHit> hits, List<Suppression> suppressions, Predicate<String> ruleOff) {
        if (suppressions.isEmpty()) {
            return hits;
        }
        Set<String> used = new HashSet<>();
        List<RuleHit> kept = new ArrayList<>(hits.size());
        for (RuleHit h : hits) {
            Suppression hit = suppressions.stream().filter(s -> s.ruleIds().contains(h.rule().id())).findFirst()
                    .orElse(null);
            if (hit == null) {
                kept.add(h);
            } else {
                used.add(hit.line() + "\t" + h.rule().id());
            }
        }
        for (Suppression s : suppressions) {
            for (String id : s.ruleIds()) {
                String message = RuleRegistry.byId(id) == null
                        ? "pfocr-disable names an unknown rule '" + id + "'" + RuleRegistry.suggestions(id)
                        : ruleOff.test(id) || used.contains(s.line() + "\t" + id) ? null
                        : "pfocr-disable " + id + " suppresses nothing: no " + id + " finding in this file";
                if (message != null) {
                    kept.add(new RuleHit(SUPPRESSION_UNUSED, s.line(), s.column(), message, null, id));
                }
            }
        }
        return kept;
    }
}
