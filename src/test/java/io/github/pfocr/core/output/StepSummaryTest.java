package io.github.pfocr.core.output;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Generation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Markdown job summary. */
class StepSummaryTest {

    private static Finding f(String path, int line, Severity severity, String rule) {
        return new Finding(path, line, 1, severity, rule, "message | with pipe", null, null, null);
    }

    private static CheckResult result(List<Finding> findings) {
        return new CheckResult(findings, 3, Map.of(Generation.G2B, 3), 1, 0,
                List.of("_data/x.tsv", "_figures/a|b.md", "_figures/c_d.md", "_figures/é.md"), Duration.ofSeconds(5));
    }

    private static final List<Finding> FINDINGS = List.of(
            f("_data/x.tsv", 1, Severity.WARNING, "tsv-whitespace"),
            f("_figures/a|b.md", 1, Severity.ERROR, "figid-filename"),
            f("_figures/a|b.md", 2, Severity.WARNING, "figlink-format"),
            f("_figures/c_d.md", 3, Severity.WARNING, "figlink-format"),
            f("_figures/c_d.md", 4, Severity.ERROR, "figlink-format"),
            f("_figures/é.md", 1, Severity.ERROR, "yaml-syntax"),
            f("_figures/é.md", 2, Severity.ERROR, "figid-filename"));

    @Test
    void countsPerRuleAndTheWorstFiles() {
        assertEquals("""
                ## pfocr check

                Checked 4 file(s) (3 figure file(s), 1 table(s), 0 map file(s)): 4 error(s), 3 warning(s), 0 info.

                | rule | severity | findings |
                |---|---|---:|
                | `figlink-format` | error, warning | 3 |
                | `figid-filename` | error | 2 |
                | `tsv-whitespace` | warning | 1 |
                | `yaml-syntax` | error | 1 |

                | file | errors | warnings |
                |---|---:|---:|
                | `_figures/é.md` | 2 | 0 |
                | `_figures/a\\|b.md` | 1 | 1 |
                | `_figures/c_d.md` | 1 | 1 |

                3 of 4 files with findings shown.
                """, StepSummary.markdown(result(FINDINGS), 3));
    }

    @Test
    void allFilesWhenTheyFitAndNoneWhenZero() {
        String all = StepSummary.markdown(result(FINDINGS), 10);
        assertTrue(all.endsWith("""
                | `_figures/c_d.md` | 1 | 1 |
                | `_data/x.tsv` | 0 | 1 |
                """), all);
        String none = StepSummary.markdown(result(FINDINGS), 0);
        assertTrue(none.endsWith("| `yaml-syntax` | error | 1 |\n"), none);
        List<Finding> reversed = new ArrayList<>(FINDINGS);
        Collections.reverse(reversed);
        assertEquals(StepSummary.markdown(result(FINDINGS), 3), StepSummary.markdown(result(reversed), 3),
                "the order of findings does not matter");
        assertThrows(IllegalArgumentException.class, () -> StepSummary.markdown(result(FINDINGS), -1));
    }

    @Test
    void infosAreCountedButDoNotMakeAFileOneOfTheWorst() {
        List<Finding> findings = new ArrayList<>(FINDINGS);
        findings.add(f("_figures/z.md", 1, Severity.INFO, "organisms-placeholder"));
        String md = StepSummary.markdown(result(findings), 10);
        assertTrue(md.contains("4 error(s), 3 warning(s), 1 info."), md);
        assertTrue(md.contains("| `organisms-placeholder` | info | 1 |"), md);
        assertFalse(md.contains("`_figures/z.md`"), md);
    }

    @Test
    void noFindings() {
        assertEquals("""
                ## pfocr check

                Checked 4 file(s) (3 figure file(s), 1 table(s), 0 map file(s)): 0 error(s), 0 warning(s), 0 info.

                No findings.
                """, StepSummary.markdown(result(List.of()), 10));
    }

    @Test
    void cellsAndCodeSpans() {
        assertEquals("a\\|b\\r\\nc\\nd", StepSummary.cell("a|b\r\nc\nd"));
        assertEquals("`a_b*c`", StepSummary.code("a_b*c"));
        assertEquals("`` a`b ``", StepSummary.code("a`b"));
        assertEquals("``` ``a` ```", StepSummary.code("``a`"));
    }
}
