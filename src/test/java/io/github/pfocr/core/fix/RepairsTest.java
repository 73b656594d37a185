package io.github.pfocr.core.fix;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.rules.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which findings pfocr:fix takes on, by rule and level. */
class RepairsTest {

    private static Finding finding(String rule, Severity severity) {
        return new Finding("_figures/a.md", 3, 1, severity, rule, "m", "a", "x", "y");
    }

    @Test
    void everyRepairBelongsToARegisteredRule() {
        for (String id : Repairs.ruleIds()) {
            assertNotNull(RuleRegistry.byId(id), id);
        }
    }

    @Test
    void byDefaultWarningsAndErrorsOfRulesWithARepair() {
        assertTrue(Repairs.selected(finding("figlink-format", Severity.WARNING), Set.of()));
        assertTrue(Repairs.selected(finding("figtype-number", Severity.ERROR), Set.of()));
        assertFalse(Repairs.selected(finding("year-format", Severity.ERROR), Set.of()));
    }

    @Test
    void namedRulesLimitTheSelection() {
        assertTrue(Repairs.selected(finding("figlink-format", Severity.WARNING), Set.of("figlink-format")));
        assertFalse(Repairs.selected(finding("figtype-number", Severity.ERROR), Set.of("figlink-format")));
    }

    @Test
    void planningOrderPutsTheMapValueAfterTheEmptyNdex() {
        assertTrue(Repairs.order("ndex-present") < Repairs.order("ndex-map"));
        assertEquals(Integer.MAX_VALUE, Repairs.order("year-format"));
    }
}
