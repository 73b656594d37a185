package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;
import io.github.pfocr.core.read.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
    static final Pattern BLANKS = Pattern.compile("\\p{Cc}|[ \\t\\u00A0\\u2000-\\u200B\\u3000]{2}");

    /**
     * A value format: the pattern messages show, and the same test as plain code, since a matcher per value was a
     * large part of the check's own time (an entity list has dozens of items).
     */
    record Format(Pattern pattern, Predicate<String> test) {
        Format(String regex, Predicate<String> test) {
            this(Pattern.compile(regex), test);
        }
    }

    /**
     * An item's keys in order, and per key the format of its value (null: free text) and the rule it breaks. A key is
     * found by comparing it with each of the handful (no hash of every item's keys).
     */
    record ItemSpec(List<String> keys, List<Format> formats, List<Rule> rules) {
        /** The key's index, trying {@code hint} first: an item normally has its keys in the spec's order. */
        int indexOf(String key, int hint) {
            if (hint < keys.size() && keys.get(hint).equals(key)) {
                return hint;
            }
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    static final ItemSpec GENE = spec("word", null, null, "symbol", null, null,
            "source", new Format("hgnc_symbol|hgnc_alias_symbol|hgnc_prev_symbol|bioentities_symbol",
                    Set.of("hgnc_symbol", "hgnc_alias_symbol", "hgnc_prev_symbol", "bioentities_symbol")::contains),
            ENTITY_SOURCE_VALUE,
            "hgnc_symbol", new Format("[A-Z0-9][A-Za-z0-9@._-]*", EntityListCheck::isSymbol), GENE_SYMBOL_FORMAT,
            "entrez", new Format("\\d+", v -> !v.isEmpty() && digits(v, 0)), GENE_ENTREZ_FORMAT);
    static final ItemSpec IDENTIFIED = spec("word", null, null,
            "source", new Format("MESH|", v -> v.isEmpty() || v.equals("MESH")), ENTITY_SOURCE_VALUE,
            "identifier", new Format("[CD]\\d{6,9}|", EntityListCheck::isMeshId), ENTITY_IDENTIFIER_FORMAT);
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
            if (!(item instanceof MapNode map)) {
                sink.report(FieldSchemaCheck.FIELD_TYPE, item, where(list, i) + ": expected a mapping, found "
                        + item.describe());
                continue;
            }
            if (!hasExactly(map, spec)) {
                sink.report(ENTITY_KEYS, map, where(list, i) + ": expected keys " + String.join(", ", spec.keys())
                        + ", found " + map.entries().stream().map(e -> e.key().value()).collect(Collectors.joining(", ")));
            }
            List<MapNode.Entry> entries = map.entries();
            for (int j = 0; j < entries.size(); j++) {
                MapNode.Entry e = entries.get(j);
                String key = e.key().value();
                int k = spec.indexOf(key, j);
                if (k < 0) {
                    continue;
                }
                if (!(e.value() instanceof ScalarNode s && s.isString())) {
                    FieldSchemaCheck.checkType(where(list, i) + "." + key, e.value(), ValueType.STRING, sink);
                    continue;
                }
                Format f = spec.formats().get(k);
                if (f != null && !f.test().test(s.value())) {
                    sink.report(spec.rules().get(k), s, where(list, i) + "." + key + ": expected a value matching "
                            + f.pattern().pattern() + ", found '" + s.value() + "'");
                }
            }
            ScalarNode word = FigureRecord.string(map, "word");
            if (word != null) {
                checkWord(list, i, word, sink);
            }
            Integer first = seen.putIfAbsent(itemText(entries), i);
            if (first != null) {
                sink.report(ENTITY_DUPLICATE, map, where(list, i) + ": repeats " + list + "[" + (first + 1)
                        + "] (line " + seq.items().get(first).line() + ") exactly");
            }
        }
    }

    private static String where(String list, int i) {
        return list + "[" + (i + 1) + "]";
    }

    /** Whether the mapping's keys are exactly the spec's: as many, and each one of them (keys are unique). */
    private static boolean hasExactly(MapNode map, ItemSpec spec) {
        if (map.entries().size() != spec.keys().size()) {
            return false;
        }
        List<MapNode.Entry> entries = map.entries();
        for (int j = 0; j < entries.size(); j++) {
            if (spec.indexOf(entries.get(j).key().value(), j) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * What makes two items the same: their {@code key=value} texts in order, each held as the parts before and after
     * its first {@code =}, so equal texts give equal parts. A key has no {@code =} in practice, and then the parts
     * are the key and the value themselves: no text is concatenated per item.
     */
    static List<String> itemText(List<MapNode.Entry> entries) {
        String[] parts = new String[2 * entries.size()];
        for (int j = 0; j < entries.size(); j++) {
            MapNode.Entry e = entries.get(j);
            String key = e.key().value();
            String value = String.valueOf(e.value() instanceof ScalarNode s ? s.value() : e.value());
            int eq = key.indexOf('=');
            parts[2 * j] = eq < 0 ? key : key.substring(0, eq);
            parts[2 * j + 1] = eq < 0 ? value : key.substring(eq + 1) + "=" + value;
        }
        return Arrays.asList(parts);
    }

    private static void checkWord(String list, int i, ScalarNode word, FindingSink sink) {
        java.util.regex.Matcher blanks = mayHaveBlanks(word.value()) ? BLANKS.matcher(word.value()) : null;
        if (blanks != null && blanks.find()) {
            boolean control = Character.isISOControl(blanks.group().charAt(0));
            sink.report(ENTITY_WORD_BLANKS, word, where(list, i) + ".word: expected a term without " + (control
                    ? "control characters" : "runs of blanks") + ", found " + Words.quoted(word.value()) + " ("
                    + (control ? "a control character" : "a run of blanks") + " at character " + (blanks.start() + 1)
                    + ")");
        }
        int mixed = Words.mixedScript(word.value());
        if (mixed >= 0) {
            sink.report(Words.WORD_MIXED_SCRIPT, word, Words.mixedScriptMessage(where(list, i) + ".word",
                    word.value(), mixed), Words.latin(word.value()));
        }
    }

    /** Whether {@link #BLANKS} can find anything: the common clean word costs one pass, no matcher. */
    static boolean mayHaveBlanks(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c < 0x20 || c >= 0x7F && c <= 0x9F || isBlank(c) && i + 1 < v.length() && isBlank(v.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c >= '\u2000' && c <= '\u200B' || c == '\u3000';
    }

    /** An item spec from triples: key, format (or null), rule (or null). */
    private static ItemSpec spec(Object... keyFormatRule) {
        List<String> keys = new ArrayList<>();
        List<Format> formats = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < keyFormatRule.length; i += 3) {
            keys.add((String) keyFormatRule[i]);
            formats.add((Format) keyFormatRule[i + 1]);
            rules.add((Rule) keyFormatRule[i + 2]);
        }
        // Not List.copyOf, which refuses the nulls of free text.
        return new ItemSpec(List.copyOf(keys), Collections.unmodifiableList(formats),
                Collections.unmodifiableList(rules));
    }

    /** {@code [A-Z0-9][A-Za-z0-9@._-]*} */
    private static boolean isSymbol(String v) {
        if (v.isEmpty() || !(isUpperOrDigit(v.charAt(0)))) {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(isUpperOrDigit(c) || c >= 'a' && c <= 'z' || c == '@' || c == '.' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /** {@code [CD]\d{6,9}|} */
    private static boolean isMeshId(String v) {
        return v.isEmpty() || v.length() >= 7 && v.length() <= 10 && (v.charAt(0) == 'C' || v.charAt(0) == 'D')
                && digits(v, 1);
    }

    /** Whether every char from {@code from} on is an ASCII digit (what {@code \d} matches). */
    private static boolean digits(String v, int from) {
        for (int i = from; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
