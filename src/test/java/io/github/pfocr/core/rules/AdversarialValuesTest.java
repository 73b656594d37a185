package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.model.TsvTable;
import io.github.pfocr.core.read.FrontMatterReader;
import io.github.pfocr.core.read.TsvReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, point 3: every rule on megabyte-sized values built to trip a backtracking regex or a recursive rule.
 * The timeout is a hang guard (a quadratic rule took minutes on such values), generous on a shared machine; speed
 * itself is measured only by bench/run.sh.
 */
class AdversarialValuesTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final int MEGABYTE = 1 << 20;

    private static String repeat(String unit) {
        return unit.repeat(MEGABYTE / unit.length());
    }

    /** Values shaped after the rules' patterns: near-misses that make a backtracking matcher retry everywhere. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("reftext years without ';'", repeat(". 2000")),
            Map.entry("keyword separators", repeat("a | ")),
            Map.entry("NA tokens", repeat("NA ")),
            Map.entry("digits", "PMC" + repeat("1") + "__"),
            Map.entry("blanks", repeat(" ") + "x"),
            Map.entry("figure links", "/pmc/articles/PMC1/figure/" + repeat("F/")),
            Map.entry("figtype words", repeat("ga sch")),
            Map.entry("doi", "10.1234/" + repeat("x ")),
            Map.entry("line breaks and controls", repeat("\n\t\u001B[31m::error::\u2028")));

    /** A copy of the tree with every string scalar replaced by {@code value}. */
    private static Node replaced(Node n, String value) {
        if (n instanceof ScalarNode s) {
            return s.isString() ? new ScalarNode(value, s.type(), s.plain(), s.line(), s.column()) : s;
        }
        if (n instanceof SeqNode q) {
            return new SeqNode(q.items().stream().map(i -> replaced(i, value)).toList(), q.line(), q.column());
        }
        MapNode m = (MapNode) n;
        return new MapNode(m.entries().stream().map(e -> new MapNode.Entry(e.key(), replaced(e.value(), value)))
                .toList(), m.line(), m.column());
    }

    private static List<Finding> checkAll(FigureRecord record, FindingSink sink) {
        for (RecordCheck check : RuleRegistry.RECORD_CHECKS) {
            check.check(record, sink);
        }
        return sink.findings();
    }

    @TestFactory
    Stream<DynamicTest> everyRuleOnMegabyteValues() {
        List<DynamicTest> tests = new ArrayList<>();
        Map<String, String> records = Map.of(RecordFixtures.G1B_NAME, RecordFixtures.G1B, RecordFixtures.G2B_NAME,
                RecordFixtures.G2B);
        records.forEach((name, text) -> VALUES.forEach((kind, value) -> tests.add(DynamicTest.dynamicTest(
                name + ": " + kind, () -> {
                    FigureRecord base = RecordFixtures.record(text, name, RecordFixtures.G2_TABLES,
                            new FindingSink("_figures/" + name + ".md"));
                    FigureRecord record = new FigureRecord(base.path(), name, (MapNode) replaced(base.root(), value));
                    for (TsvKind k : TsvKind.values()) {
                        if (base.table(k) != null) {
                            record.table(k, base.table(k));
                        }
                    }
                    FindingSink sink = new FindingSink(base.path());
                    List<Finding> findings = assertTimeoutPreemptively(HANG_GUARD, () -> checkAll(record, sink));
                    assertTrue(findings.size() > 0, "megabyte values break some rule");
                }))));
        return tests.stream();
    }

    @Test
    void twentyThousandAndOneKeywords() {
        String terms = IntStream.rangeClosed(0, 20_000).mapToObj(i -> "TERM" + i).collect(Collectors.joining(" | "));
        String items = IntStream.rangeClosed(0, 20_000).mapToObj(i -> "  - TERM" + i + "\n")
                .collect(Collectors.joining());
        String text = RecordFixtures.G2B.replaceFirst("(?m)^keywords: .*$", "keywords: '" + terms + "'")
                .replaceFirst("(?ms)^  keywords:\n(  - .*?\n)+", "  keywords:\n" + items);
        List<Finding> findings = assertTimeoutPreemptively(HANG_GUARD,
                () -> RecordFixtures.check(text, RecordFixtures.G2B_NAME, RecordFixtures.G2_TABLES));
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("keywords-format")),
                () -> findings.stream().map(Finding::toConsoleLine).limit(5).toList().toString());
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("keywords-tsv")), "the list is compared");
    }

    @Test
    void keywordListFormat() {
        for (String ok : List.of("", ".na.character", "a", "a b", "a  | b", "alpha | beta | gamma")) {
            assertTrue(FieldFormatCheck.isKeywordList(ok), ok);
        }
        for (String bad : List.of(" a", "a | ", "a || b", "a | | b", "|a", "a |b", "a | \tb")) {
            assertTrue(!FieldFormatCheck.isKeywordList(bad), bad);
        }
    }

    @Test
    void aMegabyteSuppressionCommentAndTableCells() {
        String ids = "a, ".repeat(MEGABYTE / 3) + "b";
        String record = RecordFixtures.G2B.replaceFirst("\n---\n?$", "\n# pfocr-disable " + ids + "\n---\n");
        FindingSink sink = new FindingSink("_figures/x.md");
        assertTimeoutPreemptively(HANG_GUARD, () -> new FrontMatterReader(8L * MEGABYTE)
                .read(record.getBytes(StandardCharsets.UTF_8), sink));
        assertEquals(MEGABYTE / 3 + 1, sink.suppressions().get(0).ruleIds().size());

        String header = String.join("\t", TsvKind.GENES.layouts().get(0).header());
        String cell = repeat("9");
        String row = String.join("\t", cell, "Homo  sapiens " + repeat(" "), "x", " w ".repeat(1000), "m", "s", cell,
                "ncbigene_symbol", "1", "0", "NA");
        FindingSink tsv = new FindingSink("_data/x-genes.tsv");
        TsvTable t = assertTimeoutPreemptively(HANG_GUARD,
                () -> TsvReader.parse(header + "\n" + row + "\n", TsvKind.GENES, tsv));
        assertEquals(1, t.rows().size());
    }

    @Test
    void figidWithALineFeedOrTabIsRejected() {
        for (String forged : List.of("PMC9200002__gr3\nFAKESET", "PMC9200002__gr3\tFAKESET", "PMC9200002__gr 3",
                "PMC9200002__gr3\u2028", "PMC9200002__gr3\u202E")) {
            String text = RecordFixtures.G2B.replace("figid: " + RecordFixtures.G2B_NAME,
                    "figid: \"" + forged.replace("\n", "\\n").replace("\t", "\\t") + "\"");
            List<Finding> findings = RecordFixtures.check(text, RecordFixtures.G2B_NAME, RecordFixtures.G2_TABLES);
            assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("figid-format") && f.line() == 2),
                    () -> forged + ": " + findings.stream().map(Finding::toConsoleLine).toList());
        }
        assertTrue(RecordFixtures.check(RecordFixtures.G2B, RecordFixtures.G2B_NAME, RecordFixtures.G2_TABLES)
                .stream().noneMatch(f -> f.ruleId().equals("figid-format")));
    }
}
