package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.ScalarType;
import io.github.pfocr.core.model.SeqNode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.pfocr.core.rules.RecordFixtures.G1B;
import static io.github.pfocr.core.rules.RecordFixtures.G1B_NAME;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** entity-duplicate compares items as their key=value texts, though it no longer builds those texts. */
class EntityItemTextTest {

    private static ScalarNode scalar(String v) {
        return new ScalarNode(v, ScalarType.STRING, true, 1, 1, 0, 0);
    }

    private static MapNode item(Object... keyValue) {
        List<MapNode.Entry> entries = new ArrayList<>();
        for (int i = 0; i < keyValue.length; i += 2) {
            Object v = keyValue[i + 1];
            entries.add(new MapNode.Entry(scalar((String) keyValue[i]), v instanceof Node n ? n : scalar((String) v)));
        }
        return new MapNode(List.copyOf(entries), 1, 1, 0, 0);
    }

    /** The texts the check compared before: one "key=value" string per entry. */
    private static List<String> joined(MapNode m) {
        return m.entries().stream().map(e -> e.key().value() + "="
                + (e.value() instanceof ScalarNode s ? s.value() : e.value())).toList();
    }

    @Test
    void itemsAreTheSameExactlyWhenTheirKeyValueTextsAre() {
        SeqNode list = new SeqNode(List.of(scalar("x")), 1, 1, 0, 0);
        List<MapNode> items = List.of(
                item("word", "EGFR", "entrez", "1956"),
                item("word", "EGFR", "entrez", "1956"),
                item("word", "EGFR", "entrez", "1957"),
                item("entrez", "1956", "word", "EGFR"),
                item("word", "EGFR"),
                // The same text split elsewhere: "a=b=c" either way.
                item("a=b", "c"),
                item("a", "b=c"),
                item("a=b=", "c"),
                item("a", "b==c"),
                item("a", "b=", "c", ""),
                item("a", "b=c="),
                item("=", ""),
                item("", "="),
                item("", ""),
                item("word", list),
                item("word", new SeqNode(List.of(scalar("x")), 1, 1, 0, 0)),
                item("word", new SeqNode(List.of(scalar("y")), 1, 1, 0, 0)),
                item());
        int same = 0;
        for (MapNode a : items) {
            for (MapNode b : items) {
                List<String> ta = EntityListCheck.itemText(a.entries());
                List<String> tb = EntityListCheck.itemText(b.entries());
                assertEquals(joined(a).equals(joined(b)), ta.equals(tb), joined(a) + " vs " + joined(b));
                if (ta.equals(tb)) {
                    assertEquals(ta.hashCode(), tb.hashCode());
                    same += a == b ? 0 : 1;
                }
            }
        }
        // EGFR 1956 twice, a=b=c, a=b==c, == and the two [x] lists: five pairs, each counted both ways.
        assertEquals(10, same);
    }

    @Test
    void keysInAnotherOrderOrWithEqualsSignsAreStillFoundAndCompared() {
        String reordered = "- entrez: '1956'\n  word: EGFR\n  symbol: EGFR\n  source: hgnc_symbol\n"
                + "  hgnc_symbol: EGFR\n";
        String splitA = "- word=EGFR: x\n  symbol: EGFR\n  source: hgnc_symbol\n  hgnc_symbol: EGFR\n  entrez: '1'\n";
        String splitB = "- word: EGFR=x\n  symbol: EGFR\n  source: hgnc_symbol\n  hgnc_symbol: EGFR\n  entrez: '1'\n";
        String text = G1B.replace("genes:\n", "genes:\n" + reordered + splitA + splitB);
        List<Finding> findings = RecordFixtures.check(text, G1B_NAME, Map.of());
        List<String> dups = findings.stream().filter(f -> f.ruleId().equals("entity-duplicate"))
                .map(Finding::message).toList();
        // The reordered item is not the same as the valid EGFR item after it; the two split texts are.
        long line = text.substring(0, text.indexOf("- word=EGFR")).chars().filter(c -> c == '\n').count() + 1;
        assertEquals(List.of("genes[3]: repeats genes[2] (line " + line + ") exactly"), dups);
        // A reordered item has every key: only the one with word=EGFR as a key breaks entity-keys.
        List<String> keys = findings.stream().filter(f -> f.ruleId().equals("entity-keys"))
                .map(Finding::message).toList();
        assertEquals(1, keys.size(), keys.toString());
    }
}
