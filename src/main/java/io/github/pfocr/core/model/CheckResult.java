package io.github.pfocr.core.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** This result with more findings (found beside the pass), all in report order and counted again. */
    public CheckResult plus(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        all.sort(Finding.ORDER);
        List<Finding> sorted = List.copyOf(all);
        return new CheckResult(sorted, figureFiles, generations, tableFiles, mapFiles, files, elapsed, baselined,
                staleBaseline, Counts.of(sorted), unselectedFigureFiles, selectionOnlyRules);
    }

    /**
     * Counts over the findings: everything the summary, the console and the writers count, computed once.
     *
     * @param bySeverity findings per severity (every severity present, zero included)
     * @param byRule findings per rule id, in id order
     * @param byFile findings per file, in report order
     * @param ruleSeverities the severities each rule was reported at, in id order
     * @param fileSeverities findings per severity of each file with findings (only the severities present), in
     *        report order
     * @param errorGroups the (file, rule) pairs with at least one error: the failing test cases of the JUnit report
     */
    public record Counts(Map<Severity, Long> bySeverity, Map<String, Long> byRule, Map<String, Long> byFile,
            Map<String, Set<Severity>> ruleSeverities, Map<String, Map<Severity, Long>> fileSeverities,
            long errorGroups) {
        public static Counts of(List<Finding> findings) {
            Map<Severity, Long> severity = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                severity.put(s, 0L);
            }
            Map<String, Long> rule = new TreeMap<>();
            Map<String, Long> file = new LinkedHashMap<>();
            Map<String, Set<Severity>> ruleSeverities = new TreeMap<>();
            Map<String, Map<Severity, Long>> fileSeverities = new LinkedHashMap<>();
            Set<List<String>> errorGroups = new HashSet<>();
            for (Finding f : findings) {
                severity.merge(f.severity(), 1L, Long::sum);
                rule.merge(f.ruleId(), 1L, Long::sum);
                file.merge(f.path(), 1L, Long::sum);
                ruleSeverities.computeIfAbsent(f.ruleId(), r -> EnumSet.noneOf(Severity.class)).add(f.severity());
                fileSeverities.computeIfAbsent(f.path(), p -> new EnumMap<>(Severity.class))
                        .merge(f.severity(), 1L, Long::sum);
                if (f.severity() == Severity.ERROR) {
                    errorGroups.add(List.of(f.path(), f.ruleId()));
                }
            }
            ruleSeverities.replaceAll((r, s) -> Collections.unmodifiableSet(s));
            fileSeverities.replaceAll((p, s) -> Collections.unmodifiableMap(s));
            return new Counts(Collections.unmodifiableMap(severity), Collections.unmodifiableMap(rule),
                    Collections.unmodifiableMap(file), Collections.unmodifiableMap(ruleSeverities),
                    Collections.unmodifiableMap(fileSeverities), errorGroups.size());
        }

        /** Findings of {@code severity} in {@code path}. */
        public long count(String path, Severity severity) {
            return fileSeverities.getOrDefault(path, Map.of()).getOrDefault(severity, 0L);
        }

        /** The files with an error or a warning (infos never need acting on), in report order. */
        public List<String> filesToActOn() {
            return fileSeverities.entrySet().stream().filter(e -> e.getValue().containsKey(Severity.ERROR)
                    || e.getValue().containsKey(Severity.WARNING)).map(Map.Entry::getKey).toList();
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
