package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.BaselineEntry;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check of some records only ({@code pfocr.includes}): it never calls an existing file absent, says which
 * cross-file rules saw only the selection, and neither reports nor drops baseline entries of what it left out.
 */
class PartialRunTest {
    private static final String WPID_FIGURE = "_figures/PMC9100008__fcell-12-1345678-g005.md";
    private static final String OTHER_G2 = "_figures/PMC9100007__41598_2024_55123_Fig3_HTML.md";
    private static final String WPID_TITLE = "figtitle: Invented EGFR to ERK relay with two made-up kinase inhibitors";
    private static final String OTHER_TITLE = "figtitle: Fictional TNF and IL-6 loop during an invented septic response";
    private static final String OTHER_G2_GENES = "_data/PMC9100007__41598_2024_55123_Fig3_HTML-genes.tsv";

    @TempDir
    Path repo;

    @BeforeEach
    void copySample() throws IOException {
        TestData.copySampleTo(repo);
    }

    private CheckResult run(String... includes) {
        CheckRequest d = CheckRequest.defaults(repo);
        return CheckRunner.run(new CheckRequest(d.baseDirectory(), d.figuresDirectory(), d.dataDirectory(),
                d.downloadDirectory(), includes.length == 0 ? d.includes() : List.of(includes), d.excludes(),
                d.wpidMapFile(), d.ndexMapFile(), d.maxFileSize(), 1, d.ruleSettings()));
    }

    private static String lines(List<Finding> findings) {
        return findings.stream().map(f -> "\n  " + f.toConsoleLine()).collect(Collectors.joining());
    }

    @Test
    void tablesAndMapEntriesOfUnselectedFiguresAreNotOrphans() {
        CheckResult partial = run("PMC9100001*.md");
        assertTrue(partial.partial());
        assertEquals(8, partial.unselectedFigureFiles());
        List<Finding> orphans = partial.findings().stream()
                .filter(f -> f.ruleId().equals("tsv-orphan") || f.ruleId().equals("map-orphan")).toList();
        assertEquals(List.of(), orphans, () -> lines(orphans));
        assertFalse(partial.files().contains(OTHER_G2_GENES), "tables of unselected figures are not checked");
        assertTrue(partial.files().contains("_data/wpid_map.tsv"));
    }

    @Test
    void aRealOrphanIsStillReportedOnAPartialRun() throws IOException {
        Files.writeString(repo.resolve("_data/PMC9100099__gone-genes.tsv"),
                Files.readString(repo.resolve(OTHER_G2_GENES)), StandardCharsets.UTF_8);
        Files.writeString(repo.resolve("_data/wpid_map.tsv"), "PMC9100008__fcell-12-1345678-g005\tWP9901\n"
                + "PMC9100098__gone\tWP9902\n", StandardCharsets.UTF_8);
        CheckResult partial = run("PMC9100001*.md");
        List<String> rules = partial.findings().stream().map(f -> f.ruleId() + " " + f.path() + ":" + f.line())
                .filter(s -> s.contains("orphan")).sorted().toList();
        assertEquals(List.of("map-orphan _data/wpid_map.tsv:2", "tsv-orphan _data/PMC9100099__gone-genes.tsv:1"),
                rules);
        assertTrue(partial.findings().stream().anyMatch(f -> f.message().contains(
                "expected a figure _figures/PMC9100098__gone.md for this entry, found none")));
    }

    @Test
    void aPartialRunNamesTheRulesThatSawOnlyTheSelection() {
        CheckResult full = run();
        assertFalse(full.partial());
        assertEquals(List.of(), full.selectionOnlyRules());
        CheckResult partial = run("PMC9100008*.md");
        assertTrue(partial.selectionOnlyRules().containsAll(List.of("figid-unique", "gene-id-symbol", "wpid-map")),
                partial.selectionOnlyRules()::toString);
        assertFalse(partial.selectionOnlyRules().contains("tsv-orphan"));
        assertTrue(partial.covers(WPID_FIGURE, "figid-format"));
        assertFalse(partial.covers(WPID_FIGURE, "figid-unique"), "a rule needing every record proves nothing here");
        assertFalse(partial.covers(OTHER_G2, "figid-format"), "an unselected file proves nothing");
        assertTrue(full.covers(OTHER_G2, "figid-unique"));
    }

    @Test
    void baselineEntriesOfUncheckedFilesAreNeitherFixedNorDropped() throws IOException {
        // Two findings: one in a selected record, one in a record a partial run leaves out.
        edit(WPID_FIGURE, WPID_TITLE, "figtitle: Tiny");
        edit(OTHER_G2, OTHER_TITLE, "figtitle: Tiny");
        CheckResult full = run();
        Baseline baseline = Baseline.of(full.findings());
        List<String> baselinedPaths = baseline.entries().stream().map(BaselineEntry::path).distinct().toList();
        assertTrue(baselinedPaths.contains(OTHER_G2) && baselinedPaths.contains(WPID_FIGURE), baselinedPaths::toString);

        CheckResult partial = run("PMC9100008*.md");
        Baseline.Match match = baseline.match(partial.findings(), e -> partial.covers(e.path(), e.rule()));
        assertEquals(List.of(), match.newFindings());
        assertEquals(List.of(), match.stale(), "nothing was fixed; the partial run only did not look");
        // Without the run's coverage the left-out record's entries would look fixed.
        assertFalse(baseline.match(partial.findings()).stale().isEmpty());

        Baseline updated = baseline.updatedBy(partial.findings(), e -> partial.covers(e.path(), e.rule()));
        assertEquals(baseline.entries(), updated.entries(), "pfocr:baseline on a selection keeps the rest");
        // A full run after that still has no new findings.
        assertEquals(List.of(), updated.match(run().findings()).newFindings());
    }

    @Test
    void theCheckWithABaselineReportsNoEntryOfAnUncheckedFileAsFixed() throws IOException {
        edit(WPID_FIGURE, WPID_TITLE, "figtitle: Tiny");
        edit(OTHER_G2, OTHER_TITLE, "figtitle: Tiny");
        Baseline baseline = Baseline.of(run().findings());
        CheckRequest d = CheckRequest.defaults(repo);
        CheckRequest partial = new CheckRequest(d.baseDirectory(), d.figuresDirectory(), d.dataDirectory(),
                d.downloadDirectory(), List.of("PMC9100008*.md"), d.excludes(), d.wpidMapFile(), d.ndexMapFile(),
                d.maxFileSize(), 1, d.ruleSettings()).withBaseline(baseline);
        CheckResult r = CheckRunner.run(partial);
        assertEquals(List.of(), r.findings(), () -> lines(r.findings()));
        assertEquals(List.of(), r.staleBaseline());
        assertTrue(r.baselined() > 0);
        CheckResult full = CheckRunner.run(d.withBaseline(baseline));
        assertEquals(List.of(), full.staleBaseline());
        edit(OTHER_G2, "figtitle: Tiny", OTHER_TITLE);
        assertEquals(List.of(OTHER_G2), CheckRunner.run(d.withBaseline(baseline)).staleBaseline().stream()
                .map(BaselineEntry::path).distinct().toList(), "a full run still finds the fix");
    }

    @Test
    void aFixInTheSelectionIsStillStaleAndDropped() throws IOException {
        edit(WPID_FIGURE, WPID_TITLE, "figtitle: Tiny");
        edit(OTHER_G2, OTHER_TITLE, "figtitle: Tiny");
        Baseline baseline = Baseline.of(run().findings());
        edit(WPID_FIGURE, "figtitle: Tiny", WPID_TITLE);
        CheckResult partial = run("PMC9100008*.md");
        Baseline.Match match = baseline.match(partial.findings(), e -> partial.covers(e.path(), e.rule()));
        assertEquals(List.of(WPID_FIGURE), match.stale().stream().map(BaselineEntry::path).distinct().toList());
        Baseline updated = baseline.updatedBy(partial.findings(), e -> partial.covers(e.path(), e.rule()));
        assertTrue(updated.entries().stream().noneMatch(e -> e.path().equals(WPID_FIGURE)));
        assertTrue(updated.entries().stream().anyMatch(e -> e.path().equals(OTHER_G2)));
    }

    private void edit(String rel, String from, String to) throws IOException {
        Path p = repo.resolve(rel);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), rel + " lacks " + from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), to), StandardCharsets.UTF_8);
    }
}
