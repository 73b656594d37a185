package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every rule has a compliant and a non-compliant example, and the examples file names no other rule. */
class RuleDocsTest {

    @Test
    void everyRuleHasTwoDifferentExamplesAndNoExampleIsOrphaned() {
        Set<String> ids = new TreeSet<>();
        for (Rule r : RuleRegistry.all()) {
            ids.add(r.id());
            RuleDocs.Examples e = RuleDocs.examples(r.id());
            assertTrue(e != null, "no examples for " + r.id());
            assertFalse(e.compliant().isBlank(), r.id());
            assertFalse(e.nonCompliant().isBlank(), r.id());
            assertNotEquals(e.compliant(), e.nonCompliant(), r.id());
        }
        assertEquals(ids, new TreeSet<>(RuleDocs.all().keySet()));
    }

    @Test
    void helpCarriesTheDescriptionAndBothExamples() {
        Rule rule = RuleRegistry.byId("figtype-number");
        assertEquals(rule.description() + "\n\nCompliant:\n    number: F2\n    figtype: Figure\n\nNon-compliant:\n"
                + "    number: F2\n    figtype: Scheme", RuleDocs.helpText(rule));
        assertEquals("**figtype-number** (default error): " + rule.description() + "\n\nCompliant:\n\n```\n"
                + "number: F2\nfigtype: Figure\n```\n\nNon-compliant:\n\n```\nnumber: F2\nfigtype: Scheme\n```",
                RuleDocs.helpMarkdown(rule));
        assertEquals("rule-figtype-number", RuleDocs.anchor("figtype-number"));
        assertEquals(List.of("word", "src", "mesh", "chebi"),
                List.of(RuleDocs.examples("tsv-header").nonCompliant().split("\t")), "\\t stands for a tab");
    }
}
