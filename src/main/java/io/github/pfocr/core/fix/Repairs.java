package io.github.pfocr.core.fix;

import io.github.pfocr.core.fix.Repair.Unrepairable;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.rules.FigidAliasCheck;
import io.github.pfocr.core.rules.FiglinkCheck;
import io.github.pfocr.core.rules.FigtypeCheck;
import io.github.pfocr.core.rules.JsonLdCheck;
import io.github.pfocr.core.rules.KeywordsCheck;
import io.github.pfocr.core.rules.NdexCheck;
import io.github.pfocr.core.rules.OrganismsCheck;
import io.github.pfocr.core.rules.RedirectFromCheck;
import io.github.pfocr.core.rules.RepositoryRules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.pfocr.core.model.Fields.*;

/**
 * The repair of each fixable rule, by rule id, in the order a file's repairs are planned (a later repair of the
 * same field wins: an NDEx map entry over the '' of ndex-present). Each repair writes the value the rule's check
 * derives, so a repaired record passes the check.
 */
public final class Repairs {

    /** Top-level keys in the order each generation's writer puts them (section 2 of the format specification). */
    private static final List<String> G1_ORDER = List.of(FIGID, FIGLINK, NUMBER, CAPTION, PMCID, PAPERTITLE, REFTEXT,
            PMC_RANKED_RESULT_INDEX, PATHWAY_SCORE, FILENAME, FIGTITLE, YEAR, ORGANISMS, NDEX, ANNOTATIONS, SEO,
            SCHEMA_JSONLD, GENES, CHEMICALS, DISEASES, FIGID_ALIAS, REDIRECT_FROM, FIGTYPE);
    private static final List<String> G2A_ORDER = List.of(FIGID, FIGTITLE, ORGANISMS, PMCID, FILENAME, FIGLINK, NUMBER,
            CAPTION, PAPERTITLE, REFTEXT, YEAR, DOI, JOURNAL_TITLE, JOURNAL_NLM_TA, PUBLISHER_NAME, KEYWORDS,
            AUTOML_PATHWAY, FIGID_ALIAS, FIGTYPE, ORGANISMS_NER, REDIRECT_FROM, NDEX, SEO, SCHEMA_JSONLD);
    private static final List<String> G2B_ORDER = List.of(FIGID, FIGTITLE, ORGANISMS, ORGANISMS_NER, PMCID, FILENAME,
            FIGLINK, NUMBER, CAPTION, PAPERTITLE, REFTEXT, YEAR, DOI, JOURNAL_TITLE, JOURNAL_NLM_TA, PUBLISHER_NAME,
            KEYWORDS, AUTOML_PATHWAY, FIGID_ALIAS, FIGTYPE, REDIRECT_FROM, NDEX, SEO, SCHEMA_JSONLD);

    private static final Map<String, Repair> BY_RULE = new LinkedHashMap<>();
    /** The rule ids in planning order. */
    private static final List<String> IDS;

    static {
        value(FigidAliasCheck.FIGID_ALIAS_NUMBER, FIGID_ALIAS);
        value(RedirectFromCheck.REDIRECT_FROM_ALIAS, REDIRECT_FROM);
        value(FigtypeCheck.FIGTYPE_NUMBER, FIGTYPE);
        value(FiglinkCheck.FIGLINK_FORMAT, FIGLINK);
        value(FiglinkCheck.FIGLINK_TRAILING_SLASH, FIGLINK);
        value(JsonLdCheck.JSONLD_ID, SCHEMA_JSONLD, LD_ID);
        value(JsonLdCheck.JSONLD_DESCRIPTION, SCHEMA_JSONLD, LD_DESCRIPTION);
        add(JsonLdCheck.JSONLD_CONSTANT, Repairs::jsonldConstant);
        add(KeywordsCheck.KEYWORDS_ENTITIES, Repairs::keywords);
        add(KeywordsCheck.KEYWORDS_TSV, Repairs::keywords);
        add(KeywordsCheck.KEYWORDS_ORDER, Repairs::keywords);
        add(OrganismsCheck.ORGANISMS_SCALAR, (record, finding, editor) -> {
            String single = record.text(ORGANISMS);
            if (single == null) {
                throw new Unrepairable("organisms is no longer a single string");
            }
            editor.setList(List.of(ORGANISMS), List.of(single), null);
        });
        add(NdexCheck.NDEX_PRESENT, (record, finding, editor) -> editor.set(List.of(NDEX), "", after(record, NDEX)));
        add(RepositoryRules.NDEX_MAP, (record, finding, editor) ->
                editor.set(List.of(NDEX), expected(finding), after(record, NDEX)));
        // updatefm.R appends a new field at the end, which is why wpid is last.
        add(RepositoryRules.WPID_MAP, (record, finding, editor) -> editor.set(List.of(WPID), expected(finding), null));
        IDS = List.copyOf(BY_RULE.keySet());
    }

    private Repairs() {
    }

    /** The repair of a rule, or null when its findings need a person. */
    public static Repair forRule(String ruleId) {
        return BY_RULE.get(ruleId);
    }

    /** The ids of the rules with a repair, in planning order. */
    public static List<String> ruleIds() {
        return IDS;
    }

    /** Where a rule's repair comes in the planning order; rules without a repair last. */
    static int order(String ruleId) {
        int i = IDS.indexOf(ruleId);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * Whether {@code pfocr:fix} repairs this finding: its rule has a repair and, when {@code named} is empty, the
     * finding is at warning or error level (an info finding is a generation's normal style); otherwise its rule is
     * named.
     */
    public static boolean selected(Finding f, Set<String> named) {
        if (!BY_RULE.containsKey(f.ruleId())) {
            return false;
        }
        if (!named.isEmpty()) {
            return named.contains(f.ruleId());
        }
        return f.severity() == Severity.ERROR || f.severity() == Severity.WARNING;
    }

    private static void value(Rule rule, String... path) {
        List<String> p = List.of(path);
        add(rule, (record, finding, editor) -> editor.set(p, expected(finding), null));
    }

    private static void add(Rule rule, Repair repair) {
        BY_RULE.put(rule.id(), repair);
    }

    private static String expected(Finding f) throws Unrepairable {
        if (f.expected() == null) {
            throw new Unrepairable("the finding names no value to write");
        }
        return f.expected();
    }

    private static void keywords(FigureRecord record, Finding finding, FrontMatterEditor editor) throws Unrepairable {
        List<String> expected = KeywordsCheck.expected(record);
        if (expected == null) {
            throw new Unrepairable("the keywords cannot be derived: an entity list is not readable");
        }
        List<String> path = List.of(SCHEMA_JSONLD, LD_KEYWORDS);
        if (expected.isEmpty()) {
            // R's yaml::write_yaml drops an empty list, so a record without entities has no keywords.
            editor.remove(path);
        } else {
            editor.setList(path, expected, null);
        }
    }

    /** The constant at the finding's position, in schema-jsonld or its creator. */
    private static void jsonldConstant(FigureRecord record, Finding finding, FrontMatterEditor editor)
            throws Unrepairable {
        MapNode ld = record.jsonld();
        if (ld != null) {
            for (MapNode.Entry e : ld.entries()) {
                if (at(e, finding)) {
                    editor.set(List.of(SCHEMA_JSONLD, e.key().value()), expected(finding), null);
                    return;
                }
                if (LD_CREATOR.equals(e.key().value()) && e.value() instanceof MapNode creator) {
                    for (MapNode.Entry c : creator.entries()) {
                        if (at(c, finding)) {
                            editor.set(List.of(SCHEMA_JSONLD, LD_CREATOR, c.key().value()), expected(finding), null);
                            return;
                        }
                    }
                }
            }
        }
        throw new Unrepairable("the constant is no longer where it was found");
    }

    private static boolean at(MapNode.Entry e, Finding f) {
        return e.value().line() == f.line() && e.value().column() == f.column();
    }

    /** The key a new {@code field} goes after: the nearest one before it in the writer's order that is present. */
    private static String after(FigureRecord record, String field) {
        List<String> order = record.generation() == Generation.G2A ? G2A_ORDER
                : record.generation() == Generation.G2B ? G2B_ORDER : G1_ORDER;
        for (int i = order.indexOf(field) - 1; i >= 0; i--) {
            if (record.root().has(order.get(i))) {
                return order.get(i);
            }
        }
        return null;
    }
}
