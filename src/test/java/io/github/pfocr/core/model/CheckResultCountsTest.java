package io.github.pfocr.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The counts every writer reads, computed once from the findings. */
class CheckResultCountsTest {

    private static Finding f(String path, int line, Severity severity, String rule) {
        return new Finding(path, line, 1, severity, rule, "made-up message", null, null, null);
    }

    @Test
    void countsPerSeverityRuleFileAndErrorGroup() {
        CheckResult.Counts c = CheckResult.Counts.of(List.of(
                f("_figures/b.md", 1, Severity.ERROR, "year-format"),
                f("_figures/b.md", 2, Severity.ERROR, "year-format"),
                f("_figures/b.md", 3, Severity.WARNING, "figlink-format"),
                f("_figures/b.md", 4, Severity.ERROR, "figlink-format"),
                f("_figures/a.md", 1, Severity.INFO, "organisms-scalar"),
                f("_figures/c.md", 1, Severity.WARNING, "figlink-format")));

        assertEquals(Map.of(Severity.ERROR, 3L, Severity.WARNING, 2L, Severity.INFO, 1L), c.bySeverity());
        assertEquals(List.of("figlink-format", "organisms-scalar", "year-format"), List.copyOf(c.byRule().keySet()));
        assertEquals(3L, c.byRule().get("figlink-format"));
        assertEquals(List.of(Severity.ERROR, Severity.WARNING), List.copyOf(c.ruleSeverities().get("figlink-format")));
        assertEquals(Set.of(Severity.INFO), c.ruleSeverities().get("organisms-scalar"));
        assertEquals(List.of("_figures/b.md", "_figures/a.md", "_figures/c.md"), List.copyOf(c.byFile().keySet()));
        assertEquals(3L, c.count("_figures/b.md", Severity.ERROR));
        assertEquals(1L, c.count("_figures/b.md", Severity.WARNING));
        assertEquals(0L, c.count("_figures/a.md", Severity.ERROR));
        assertEquals(0L, c.count("_figures/none.md", Severity.INFO));
        assertEquals(List.of("_figures/b.md", "_figures/c.md"), c.filesToActOn(), "infos need no action");
        assertEquals(2, c.errorGroups(), "b.md [year-format] and b.md [figlink-format]");
    }

    @Test
    void noFindingsCountZeroForEverySeverity() {
        CheckResult.Counts c = CheckResult.Counts.of(List.of());
        assertEquals(Map.of(Severity.ERROR, 0L, Severity.WARNING, 0L, Severity.INFO, 0L), c.bySeverity());
        assertEquals(0, c.errorGroups());
        assertEquals(List.of(), c.filesToActOn());
    }
}
