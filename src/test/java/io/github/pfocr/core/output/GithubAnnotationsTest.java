package io.github.pfocr.core.output;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** GitHub Actions workflow commands: exact lines, the runner's escaping, the cap per severity. */
class GithubAnnotationsTest {
    private static final String RESULT = "target/pfocr/check-result.json";

    private static Finding error(String path, int line, String message) {
        return new Finding(path, line, 2, Severity.ERROR, "figid-filename", message, null, null, null);
    }

    private static Finding warning(String path, int line, String message) {
        return new Finding(path, line, 4, Severity.WARNING, "figlink-format", message, null, null, null);
    }

    @Test
    void oneLinePerFindingInOrder() {
        List<Finding> findings = List.of(
                error("_figures/PMC1__a.md", 3, "figid: expected 'PMC1__a', found 'PMC1__b'"),
                warning("_figures/PMC1__a.md", 7, "figlink: expected /pmc/articles/PMC1/figure/F1/"));
        assertEquals(List.of(
                "::error file=_figures/PMC1__a.md,line=3,col=2,title=figid-filename::"
                        + "figid: expected 'PMC1__a', found 'PMC1__b'",
                "::warning file=_figures/PMC1__a.md,line=7,col=4,title=figlink-format::"
                        + "figlink: expected /pmc/articles/PMC1/figure/F1/"),
                GithubAnnotations.lines(findings, 10, RESULT));
    }

    @Test
    void escapesAsTheRunnerUnescapes() {
        Finding f = error("_figures/a, b: 100% é.md", 1, "50% off: a, b\r\nnext | line é");
        assertEquals(List.of("::error file=_figures/a%2C b%3A 100%25 é.md,line=1,col=2,title=figid-filename::"
                + "50%25 off: a, b\\r\\nnext | line é"), GithubAnnotations.lines(List.of(f), 10, RESULT),
                "a line break never reaches the runner, not even as %0A");

        assertEquals("%250A%25\\r\\n:,", GithubAnnotations.escapeData("%0A%\r\n:,"));
        assertEquals("%250A%25\\r\\n%3A%2C", GithubAnnotations.escapeProperty("%0A%\r\n:,"));
        assertEquals("\\u2028\\u001B[31m\\u0085", GithubAnnotations.escapeData("\u2028\u001B[31m\u0085"));
        assertEquals("%253A", GithubAnnotations.escapeProperty("%3A"), "% first: an escape is not unescaped twice");
        assertEquals("", GithubAnnotations.escapeData(""));
    }

    @Test
    void capsEachSeverityAndSaysHowManyMore() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            findings.add(error("_figures/e.md", i, "error " + i));
            if (i <= 3) {
                findings.add(warning("_figures/w.md", i, "warning " + i));
            }
        }
        assertEquals(List.of(
                "::error file=_figures/e.md,line=1,col=2,title=figid-filename::error 1",
                "::warning file=_figures/w.md,line=1,col=4,title=figlink-format::warning 1",
                "::error file=_figures/e.md,line=2,col=2,title=figid-filename::error 2",
                "::warning file=_figures/w.md,line=2,col=4,title=figlink-format::warning 2",
                "::error title=pfocr::3 more error(s) not annotated; see target/pfocr/check-result.json",
                "::warning title=pfocr::1 more warning(s) not annotated; see target/pfocr/check-result.json"),
                GithubAnnotations.lines(findings, 2, RESULT));

        assertEquals(List.of(
                "::error file=_figures/e.md,line=1,col=2,title=figid-filename::error 1",
                "::warning file=_figures/w.md,line=1,col=4,title=figlink-format::warning 1",
                "::error file=_figures/e.md,line=2,col=2,title=figid-filename::error 2",
                "::warning file=_figures/w.md,line=2,col=4,title=figlink-format::warning 2",
                "::error file=_figures/e.md,line=3,col=2,title=figid-filename::error 3",
                "::warning file=_figures/w.md,line=3,col=4,title=figlink-format::warning 3",
                "::error title=pfocr::2 more error(s) not annotated; see 100%25 done\\nx.json"),
                GithubAnnotations.lines(findings, 3, "100% done\nx.json"), "only the severity over the cap");

        assertEquals(List.of("::error title=pfocr::5 more error(s) not annotated; see " + RESULT,
                "::warning title=pfocr::3 more warning(s) not annotated; see " + RESULT),
                GithubAnnotations.lines(findings, 0, RESULT));
        assertEquals(List.of(), GithubAnnotations.lines(List.of(), 10, RESULT));
        assertThrows(IllegalArgumentException.class, () -> GithubAnnotations.lines(findings, -1, RESULT));
    }
}
