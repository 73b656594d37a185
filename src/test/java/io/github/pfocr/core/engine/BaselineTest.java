package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.BaselineEntry;
import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Fingerprint;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineTest {
    private static final String RECORD = "_figures/PMC9100004__cells-09-0456-g002.md";

    @TempDir
    Path repo;

    private List<Finding> check() {
        return CheckRunner.run(CheckRequest.defaults(repo)).findings();
    }

    private void edit(String from, String to) throws Exception {
        Path file = repo.resolve(RECORD);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void fingerprintsIgnoreLinesButNotValues() {
        Finding a = new Finding("_figures/a.md", 3, 7, Severity.ERROR, "figtype-number", "m1", "PMC1__a", "Figure",
                "Scheme");
        Finding moved = new Finding("_figures/a.md", 30, 9, Severity.ERROR, "figtype-number", "m1 at line 30",
                "PMC1__a", "Figure", "Scheme");
        Finding otherValue = new Finding("_figures/a.md", 3, 7, Severity.ERROR, "figtype-number", "m1", "PMC1__a",
                "Figure", "Diagram");
        assertEquals(Fingerprint.of(a), Fingerprint.of(moved));
        assertNotEquals(Fingerprint.of(a), Fingerprint.of(otherValue));
        Finding noValue = new Finding("_figures/a.md", 2, 1, Severity.ERROR, "field-required",
                "expected field 'doi' at line 2", "PMC1__a", null, null);
        Finding noValueMoved = new Finding("_figures/a.md", 5, 1, Severity.ERROR, "field-required",
                "expected field 'doi' at line 5", "PMC1__a", null, null);
        assertEquals(Fingerprint.of(noValue), Fingerprint.of(noValueMoved));
        assertEquals(32, Fingerprint.of(a).length());
    }

    @Test
    void aBaselinedFindingSurvivesAnEditElsewhereAndDiesWhenFixed() throws Exception {
        TestData.copySampleTo(repo);
        edit("figtype: Figure", "figtype: Scheme");
        Baseline baseline = Baseline.of(check());
        assertEquals(2, baseline.entries().size(), "the edit's error and the sample's warning");

        // An unrelated edit above the finding moves it down a line: still baselined.
        edit("---\nfigid:", "---\n# a comment added later\nfigid:");
        Baseline.Match match = baseline.match(check());
        assertEquals(List.of(), match.newFindings());
        assertEquals(2, match.baselined());
        assertEquals(List.of(), match.stale());

        // A new defect is new; fixing the old one makes its entry stale.
        edit("figtype: Scheme", "figtype: Figure");
        edit("year: '2020'", "year: 2020");
        match = baseline.match(check());
        assertEquals(List.of("field-type"), match.newFindings().stream().map(Finding::ruleId).toList());
        assertEquals(List.of("figtype-number"), match.stale().stream().map(BaselineEntry::rule).toList());
        assertEquals(1, match.baselined());
    }

    @Test
    void identicalFindingsAreCountedNotCollapsed() {
        Finding f = new Finding("_figures/a.md", 3, 7, Severity.WARNING, "organisms-placeholder", "m", "PMC1__a",
                null, "NA");
        Finding g = new Finding("_figures/a.md", 4, 7, Severity.WARNING, "organisms-placeholder", "m", "PMC1__a",
                null, "NA");
        Baseline b = Baseline.of(List.of(f, g));
        assertEquals(1, b.entries().size());
        assertEquals(2, b.entries().get(0).count());
        Finding third = new Finding("_figures/a.md", 5, 7, Severity.WARNING, "organisms-placeholder", "m", "PMC1__a",
                null, "NA");
        assertEquals(List.of(third), b.match(List.of(f, g, third)).newFindings());
        assertEquals(1, b.match(List.of(f)).stale().get(0).count());
    }

    @Test
    void writesAndReadsBackTheSameEntriesInAStableOrder() throws Exception {
        Finding f = new Finding("_figures/b.md", 3, 7, Severity.WARNING, "keywords-na", "m1", "PMC1__b", null, "NA");
        Finding g = new Finding("_figures/a.md", 4, 7, Severity.ERROR, "figid-format", "m2", null, null, "x");
        Path file = repo.resolve("pfocr-baseline.json");
        Baseline.of(List.of(f, g)).write(file);
        Baseline read = Baseline.read(file, Baseline.DEFAULT_MAX_SIZE);
        assertEquals(Baseline.of(List.of(g, f)).entries(), read.entries());
        assertEquals("_figures/a.md", read.entries().get(0).path());
        byte[] first = Files.readAllBytes(file);
        read.write(file);
        assertEquals(new String(first), Files.readString(file));
    }

    @Test
    void anUnreadableBaselineIsAConfigurationError() throws Exception {
        Path file = repo.resolve("pfocr-baseline.json");
        Files.writeString(file, "{\"formatVersion\": 7, \"findings\": []}");
        CheckConfigurationException e = assertThrows(CheckConfigurationException.class, () -> Baseline.read(file, Baseline.DEFAULT_MAX_SIZE));
        assertTrue(e.getMessage().endsWith("expected formatVersion 1"), e.getMessage());
        Files.writeString(file, "{not json");
        assertThrows(CheckConfigurationException.class, () -> Baseline.read(file, Baseline.DEFAULT_MAX_SIZE));
    }

    @Test
    void aBaselineLargerThanItsLimitIsNotRead() throws Exception {
        Path file = repo.resolve("pfocr-baseline.json");
        Baseline.of(List.of(new Finding("_figures/a.md", 4, 7, Severity.ERROR, "figid-format", "m2", null, null,
                "x"))).write(file);
        long size = Files.size(file);
        assertEquals(1, Baseline.read(file, size).entries().size());
        CheckConfigurationException e = assertThrows(CheckConfigurationException.class,
                () -> Baseline.read(file, size - 1));
        assertEquals("baseline " + file + " is larger than maxBaselineSize (pfocr.maxBaselineSize) of " + (size - 1)
                + " bytes; not read (raise the limit, or delete the file and run mvn pfocr:baseline to write it anew)",
                e.getMessage());
    }
}
