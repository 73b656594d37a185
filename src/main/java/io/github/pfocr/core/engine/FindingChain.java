package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.BaselineEntry;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.model.Suppression;
import io.github.pfocr.core.rules.Suppressions;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The one place a rule hit becomes a reported finding: the file's inline suppressions, then the rule settings
 * (off, or the severity in force), then the baseline. Each file's hits go in; the verdict comes out.
 */
final class FindingChain {
    private final RuleSettings settings;
    private final Baseline baseline;
    private final List<Finding> kept = new ArrayList<>();

    /** @param baseline the known findings to leave out, or null */
    FindingChain(RuleSettings settings, Baseline baseline) {
        this.settings = settings;
        this.baseline = baseline;
    }

    /**
     * Judges one file's hits; call in path order.
     *
     * @param figid the figid the file belongs to, or null
     */
    void file(String path, String figid, List<RuleHit> hits, List<Suppression> suppressions) {
        int from = kept.size();
        for (RuleHit h : Suppressions.apply(hits, suppressions, settings::isOff)) {
            Severity severity = settings.severity(h.rule());
            if (severity != null) {
                kept.add(h.toFinding(path, figid, severity));
            }
        }
        kept.subList(from, kept.size()).sort(Finding.ORDER);
    }

    /**
     * The verdict: the findings to report, in report order, and what the baseline took.
     *
     * @param covered the baseline entries this run can judge (a partial run does not cover every file and rule)
     */
    Baseline.Match verdict(Predicate<BaselineEntry> covered) {
        List<Finding> all = List.copyOf(kept);
        return baseline == null ? new Baseline.Match(all, 0, List.of()) : baseline.match(all, covered);
    }
}
