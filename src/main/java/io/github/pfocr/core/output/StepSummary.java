package io.github.pfocr.core.output;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A Markdown section for GitHub's job summary ({@code $GITHUB_STEP_SUMMARY}): the counts, findings per rule and the
 * files with the most findings. Deterministic: ties are broken by rule id and path.
 */
public final class StepSummary {

    private StepSummary() {
    }

    /**
     * The section, ending in a newline.
     *
     * @param topFiles how many files to list at most (0 for none)
     */
    public static String markdown(CheckResult result, int topFiles) {
        if (topFiles < 0) {
            throw new IllegalArgumentException("topFiles must not be negative: " + topFiles);
        }
        StringBuilder md = new StringBuilder();
        md.append("## pfocr check\n\n");
        md.append("Checked ").append(result.files().size()).append(" file(s) (")
                .append(result.figureFiles()).append(" figure file(s), ")
                .append(result.tableFiles()).append(" table(s), ")
                .append(result.mapFiles()).append(" map file(s)): ")
                .append(result.errors()).append(" error(s), ")
                .append(result.warnings()).append(" warning(s), ")
                .append(result.infos()).append(" info.\n");
        List<Finding> findings = result.findings();
        if (findings.isEmpty()) {
            md.append("\nNo findings.\n");
            return md.toString();
        }

        Map<String, RuleCount> rules = new TreeMap<>();
        Map<String, FileCount> files = new LinkedHashMap<>();
        for (Finding f : findings) {
            RuleCount r = rules.computeIfAbsent(f.ruleId(), id -> new RuleCount());
            r.count++;
            r.severities.add(f.severity());
            if (f.severity() == Severity.INFO) {
                continue; // the worst files are those with something to act on
            }
            FileCount c = files.computeIfAbsent(f.path(), p -> new FileCount());
            if (f.severity() == Severity.ERROR) {
                c.errors++;
            } else {
                c.warnings++;
            }
        }

        md.append("\n| rule | severity | findings |\n|---|---|---:|\n");
        List<Map.Entry<String, RuleCount>> byCount = new ArrayList<>(rules.entrySet());
        byCount.sort(Comparator.comparingLong((Map.Entry<String, RuleCount> e) -> e.getValue().count).reversed()
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, RuleCount> e : byCount) {
            String severity = e.getValue().severities.stream().map(Severity::label)
                    .collect(Collectors.joining(", "));
            md.append("| ").append(code(e.getKey())).append(" | ").append(cell(severity)).append(" | ")
                    .append(e.getValue().count).append(" |\n");
        }

        if (topFiles > 0) {
            List<Map.Entry<String, FileCount>> worst = new ArrayList<>(files.entrySet());
            worst.sort(Comparator.comparingLong((Map.Entry<String, FileCount> e) -> e.getValue().errors).reversed()
                    .thenComparing(Comparator.comparingLong(
                            (Map.Entry<String, FileCount> e) -> e.getValue().warnings).reversed())
                    .thenComparing(Map.Entry::getKey));
            md.append("\n| file | errors | warnings |\n|---|---:|---:|\n");
            for (Map.Entry<String, FileCount> e : worst.subList(0, Math.min(topFiles, worst.size()))) {
                md.append("| ").append(code(e.getKey())).append(" | ").append(e.getValue().errors).append(" | ")
                        .append(e.getValue().warnings).append(" |\n");
            }
            if (worst.size() > topFiles) {
                md.append("\n").append(topFiles).append(" of ").append(worst.size())
                        .append(" files with findings shown.\n");
            }
        }
        return md.toString();
    }

    /** A table cell's text: {@linkplain Printable#escape printable}, and {@code |} would end the cell. */
    static String cell(String s) {
        return Printable.escape(s).replace("|", "\\|");
    }

    /**
     * A table cell as a code span, so that {@code _} and {@code *} in paths stay literal. The fence is one backtick
     * longer than the longest run inside; GitHub's tables unescape {@code \|} inside code spans too.
     */
    static String code(String s) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            run = s.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = longest > 0 ? " " : "";
        return fence + pad + cell(s) + pad + fence;
    }

    private static final class RuleCount {
        long count;
        final Set<Severity> severities = EnumSet.noneOf(Severity.class);
    }

    private static final class FileCount {
        long errors;
        long warnings;
    }
}
