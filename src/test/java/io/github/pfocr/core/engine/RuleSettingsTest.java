package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleSettingsTest {
    private static Finding finding(String rule, Severity severity) {
        return new Finding("_figures/a.md", 3, 7, severity, rule, "m", "PMC1__a", null, "v");
    }

    @Test
    void commandLineListIsParsedInOrder() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("figlink-format", "off");
        expected.put("keywords-duplicate", "error");
        assertEquals(expected, RuleSettings.parseList(" figlink-format:off, keywords-duplicate:error ,"));
        assertEquals(Map.of(), RuleSettings.parseList(""));
        CheckConfigurationException e = assertThrows(CheckConfigurationException.class,
                () -> RuleSettings.parseList("figlink-format"));
        assertEquals("pfocr.rules: expected <rule-id>:<error|warning|info|off>, found 'figlink-format'", e.getMessage());
    }

    @Test
    void overridesChangeSeverityAndOffDropsTheFinding() {
        RuleSettings s = RuleSettings.of(Map.of("figlink-format", "off", "keywords-duplicate", "error",
                "figid-filename", "warning"));
        assertNull(s.apply(finding("figlink-format", Severity.WARNING)));
        assertEquals(Severity.ERROR, s.apply(finding("keywords-duplicate", Severity.WARNING)).severity());
        Finding demoted = s.apply(finding("figid-filename", Severity.ERROR));
        assertEquals(Severity.WARNING, demoted.severity());
        assertEquals("figid-filename", demoted.ruleId());
        assertEquals(3, demoted.line());
        Finding untouched = finding("year-empty", Severity.WARNING);
        assertSame(untouched, s.apply(untouched));
    }

    @Test
    void anUnknownRuleIdNamesTheClosestKnownOnes() {
        CheckConfigurationException e = assertThrows(CheckConfigurationException.class,
                () -> RuleSettings.of(Map.of("figlink-formt", "off")));
        assertEquals("unknown rule id 'figlink-formt' (did you mean figlink-format or figid-format?)", e.getMessage());
        e = assertThrows(CheckConfigurationException.class, () -> RuleSettings.of(Map.of("zzzzzzzzzzzzzzzz", "off")));
        assertEquals("unknown rule id 'zzzzzzzzzzzzzzzz'; see README.md for the rule ids", e.getMessage());
    }

    @Test
    void anUnknownSeverityIsRejected() {
        CheckConfigurationException e = assertThrows(CheckConfigurationException.class,
                () -> RuleSettings.of(Map.of("figlink-format", "fatal")));
        assertEquals("rule figlink-format: unknown severity 'fatal' (expected error, warning, info or off)", e.getMessage());
    }

    @Test
    void levenshtein() {
        assertEquals(0, RuleSettings.distance("abc", "abc"));
        assertEquals(1, RuleSettings.distance("figlink-formt", "figlink-format"));
        assertEquals(3, RuleSettings.distance("kitten", "sitting"));
    }
}
