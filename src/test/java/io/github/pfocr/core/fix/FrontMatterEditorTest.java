package io.github.pfocr.core.fix;

import io.github.pfocr.core.fix.Repair.Unrepairable;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.read.FrontMatterReader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Exact text of edits placed by the reader's offsets, in the awkward corners of YAML. */
class FrontMatterEditorTest {

    @Test
    void offsetsCountCharsAfterSurrogatePairsAndABom() throws Unrepairable {
        String text = "\uFEFF---\nfigtitle: \uD83D\uDE00 \uD835\uDC9C title\nfigtype: Scheme\n---\n";
        FrontMatterEditor e = editor(text);
        e.set(List.of("figtype"), "Figure", null);
        assertEquals(text.replace("Scheme", "Figure"), applied(e));
    }

    @Test
    void commentsAndQuotingOfOtherValuesStay() throws Unrepairable {
        String text = "---\n# head\nfigtype: 'Scheme' # why\nseo: \"CreativeWork\"\n---\n";
        FrontMatterEditor e = editor(text);
        e.set(List.of("figtype"), "Figure", null);
        assertEquals("---\n# head\nfigtype: Figure # why\nseo: \"CreativeWork\"\n---\n", applied(e));
    }

    @Test
    void aBlockScalarIsReplacedUpToItsLastLine() throws Unrepairable {
        String text = "---\ncaption: x\ndescription: |\n  old\n  text\n\nnext: 1\n---\n";
        FrontMatterEditor e = editor(text);
        e.set(List.of("description"), "x", null);
        assertEquals("---\ncaption: x\ndescription: x\n\nnext: 1\n---\n", applied(e));
    }

    @Test
    void anEmptyValueGetsItsSpace() throws Unrepairable {
        String text = "---\nndex:\nseo: CreativeWork\n---\n";
        FrontMatterEditor e = editor(text);
        e.set(List.of("ndex"), "", null);
        assertEquals("---\nndex: ''\nseo: CreativeWork\n---\n", applied(e));
    }

    @Test
    void flowMappingsGetQuotedValuesAndFlowLists() throws Unrepairable {
        String text = "---\nschema-jsonld: {'@id': old, keywords: [a], name: CreativeWork}\n---\n";
        FrontMatterEditor e = editor(text);
        e.set(List.of("schema-jsonld", "@id"), "new, value", null);
        e.setList(List.of("schema-jsonld", "keywords"), List.of("A", "B]"), null);
        assertEquals("---\nschema-jsonld: {'@id': 'new, value', keywords: ['A', 'B]'], name: CreativeWork}\n---\n",
                applied(e));
        assertThrows(Unrepairable.class, () -> e.set(List.of("schema-jsonld", "license"), "CC0", null));
    }

    @Test
    void indentedListsKeepTheirIndentation() throws Unrepairable {
        String text = "---\nschema-jsonld:\n    keywords:\n        - a\n        - b\n    name: x\n---\n";
        FrontMatterEditor e = editor(text);
        e.setList(List.of("schema-jsonld", "keywords"), List.of("b", "c"), null);
        assertEquals("---\nschema-jsonld:\n    keywords:\n        - b\n        - c\n    name: x\n---\n", applied(e));
    }

    @Test
    void itemsThatStayKeepTheirQuotingAndFolding() throws Unrepairable {
        String text = "---\nld:\n  keywords:\n  - \"EGFR\"\n  - '1956'\n  - a long\n    folded item\n  - gone\n---\n";
        FrontMatterEditor e = editor(text);
        e.setList(List.of("ld", "keywords"), List.of("1956", "EGFR", "new: one", "a long folded item"), null);
        assertEquals("---\nld:\n  keywords:\n  - '1956'\n  - \"EGFR\"\n  - 'new: one'\n  - a long\n    folded item\n---\n",
                applied(e));
    }

    @Test
    void newFieldsGoAfterTheirAnchorOrAtTheEnd() throws Unrepairable {
        String text = "---\na: 1\nb:\n- x\n# trailing comment of b\nc: 3\n---\n";
        FrontMatterEditor e = editor(text);
        e.set(List.of("n"), "after b", "b");
        e.set(List.of("w"), "WP1", null);
        assertEquals("---\na: 1\nb:\n- x\nn: after b\n# trailing comment of b\nc: 3\nw: WP1\n---\n", applied(e));
    }

    @Test
    void removeTakesTheWholeLines() throws Unrepairable {
        String text = "---\nld:\n  name: x\n  keywords:\n  - a\n  - b\nnext: 1\n---\n";
        FrontMatterEditor e = editor(text);
        e.remove(List.of("ld", "keywords"));
        assertEquals("---\nld:\n  name: x\nnext: 1\n---\n", applied(e));
    }

    @Test
    void aListValueIsNotOverwrittenByAString() {
        FrontMatterEditor e = editor("---\nfigtype:\n- a\n---\n");
        assertThrows(Unrepairable.class, () -> e.set(List.of("figtype"), "Figure", null));
    }

    private static FrontMatterEditor editor(String text) {
        FindingSink sink = new FindingSink("t.md");
        MapNode root = new FrontMatterReader(1 << 20).read(text.getBytes(StandardCharsets.UTF_8), sink);
        assertNotNull(root, sink.findings().toString());
        return new FrontMatterEditor(text, root);
    }

    private static String applied(FrontMatterEditor e) throws Unrepairable {
        String out = e.apply();
        FindingSink sink = new FindingSink("t.md");
        MapNode root = new FrontMatterReader(1 << 20).read(out.getBytes(StandardCharsets.UTF_8), sink);
        assertNotNull(root, out);
        assertEquals(List.of(), e.verify(root), out);
        return out;
    }
}
