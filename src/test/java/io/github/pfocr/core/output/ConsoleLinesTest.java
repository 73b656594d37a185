package io.github.pfocr.core.output;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The console lists findings up to a limit per rule, then counts the rest; infos only when asked. */
class ConsoleLinesTest {
    private static Finding f(String path, Severity severity, String rule) {
        return new Finding(path, 3, 1, severity, rule, "message", null, null, null);
    }

    private static final String REPORT = "target/pfocr/check-result.json";

    @Test
    void repeatedFindingsOfOneRuleAreSummarisedAfterTheLimit() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            findings.add(f("_data/t" + i + ".tsv", Severity.WARNING, "tsv-missing"));
        }
        findings.add(f("_figures/a.md", Severity.ERROR, "figid-filename"));
        List<ConsoleLines.Line> lines = ConsoleLines.of(findings, false, 2, REPORT);
        assertEquals(List.of(
                new ConsoleLines.Line(Severity.WARNING, "_data/t1.tsv:3:1: warning [tsv-missing] message"),
                new ConsoleLines.Line(Severity.WARNING, "_data/t2.tsv:3:1: warning [tsv-missing] message"),
                new ConsoleLines.Line(Severity.ERROR, "_figures/a.md:3:1: error [figid-filename] message"),
                new ConsoleLines.Line(Severity.WARNING, "pfocr: [tsv-missing] 2 more finding(s) not listed (limit 2 "
                        + "per rule, pfocr.maxFindingsPerRule); all are in " + REPORT)), lines);
        assertEquals(6, ConsoleLines.of(findings, false, 0, REPORT).size() + 1, "0 lists every finding");
    }

    @Test
    void infosAreCountedUnlessShown() {
        List<Finding> findings = List.of(f("_figures/a.md", Severity.INFO, "organisms-scalar"),
                f("_figures/b.md", Severity.INFO, "organisms-scalar"));
        assertEquals(List.of(new ConsoleLines.Line(Severity.INFO, "pfocr: 2 info finding(s) not listed "
                + "(-Dpfocr.showInfo lists them); all are in " + REPORT)), ConsoleLines.of(findings, false, 20, REPORT));
        assertEquals(List.of(new ConsoleLines.Line(Severity.INFO, "_figures/a.md:3:1: info [organisms-scalar] message"),
                new ConsoleLines.Line(Severity.INFO, "_figures/b.md:3:1: info [organisms-scalar] message")),
                ConsoleLines.of(findings, true, 20, REPORT));
    }

    @Test
    void aNegativeLimitIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ConsoleLines.of(List.of(), false, -1, REPORT));
    }
}
