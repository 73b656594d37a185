package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.RuleLevel;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.rules.RuleRegistry;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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
                throw new CheckConfigurationException("unknown rule id '" + id + "'" + suggestions(id));
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

    /** The finding at its configured severity, or null when its rule is off. */
    public Finding apply(Finding f) {
        RuleLevel level = levels.get(f.ruleId());
        if (level == null) {
            return f;
        }
        if (level == RuleLevel.OFF) {
            return null;
        }
        return level.severity() == f.severity() ? f : new Finding(f.path(), f.line(), f.column(), level.severity(),
                f.ruleId(), f.message(), f.figid(), f.expected(), f.value());
    }

    public boolean isOff(String ruleId) {
        return levels.get(ruleId) == RuleLevel.OFF;
    }

    /** " (did you mean a, b or c?)" for the known ids closest to {@code id}, or "". */
    static String suggestions(String id) {
        List<String> close = RuleRegistry.all().stream().map(Rule::id)
                .filter(known -> distance(id, known) <= Math.max(2, known.length() / 3)
                        || !id.isEmpty() && (known.contains(id) || id.contains(known)))
                .sorted(Comparator.comparingInt((String known) -> distance(id, known)).thenComparing(k -> k))
                .limit(3).toList();
        if (close.isEmpty()) {
            return "; see README.md for the rule ids";
        }
        if (close.size() == 1) {
            return " (did you mean " + close.get(0) + "?)";
        }
        return " (did you mean " + close.subList(0, close.size() - 1).stream().collect(Collectors.joining(", "))
                + " or " + close.get(close.size() - 1) + "?)";
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
