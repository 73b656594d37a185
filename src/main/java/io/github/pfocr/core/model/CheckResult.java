package io.github.pfocr.core.model;


import java.time.Duration;
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
 */
public record CheckResult(List<Finding> findings, int figureFiles, Map<Generation, Integer> generations,
        int tableFiles, int mapFiles, List<String> files, Duration elapsed) {

    /** The same run with other findings (e.g. those left after a baseline). */
    public CheckResult withFindings(List<Finding> other) {
        return new CheckResult(other, figureFiles, generations, tableFiles, mapFiles, files, elapsed);
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
