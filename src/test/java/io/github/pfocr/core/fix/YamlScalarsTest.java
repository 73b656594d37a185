package io.github.pfocr.core.fix;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;
import io.github.pfocr.core.read.FrontMatterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every rendered value reads back as the same string, as a mapping value and as a list item, adding nothing. */
class YamlScalarsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain words", "yes", "No", "on", "1956", "0123", "1.5", "~", "null", "2019-01-01",
        "a: b", "a #b", "#x", "- x", "-x", "[x]", "{x}", "x, y", "'q'", "\"d\"", " lead", "trail ", "line\nbreak",
        "cr\rhere", "tab\there", "\u0001ctl", "del\u007f", "ls\u2028ps\u2029", "nel\u0085", "bom\uFEFF", "emoji \uD83D\uDE00",
        "x:", "@at", "`bt", "%pct", "! tag", "&anchor", "*alias", "|", ">", "?", ":", ",", "=", "<<", "back\\slash",
        "it's", "---", "...", "a\n---\nb: c", ".na.character", "NA"})
    void readsBackAsTheSameString(String value) {
        String rendered = YamlScalars.render(value);
        MapNode root = read("---\nk: " + rendered + "\nlist:\n- " + rendered + "\n- next\nflow: ["
                + YamlScalars.quoted(value) + ", next]\nend: 1\n---\n");
        assertEquals(List.of("k", "list", "flow", "end"), root.entries().stream().map(e -> e.key().value()).toList());
        assertString(value, root.get("k"));
        SeqNode list = (SeqNode) root.get("list");
        assertEquals(2, list.items().size());
        assertString(value, list.items().get(0));
        SeqNode flow = (SeqNode) root.get("flow");
        assertEquals(2, flow.items().size());
        assertString(value, flow.items().get(0));
    }

    @Test
    void generatorStyleWherePossible() {
        assertEquals("/figures/PMC1__F2", YamlScalars.render("/figures/PMC1__F2"));
        assertEquals("Graphical abstract", YamlScalars.render("Graphical abstract"));
        assertEquals("''", YamlScalars.render(""));
        assertEquals("'2019'", YamlScalars.render("2019"));
        assertEquals("'it''s: x'", YamlScalars.render("it's: x"));
        assertEquals("\"a\\nb\\x01\\u2028\"", YamlScalars.render("a\nb\u0001\u2028"));
    }

    private static void assertString(String expected, Object node) {
        ScalarNode s = (ScalarNode) node;
        assertEquals(expected, s.value());
        assertEquals(true, s.isString(), "a string, not " + s.describe());
    }

    private static MapNode read(String text) {
        FindingSink sink = new FindingSink("t.md");
        MapNode root = new FrontMatterReader(1 << 20).read(text.getBytes(StandardCharsets.UTF_8), sink);
        assertNotNull(root, sink.findings().toString());
        assertEquals(List.of(), sink.findings());
        return root;
    }
}
