package io.github.pfocr.core.model;


import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The outcome of one run: every finding in report order and the counts the summary prints.
 *
 * @param figureFiles figure files checked
 * @param generations figure files per detected generation (files that could not be parsed are not counted)
 * @param tableFiles entity tables checked
 * @param mapFiles map files checked
 * @param files every file checked (figures, tables, maps), relative to the base directory, in path order
 * @param unselectedFigureFiles figure files that exist but were left out by includes/excludes (0: a full run)
 * @param selectionOnlyRules on a partial run, the cross-file rules that compared only the selected records (they
 *        need every record); empty on a full run
 */
public record CheckResult(List<Finding> findings, int figureFiles, Map<Generation, Integer> generations,
        int tableFiles, int mapFiles, List<String> files, Duration elapsed, int unselectedFigureFiles,
        List<String> selectionOnlyRules) {

    /** A full run. */
    public CheckResult(List<Finding> findings, int figureFiles, Map<Generation, Integer> generations, int tableFiles,
            int mapFiles, List<String> files, Duration elapsed) {
        this(findings, figureFiles, generations, tableFiles, mapFiles, files, elapsed, 0, List.of());
    }

    /** The same run with other findings (e.g. those left after a baseline). */
    public CheckResult withFindings(List<Finding> other) {
        return new CheckResult(other, figureFiles, generations, tableFiles, mapFiles, files, elapsed,
                unselectedFigureFiles, selectionOnlyRules);
    }

    /** Whether includes/excludes left some figure files out. */
    public boolean partial() {
        return unselectedFigureFiles > 0;
    }

    /**
     * Whether this run would have found a finding of {@code ruleId} in {@code path} if there were one: always on a
     * full run; on a partial run only in a checked file and for a rule that does not need every record. A baseline
     * entry this run does not cover is neither fixed nor dropped.
     */
    public boolean covers(String path, String ruleId) {
        return !partial() || Collections.binarySearch(files, path) >= 0 && !selectionOnlyRules.contains(ruleId);
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    /** Figure files that yielded no record (not text, no front matter, invalid YAML). */
    public int unreadable() {
        return figureFiles - generations.values().stream().mapToInt(Integer::intValue).sum();
    }

    public long errors() {
        return count(Severity.ERROR);
    }

    public long warnings() {
        return count(Severity.WARNING);
    }

    public long infos() {
        return count(Severity.INFO);
    }
}
