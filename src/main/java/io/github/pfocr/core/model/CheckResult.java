package io.github.pfocr.core.model;


import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of one run: every reported finding in report order and the counts the writers and the summary use,
 * each computed once.
 *
 * @param findings the findings reported: configured, not suppressed, not in the baseline
 * @param figureFiles figure files checked
 * @param generations figure files per detected generation (files that could not be parsed are not counted)
 * @param tableFiles entity tables checked
 * @param mapFiles map files checked
 * @param files every file checked (figures, tables, maps), relative to the base directory, in path order
 * @param baselined findings left out because the baseline lists them
 * @param staleBaseline baseline entries no finding matched any more (fixed since); on a partial run only those of
 *        what it checked
 * @param unselectedFigureFiles figure files that exist but were left out by includes/excludes (0: a full run)
 * @param selectionOnlyRules on a partial run, the cross-file rules that compared only the selected records (they
 *        need every record); empty on a full run
 */
public record CheckResult(List<Finding> findings, int figureFiles, Map<Generation, Integer> generations,
        int tableFiles, int mapFiles, List<String> files, Duration elapsed, int baselined,
        List<BaselineEntry> staleBaseline, Counts counts, int unselectedFigureFiles, List<String> selectionOnlyRules) {

    /**
     * Counts over the findings.
     *
     * @param bySeverity findings per severity (every severity present, zero included)
     * @param byRule findings per rule id, in id order
     * @param byFile findings per file, in report order
     */
    public record Counts(Map<Severity, Long> bySeverity, Map<String, Long> byRule, Map<String, Long> byFile) {
        public static Counts of(List<Finding> findings) {
            Map<Severity, Long> severity = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                severity.put(s, 0L);
            }
            Map<String, Long> rule = new TreeMap<>();
            Map<String, Long> file = new LinkedHashMap<>();
            for (Finding f : findings) {
                severity.merge(f.severity(), 1L, Long::sum);
                rule.merge(f.ruleId(), 1L, Long::sum);
                file.merge(f.path(), 1L, Long::sum);
            }
            return new Counts(Collections.unmodifiableMap(severity), Collections.unmodifiableMap(rule),
                    Collections.unmodifiableMap(file));
        }
    }

    /** A result without a baseline; the counts are computed here. */
    public CheckResult(List<Finding> findings, int figureFiles, Map<Generation, Integer> generations,
            int tableFiles, int mapFiles, List<String> files, Duration elapsed) {
        this(findings, figureFiles, generations, tableFiles, mapFiles, files, elapsed, 0, List.of(),
                Counts.of(findings), 0, List.of());
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
        return counts.bySeverity().get(severity);
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
