package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.Rule;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README.md documents every rule id with its default severity, and nothing that is not a rule. */
class ReadmeRulesTest {
    /** A rule's row: its anchor (the SARIF helpUri and the site report link to it), id and default severity. */
    private static final Pattern ROW = Pattern.compile(
            "^\\| (?:<a id=\"rule-([a-z0-9-]+)\"></a>)?`([a-z0-9-]+)` \\| (error|warning|info) \\|", Pattern.MULTILINE);

    @Test
    void readmeListsEveryRuleWithItsSeverity() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        Map<String, String> documented = new TreeMap<>();
        Matcher m = ROW.matcher(readme);
        while (m.find()) {
            assertEquals(RuleDocs.anchor(m.group(2)), "rule-" + m.group(1), "the row of " + m.group(2)
                    + " starts with its anchor");
            documented.put(m.group(2), m.group(3));
        }
        Map<String, String> rules = new TreeMap<>();
        RuleRegistry.all().forEach(r -> rules.put(r.id(), r.severity().label()));
        assertEquals(rules, documented);
    }

    @Test
    void ruleIdsAreKebabCase() {
        for (Rule r : RuleRegistry.all()) {
            assertTrue(r.id().matches("[a-z0-9]+(-[a-z0-9]+)*"), r.id());
            assertTrue(!r.description().isBlank(), r.id());
        }
    }
}
