package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;

import io.github.pfocr.core.engine.Suppressions;
import io.github.pfocr.core.read.ReadRules;
import io.github.pfocr.core.read.TsvRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        all.add(Suppressions.SUPPRESSION_UNUSED);
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
}
