package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;
import io.github.pfocr.core.read.Words;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.github.pfocr.core.model.Fields.CHEMICALS;
import static io.github.pfocr.core.model.Fields.DISEASES;
import static io.github.pfocr.core.model.Fields.GENES;

/** Section 3.3: the items of G1's inline genes, chemicals and diseases lists. */
public final class EntityListCheck implements RecordCheck {
    public static final Rule ENTITY_KEYS = Rule.error("entity-keys", "An inline gene has exactly word, symbol, source, "
            + "hgnc_symbol, entrez; a chemical or disease exactly word, source, identifier.");
    public static final Rule ENTITY_SOURCE_VALUE = Rule.error("entity-source-value",
            "An inline entity's source is one the generator writes (hgnc_symbol, hgnc_alias_symbol, ...; MESH).");
    public static final Rule GENE_ENTREZ_FORMAT = Rule.error("gene-entrez-format",
            "An inline gene's entrez is a quoted NCBI gene id (digits).");
    public static final Rule GENE_SYMBOL_FORMAT = Rule.warning("gene-symbol-format",
            "An inline gene's hgnc_symbol looks like an HGNC symbol (upper case, digits, @ . -).");
    public static final Rule ENTITY_IDENTIFIER_FORMAT = Rule.error("entity-identifier-format",
            "An inline chemical's or disease's identifier is a MeSH id (C or D plus 6-9 digits) or ''.");
    public static final Rule ENTITY_DUPLICATE = Rule.info("entity-duplicate",
            "An inline entity repeats an earlier item exactly, as the G1 writer wrote for a word found twice "
                    + "(deduplicated in the catalog).");

    public static final Rule ENTITY_WORD_BLANKS = Rule.warning("entity-word-blanks", "An inline entity's word has no "
            + "run of blanks and no control character inside (G1 words are single matched terms; such a word is "
            + "garbled OCR text).");

    /** A control character, or two blanks in a row (space, tab, no-break or ideographic space). */
    private static final Pattern BLANKS = Pattern.compile("\\p{Cc}|[ \\t\\u00A0\\u2000-\\u200B\\u3000]{2}");

    /** An item's keys, and the pattern of each value (null: free text). */
    private record ItemSpec(Map<String, Pattern> values, Map<String, Rule> rules) {
    }

    private static final ItemSpec GENE = new ItemSpec(patterns("word", null, "symbol", null,
            "source", "hgnc_symbol|hgnc_alias_symbol|hgnc_prev_symbol|bioentities_symbol",
            "hgnc_symbol", "[A-Z0-9][A-Za-z0-9@._-]*", "entrez", "\\d+"),
            Map.of("source", ENTITY_SOURCE_VALUE, "hgnc_symbol", GENE_SYMBOL_FORMAT, "entrez", GENE_ENTREZ_FORMAT));
    private static final ItemSpec IDENTIFIED = new ItemSpec(patterns("word", null, "source", "MESH|",
            "identifier", "[CD]\\d{6,9}|"),
            Map.of("source", ENTITY_SOURCE_VALUE, "identifier", ENTITY_IDENTIFIER_FORMAT));
    private static final Map<String, ItemSpec> LISTS = Map.of(GENES, GENE, CHEMICALS, IDENTIFIED, DISEASES, IDENTIFIED);

    @Override
    public List<Rule> rules() {
        return List.of(ENTITY_KEYS, ENTITY_SOURCE_VALUE, GENE_ENTREZ_FORMAT, GENE_SYMBOL_FORMAT,
                ENTITY_IDENTIFIER_FORMAT, ENTITY_DUPLICATE, ENTITY_WORD_BLANKS);
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        for (String list : List.of(GENES, CHEMICALS, DISEASES)) {
            if (record.node(list) instanceof SeqNode seq) {
                checkList(list, seq, LISTS.get(list), sink);
            }
        }
    }

    private static void checkList(String list, SeqNode seq, ItemSpec spec, FindingSink sink) {
        Map<List<String>, Integer> seen = new HashMap<>();
        for (int i = 0; i < seq.items().size(); i++) {
            Node item = seq.items().get(i);
            String where = list + "[" + (i + 1) + "]";
            if (!(item instanceof MapNode map)) {
                sink.report(FieldSchemaCheck.FIELD_TYPE, item, where + ": expected a mapping, found " + item.describe());
                continue;
            }
            Set<String> keys = map.entries().stream().map(e -> e.key().value()).collect(Collectors.toSet());
            if (!keys.equals(spec.values().keySet())) {
                sink.report(ENTITY_KEYS, map, where + ": expected keys " + String.join(", ", spec.values().keySet())
                        + ", found " + map.entries().stream().map(e -> e.key().value()).collect(Collectors.joining(", ")));
            }
            for (MapNode.Entry e : map.entries()) {
                String key = e.key().value();
                if (!spec.values().containsKey(key)) {
                    continue;
                }
                FieldSchemaCheck.checkType(where + "." + key, e.value(), ValueType.STRING, sink);
                Pattern p = spec.values().get(key);
                if (p != null && e.value() instanceof ScalarNode s && s.isString() && !p.matcher(s.value()).matches()) {
                    sink.report(spec.rules().get(key), s, where + "." + key + ": expected a value matching "
                            + p.pattern() + ", found '" + s.value() + "'");
                }
            }
            ScalarNode word = FigureRecord.string(map, "word");
            if (word != null) {
                checkWord(where + ".word", word, sink);
            }
            List<String> values = map.entries().stream()
                    .map(e -> e.key().value() + "=" + (e.value() instanceof ScalarNode s ? s.value() : e.value()))
                    .toList();
            Integer first = seen.putIfAbsent(values, i);
            if (first != null) {
                sink.report(ENTITY_DUPLICATE, map, where + ": repeats " + list + "[" + (first + 1) + "] (line "
                        + seq.items().get(first).line() + ") exactly");
            }
        }
    }

    private static void checkWord(String where, ScalarNode word, FindingSink sink) {
        java.util.regex.Matcher blanks = BLANKS.matcher(word.value());
        if (blanks.find()) {
            boolean control = Character.isISOControl(blanks.group().charAt(0));
            sink.report(ENTITY_WORD_BLANKS, word, where + ": expected a term without " + (control
                    ? "control characters" : "runs of blanks") + ", found " + Words.quoted(word.value()) + " ("
                    + (control ? "a control character" : "a run of blanks") + " at character " + (blanks.start() + 1)
                    + ")");
        }
        int mixed = Words.mixedScript(word.value());
        if (mixed >= 0) {
            sink.report(Words.WORD_MIXED_SCRIPT, word, Words.mixedScriptMessage(where, word.value(), mixed),
                    Words.latin(word.value()));
        }
    }

    private static Map<String, Pattern> patterns(String... keyPattern) {
        Map<String, Pattern> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyPattern.length; i += 2) {
            m.put(keyPattern[i], keyPattern[i + 1] == null ? null : Pattern.compile(keyPattern[i + 1]));
        }
        return m;
    }
}
