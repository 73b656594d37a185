package io.github.pfocr.core.output;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the console shows of a run's findings: one line per finding up to a limit per rule, then one line per rule
 * counting the rest, so repeated findings do not drown the others. Infos are counted, not listed, unless asked
 * for. The reports always carry every finding.
 */
public final class ConsoleLines {

    /** One console line and the severity it is logged at. */
    public record Line(Severity severity, String text) {
    }

    private ConsoleLines() {
    }

    /**
     * @param showInfo list info findings too
     * @param maxPerRule findings of one rule listed before the rest are counted; 0 lists all
     * @param reportFile the report named in the counting lines
     */
    public static List<Line> of(List<Finding> findings, boolean showInfo, int maxPerRule, String reportFile) {
        if (maxPerRule < 0) {
            throw new IllegalArgumentException("maxPerRule must not be negative: " + maxPerRule);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> shown = new HashMap<>();
        Map<String, Integer> hidden = new LinkedHashMap<>();
        Map<String, Severity> severityOf = new HashMap<>();
        int infos = 0;
        for (Finding f : findings) {
            if (f.severity() == Severity.INFO && !showInfo) {
                infos++;
                continue;
            }
            int n = shown.merge(f.ruleId(), 1, Integer::sum);
            if (maxPerRule == 0 || n <= maxPerRule) {
                lines.add(new Line(f.severity(), f.toConsoleLine()));
            } else {
                hidden.merge(f.ruleId(), 1, Integer::sum);
                severityOf.merge(f.ruleId(), f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        hidden.forEach((rule, n) -> lines.add(new Line(severityOf.get(rule), "pfocr: [" + rule + "] " + n
                + " more finding(s) not listed (limit " + maxPerRule + " per rule, pfocr.maxFindingsPerRule); all are in "
                + reportFile)));
        if (infos > 0) {
            lines.add(new Line(Severity.INFO, "pfocr: " + infos + " info finding(s) not listed (-Dpfocr.showInfo "
                    + "lists them); all are in " + reportFile));
        }
        return lines;
    }
}
