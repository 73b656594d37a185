package io.github.pfocr.core.fix;

import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.rules.RuleRegistry;

import java.util.Set;

/**
 * One fix run: the check it repairs the findings of, and how.
 *
 * @param check what to check (the same selection, settings and engine as {@code pfocr:check})
 * @param rules the rule ids to repair; empty means every rule with a repair at warning or error level
 * @param dryRun when true nothing is written, the changes are only described
 */
public record FixRequest(CheckRequest check, Set<String> rules, boolean dryRun) {

    public FixRequest {
        rules = Set.copyOf(rules);
        for (String id : rules) {
            if (RuleRegistry.byId(id) == null) {
                throw new CheckConfigurationException("unknown rule id '" + id + "' in the rules to fix");
            }
            if (Repairs.forRule(id) == null) {
                throw new CheckConfigurationException("rule '" + id + "' has no repair; rules with one: "
                        + String.join(", ", Repairs.ruleIds()));
            }
        }
    }
}
