package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.rules.RuleRegistry;
import io.github.pfocr.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleSettingsTest {
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
        assertNull(s.severity(RuleRegistry.byId("figlink-format")));
        assertTrue(s.isOff("figlink-format"));
        assertEquals(Severity.ERROR, s.severity(RuleRegistry.byId("keywords-duplicate")));
        assertEquals(Severity.WARNING, s.severity(RuleRegistry.byId("figid-filename")));
        assertEquals(RuleRegistry.byId("year-empty").severity(), s.severity(RuleRegistry.byId("year-empty")));
        assertFalse(s.isOff("year-empty"));
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
        assertEquals(0, RuleRegistry.distance("abc", "abc"));
        assertEquals(1, RuleRegistry.distance("figlink-formt", "figlink-format"));
        assertEquals(3, RuleRegistry.distance("kitten", "sitting"));
    }
}
