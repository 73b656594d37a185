package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.ScalarType;
import io.github.pfocr.core.model.SeqNode;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.pfocr.core.model.Fields.*;

/**
 * Section 3's field dictionary as a table: each field's YAML type per generation and in which generations it is
 * required or allowed, for the top level and for the schema-jsonld mapping.
 */
public final class FieldSchemaCheck implements RecordCheck {
    public static final Rule FIELD_REQUIRED = Rule.error("field-required",
            "A field required for the record's generation is missing.");
    public static final Rule FIELD_TYPE = Rule.error("field-type", "A value has the wrong YAML type as Jekyll reads it "
            + "(e.g. an unquoted 3716 is an integer, an unquoted NO a boolean).");
    public static final Rule FIELD_UNKNOWN = Rule.warning("field-unknown",
            "A field is not part of the record's generation.");

    private static final Set<Generation> ALL = EnumSet.of(Generation.G1A, Generation.G1B, Generation.G2A,
            Generation.G2B);
    private static final Set<Generation> G1 = EnumSet.of(Generation.G1A, Generation.G1B);
    private static final Set<Generation> G2 = EnumSet.of(Generation.G2A, Generation.G2B);
    private static final Set<Generation> NONE = EnumSet.noneOf(Generation.class);

    /** One field: its type in G1 and G2 records, where it must be present and where it may be. */
    private record Spec(ValueType g1Type, ValueType g2Type, Set<Generation> required, Set<Generation> allowed) {
        ValueType type(Generation g) {
            return g.isG1() || g == Generation.UNKNOWN && g2Type == null ? g1Type : g2Type;
        }
    }

    private static final Map<String, Spec> TOP = new LinkedHashMap<>();
    private static final Map<String, Spec> JSONLD = new LinkedHashMap<>();
    private static final Map<String, Spec> CREATOR = new LinkedHashMap<>();

    static {
        for (String f : List.of(FIGID, FIGLINK, NUMBER, CAPTION, PMCID, PAPERTITLE, REFTEXT, YEAR, FILENAME, FIGTITLE,
                SEO)) {
            TOP.put(f, both(ValueType.STRING, ALL));
        }
        TOP.put(ORGANISMS, new Spec(ValueType.STRING_OR_STRING_LIST, ValueType.STRING_LIST, ALL, ALL));
        TOP.put(SCHEMA_JSONLD, both(ValueType.MAP, ALL));
        // ndex is always written, but its absence is only a warning (rule ndex-present).
        TOP.put(NDEX, new Spec(ValueType.STRING, ValueType.STRING, NONE, ALL));
        TOP.put(WPID, new Spec(ValueType.STRING, ValueType.STRING, NONE, ALL));
        TOP.put(PMC_RANKED_RESULT_INDEX, new Spec(ValueType.STRING, null, G1, G1));
        TOP.put(PATHWAY_SCORE, new Spec(ValueType.NUMBER, null, G1, G1));
        TOP.put(ANNOTATIONS, new Spec(ValueType.LIST, null, G1, G1));
        for (String f : List.of(GENES, CHEMICALS, DISEASES)) {
            TOP.put(f, new Spec(ValueType.LIST, null, G1, G1));
        }
        // In G1 the trio is all or nothing (rule alias-trio); G2 always has it.
        for (String f : List.of(FIGID_ALIAS, REDIRECT_FROM, FIGTYPE)) {
            TOP.put(f, new Spec(ValueType.STRING, ValueType.STRING, G2, ALL));
        }
        TOP.put(ORGANISMS_NER, new Spec(null, ValueType.STRING_LIST, G2, G2));
        for (String f : List.of(DOI, JOURNAL_TITLE, JOURNAL_NLM_TA, PUBLISHER_NAME, KEYWORDS)) {
            TOP.put(f, new Spec(null, ValueType.STRING, G2, G2));
        }
        TOP.put(AUTOML_PATHWAY, new Spec(null, ValueType.NUMBER, G2, G2));

        for (String f : List.of(LD_CONTEXT, LD_ID, LD_TYPE, LD_DESCRIPTION, LD_LICENSE, LD_NAME)) {
            JSONLD.put(f, both(ValueType.STRING, ALL));
        }
        JSONLD.put(LD_CREATOR, both(ValueType.MAP, ALL));
        // R drops an empty keywords list, so it may be absent.
        JSONLD.put(LD_KEYWORDS, new Spec(ValueType.STRING_LIST, ValueType.STRING_LIST, NONE, ALL));
        CREATOR.put(LD_TYPE, both(ValueType.STRING, ALL));
        CREATOR.put(LD_NAME, both(ValueType.STRING, ALL));
    }

    private static Spec both(ValueType type, Set<Generation> required) {
        return new Spec(type, type, required, ALL);
    }

    @Override
    public List<Rule> rules() {
        return List.of(FIELD_REQUIRED, FIELD_TYPE, FIELD_UNKNOWN);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        Generation g = record.generation();
        checkMap(record.root(), "", TOP, g, sink);
        MapNode ld = record.jsonld();
        if (ld != null) {
            checkMap(ld, SCHEMA_JSONLD + ".", JSONLD, g, sink);
            if (ld.get(LD_CREATOR) instanceof MapNode creator) {
                checkMap(creator, SCHEMA_JSONLD + "." + LD_CREATOR + ".", CREATOR, g, sink);
            }
        }
    }

    private static void checkMap(MapNode map, String prefix, Map<String, Spec> specs, Generation g, FindingSink sink) {
        for (Map.Entry<String, Spec> e : specs.entrySet()) {
            if (e.getValue().required().contains(g) && !map.has(e.getKey())) {
                sink.report(FIELD_REQUIRED, map, "expected field '" + prefix + e.getKey() + "' in a " + g.label()
                        + " record, found none");
            }
        }
        for (MapNode.Entry entry : map.entries()) {
            String name = entry.key().value();
            Spec spec = specs.get(name);
            if (spec == null || g != Generation.UNKNOWN && !spec.allowed().contains(g)) {
                sink.report(FIELD_UNKNOWN, entry.key(), "field '" + prefix + name + "' is not part of "
                        + (spec == null ? "the format" : "a " + g.label() + " record"));
                continue;
            }
            ValueType type = spec.type(g);
            // The field's name is spelled out only when it can be reported.
            if (type != null && (!type.accepts(entry.value()) || type.hasStringItems())) {
                checkType(prefix + name, entry.value(), type, sink);
            }
        }
    }

    static void checkType(String field, Node value, ValueType type, FindingSink sink) {
        if (!type.accepts(value)) {
            sink.report(FIELD_TYPE, value, "field '" + field + "': expected " + type.noun() + ", found "
                    + value.describe() + hint(value), quoted(value));
            return;
        }
        if (type.hasStringItems() && value instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                if (!(item instanceof ScalarNode s && s.isString())) {
                    sink.report(FIELD_TYPE, item, "field '" + field + "': expected every item to be a string, found "
                            + item.describe() + hint(item), quoted(item));
                }
            }
        }
    }

    /** Why a plain scalar is not a string, in Jekyll's terms. */
    private static String hint(Node node) {
        if (node instanceof ScalarNode s && s.plain() && s.type() != ScalarType.STRING
                && s.type() != ScalarType.OMITTED) {
            return s.value().isEmpty() ? "; write '' for an empty string"
                    : "; Jekyll (YAML 1.1) reads the unquoted value as " + s.type().noun() + ", quote it: '"
                            + s.value() + "'";
        }
        return "";
    }

    /** The repaired form of a mistyped scalar: the same text, single-quoted. */
    private static String quoted(Node node) {
        return node instanceof ScalarNode s && s.plain() && s.type() != ScalarType.OMITTED
                ? "'" + s.value().replace("'", "''") + "'" : null;
    }
}
