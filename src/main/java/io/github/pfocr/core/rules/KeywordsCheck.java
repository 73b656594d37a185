package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Fields;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.model.TsvTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.github.pfocr.core.model.Fields.*;

/**
 * schema-jsonld keywords: rules 4.10 (G1: derived from the inline entities), 4.11 (G2: derived from the entity
 * tables), 4.12 (no duplicates) and 4.13 (no R NA).
 */
public final class KeywordsCheck implements RecordCheck {
    public static final Rule KEYWORDS_ENTITIES = Rule.error("keywords-entities", "G1: keywords hold the distinct genes' "
            + "hgnc_symbol, distinct chemical words and distinct disease words, no more and no fewer; missing and extra "
            + "items are named (4.10).");
    public static final Rule KEYWORDS_TSV = Rule.warning("keywords-tsv", "G2: keywords hold the distinct ncbigene_symbol "
            + "of the genes table, distinct chemical words and distinct disease words, no more and no fewer; missing "
            + "and extra items are named (4.11).");
    public static final Rule KEYWORDS_ORDER = Rule.info("keywords-order", "keywords hold exactly the derived items but "
            + "not in the writer's order (genes, chemicals, diseases); search does not depend on it (4.10, 4.11).");
    public static final Rule KEYWORDS_DUPLICATE = Rule.info("keywords-duplicate", "A keyword appears twice, as "
            + "the writers produce when a word is both a chemical and a disease (distinct per table only) (4.12).");
    public static final Rule KEYWORDS_NA = Rule.info("keywords-na",
            "A keyword is R's NA (.na.character), as the G2 writer writes for a gene row without a symbol (4.13).");

    @Override
    public List<Rule> rules() {
        return List.of(KEYWORDS_ENTITIES, KEYWORDS_TSV, KEYWORDS_ORDER, KEYWORDS_DUPLICATE, KEYWORDS_NA);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        MapNode ld = record.jsonld();
        if (ld == null) {
            return;
        }
        Node node = ld.get(LD_KEYWORDS);
        if (node != null && !(node instanceof SeqNode)) {
            return;
        }
        List<ScalarNode> keywords = new ArrayList<>();
        if (node instanceof SeqNode seq) {
            for (Node item : seq.items()) {
                if (!(item instanceof ScalarNode s && s.isString())) {
                    return;
                }
                keywords.add(s);
            }
        }
        duplicatesAndNa(keywords, sink);
        if (record.generation().isG1()) {
            List<String> expected = expectedG1(record);
            if (expected != null) {
                compare(KEYWORDS_ENTITIES, expected, keywords, node == null ? ld : node,
                        "distinct genes' hgnc_symbol, then chemical words, then disease words", sink);
            }
        } else if (record.generation().isG2()) {
            List<String> expected = expectedG2(record);
            if (expected != null) {
                compare(KEYWORDS_TSV, expected, keywords, node == null ? ld : node,
                        "distinct ncbigene_symbol of the genes table, then chemical words, then disease words", sink);
            }
        }
    }

    private static void duplicatesAndNa(List<ScalarNode> keywords, FindingSink sink) {
        Map<String, Integer> first = new HashMap<>(keywords.size() * 2);
        for (int i = 0; i < keywords.size(); i++) {
            ScalarNode k = keywords.get(i);
            Integer at = first.putIfAbsent(k.value(), i);
            if (at != null) {
                sink.report(KEYWORDS_DUPLICATE, k, "schema-jsonld keywords: '" + k.value() + "' repeats item "
                        + (at + 1) + " (line " + keywords.get(at).line() + ")");
            }
            if (Fields.NA_CHARACTER.equals(k.value()) || Fields.NA.equals(k.value())) {
                sink.report(KEYWORDS_NA, k, "schema-jsonld keywords: expected a symbol or word, found R's NA '"
                        + k.value() + "'");
            }
        }
    }

    /** The keywords the record's generation derives (G1 from its lists, G2 from its tables), or null when none. */
    public static List<String> expected(FigureRecord record) {
        return record.generation().isG1() ? expectedG1(record) : record.generation().isG2() ? expectedG2(record) : null;
    }

    /** G1: the keywords _rmd/update.Rmd derives, or null when an entity list is not a readable list. */
    private static List<String> expectedG1(FigureRecord record) {
        List<String> genes = column(record.node(GENES), "hgnc_symbol");
        List<String> chemicals = column(record.node(CHEMICALS), "word");
        List<String> diseases = column(record.node(DISEASES), "word");
        if (genes == null || chemicals == null || diseases == null) {
            return null;
        }
        return concatDistinct(genes, chemicals, diseases);
    }

    /** G2: the keywords update-pfocr*.Rmd derives from the tables, or null when no table is linked. */
    private static List<String> expectedG2(FigureRecord record) {
        TsvTable genes = record.table(TsvKind.GENES);
        TsvTable chemicals = record.table(TsvKind.CHEMICALS);
        TsvTable diseases = record.table(TsvKind.DISEASES);
        if (genes == null && chemicals == null && diseases == null) {
            return null;
        }
        List<String> symbols = genes == null ? List.of() : genes.column("ncbigene_symbol").stream()
                .map(s -> Fields.NA.equals(s) ? Fields.NA_CHARACTER : s).toList();
        return concatDistinct(symbols, chemicals == null ? List.of() : chemicals.column("word"),
                diseases == null ? List.of() : diseases.column("word"));
    }

    /** Distinct within each list only, as R's distinct() per table followed by c(). */
    private static List<String> concatDistinct(List<String> a, List<String> b, List<String> c) {
        List<String> out = new ArrayList<>(a.size() + b.size() + c.size());
        Set<String> seen = new HashSet<>();
        for (List<String> list : List.of(a, b, c)) {
            seen.clear();
            for (String s : list) {
                if (seen.add(s)) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** The string values of {@code key} in a list of mappings; null when the node is not such a list. */
    static List<String> column(Node list, String key) {
        if (list == null) {
            return List.of();
        }
        if (!(list instanceof SeqNode seq)) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (Node item : seq.items()) {
            ScalarNode v = item instanceof MapNode m ? FigureRecord.string(m, key) : null;
            if (v == null) {
                return null;
            }
            values.add(v.value());
        }
        return values;
    }

    /** Whether the keywords are the expected items, one for one. */
    private static boolean inOrder(List<String> expected, List<ScalarNode> found) {
        if (expected.size() != found.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).equals(found.get(i).value())) {
                return false;
            }
        }
        return true;
    }

    /** How many names a message lists before counting the rest. */
    private static final int NAMED = 5;

    /**
     * Missing and extra items by name under {@code rule}, at the first extra item (else at the list); when only the
     * order (or how often an item repeats) differs, one {@link #KEYWORDS_ORDER} info at the first difference.
     */
    private static void compare(Rule rule, List<String> expected, List<ScalarNode> found, Node listNode,
            String derivation, FindingSink sink) {
        if (inOrder(expected, found)) {
            // The usual case, and nothing to report: no sets built.
            return;
        }
        Set<String> expectedSet = new LinkedHashSet<>(expected);
        Set<String> foundSet = new LinkedHashSet<>();
        found.forEach(k -> foundSet.add(k.value()));
        List<String> missing = expectedSet.stream().filter(e -> !foundSet.contains(e)).toList();
        List<ScalarNode> extra = found.stream().filter(k -> !expectedSet.contains(k.value())).toList();
        if (!missing.isEmpty() || !extra.isEmpty()) {
            StringBuilder m = new StringBuilder("schema-jsonld keywords: expected the ").append(expectedSet.size())
                    .append(" distinct items derived from the entities (").append(derivation).append("), found ")
                    .append(foundSet.size());
            if (!missing.isEmpty()) {
                m.append("; missing ").append(names(missing));
            }
            if (!extra.isEmpty()) {
                m.append("; not derived from the entities ").append(names(extra.stream().map(ScalarNode::value)
                        .distinct().toList()));
            }
            sink.report(rule, extra.isEmpty() ? listNode : extra.get(0), m.toString());
            return;
        }
        for (int i = 0; i < Math.min(expected.size(), found.size()); i++) {
            if (!expected.get(i).equals(found.get(i).value())) {
                sink.report(KEYWORDS_ORDER, found.get(i), "schema-jsonld keywords: every derived item is present, in "
                        + "another order: expected '" + expected.get(i) + "' at item " + (i + 1) + " (" + derivation
                        + "), found '" + found.get(i).value() + "'", expected.get(i));
                return;
            }
        }
        if (expected.size() != found.size()) {
            sink.report(KEYWORDS_ORDER, listNode, "schema-jsonld keywords: every derived item is present, but "
                    + expected.size() + " items are derived (" + derivation + "), found " + found.size());
        }
    }

    /** 'a', 'b' and 3 more. */
    private static String names(List<String> names) {
        String shown = names.stream().limit(NAMED).map(n -> "'" + n + "'").collect(Collectors.joining(", "));
        return names.size() > NAMED ? shown + " and " + (names.size() - NAMED) + " more" : shown;
    }
}
