package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.model.RuleLevel;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.rules.RuleRegistry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-rule severity overrides and disabled rules, validated against the known rule ids. Applied to findings after
 * they are made, so every rule, reader and cross-file ones alike, is configured the same way.
 */
public final class RuleSettings {
    public static final RuleSettings NONE = new RuleSettings(Map.of());

    private final Map<String, RuleLevel> levels;

    private RuleSettings(Map<String, RuleLevel> levels) {
        this.levels = Map.copyOf(levels);
    }

    /**
     * Builds settings from {@code id -> level} pairs (later pairs win), rejecting unknown ids and levels.
     *
     * @throws CheckConfigurationException naming the closest known rule ids to an unknown one
     */
    public static RuleSettings of(Map<String, String> idToLevel) {
        Map<String, RuleLevel> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : idToLevel.entrySet()) {
            String id = e.getKey() == null ? "" : e.getKey().trim();
            if (RuleRegistry.byId(id) == null) {
                throw new CheckConfigurationException("unknown rule id '" + id + "'" + RuleRegistry.suggestions(id));
            }
            RuleLevel level = RuleLevel.parse(e.getValue());
            if (level == null) {
                throw new CheckConfigurationException("rule " + id + ": unknown severity '" + e.getValue()
                        + "' (expected error, warning, info or off)");
            }
            out.put(id, level);
        }
        return new RuleSettings(out);
    }

    /** Parses {@code figlink-format:off,keywords-duplicate:error}; blank means no overrides. */
    public static Map<String, String> parseList(String list) {
        Map<String, String> out = new LinkedHashMap<>();
        if (list == null || list.isBlank()) {
            return out;
        }
        for (String item : list.split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.lastIndexOf(':');
            if (colon < 0) {
                throw new CheckConfigurationException("pfocr.rules: expected <rule-id>:<error|warning|info|off>, "
                        + "found '" + item.trim() + "'");
            }
            out.put(item.substring(0, colon).trim(), item.substring(colon + 1).trim());
        }
        return out;
    }

    /** The severity a rule's findings get, or null when the rule is off. */
    public Severity severity(Rule rule) {
        RuleLevel level = levels.get(rule.id());
        return level == null ? rule.severity() : level.severity();
    }

    /** Every override as {@code id=level}, in id order: part of the cache's fingerprint. */
    public String describe() {
        return new java.util.TreeMap<>(levels).toString();
    }

    public boolean isOff(String ruleId) {
        return levels.get(ruleId) == RuleLevel.OFF;
    }
}
