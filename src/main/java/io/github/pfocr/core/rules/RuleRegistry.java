package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;

import io.github.pfocr.core.read.ReadRules;
import io.github.pfocr.core.read.TsvRules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every check and every rule id, in the order README.md lists them. */
public final class RuleRegistry {
    /** The checks run on each record, in this order. */
    public static final List<RecordCheck> RECORD_CHECKS = List.of(new GenerationCheck(), new FieldSchemaCheck(),
            new FieldFormatCheck(), new FigidCheck(), new FilenameCheck(), new NumberCheck(), new FigidAliasCheck(),
            new RedirectFromCheck(), new FigtypeCheck(), new JsonLdCheck(), new KeywordsCheck(), new FiglinkCheck(),
            new YearCheck(), new ScoreCheck(), new NdexCheck(), new WpidCheck(), new OrganismsCheck(),
            new EntityListCheck(), new TsvPresenceCheck());

    private static final Map<String, Rule> BY_ID = new LinkedHashMap<>();

    static {
        List<Rule> all = new ArrayList<>(ReadRules.ALL);
        RECORD_CHECKS.forEach(c -> all.addAll(c.rules()));
        all.addAll(TsvRules.ALL);
        all.addAll(RepositoryRules.ALL);
        all.addAll(Suppressions.ALL);
        all.addAll(JekyllConfigCheck.RULES);
        for (Rule r : all) {
            if (BY_ID.put(r.id(), r) != null) {
                throw new IllegalStateException("duplicate rule id " + r.id());
            }
        }
    }

    private RuleRegistry() {
    }

    /** All rules, each id once. */
    public static List<Rule> all() {
        return List.copyOf(BY_ID.values());
    }

    /** The rule with this id, or null. */
    public static Rule byId(String id) {
        return BY_ID.get(id);
    }

    /** " (did you mean a, b or c?)" for the known ids closest to {@code id}, or "". */
    public static String suggestions(String id) {
        List<String> close = all().stream().map(Rule::id)
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
    public static int distance(String a, String b) {
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
