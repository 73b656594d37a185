package io.github.pfocr.core.output;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.model.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        if (result.findings().isEmpty()) {
            md.append("\nNo findings.\n");
            return md.toString();
        }
        CheckResult.Counts counts = result.counts();

        md.append("\n| rule | severity | findings |\n|---|---|---:|\n");
        List<Map.Entry<String, Long>> byCount = new ArrayList<>(counts.byRule().entrySet());
        byCount.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Long> e : byCount) {
            String severity = counts.ruleSeverities().get(e.getKey()).stream().map(Severity::label)
                    .collect(Collectors.joining(", "));
            md.append("| ").append(code(e.getKey())).append(" | ").append(cell(severity)).append(" | ")
                    .append(e.getValue()).append(" |\n");
        }

        if (topFiles > 0) {
            // The worst files are those with something to act on: errors first, then warnings.
            List<String> worst = new ArrayList<>(counts.filesToActOn());
            worst.sort(Comparator.comparingLong((String p) -> counts.count(p, Severity.ERROR)).reversed()
                    .thenComparing(Comparator.comparingLong((String p) -> counts.count(p, Severity.WARNING))
                            .reversed())
                    .thenComparing(Comparator.naturalOrder()));
            md.append("\n| file | errors | warnings |\n|---|---:|---:|\n");
            for (String p : worst.subList(0, Math.min(topFiles, worst.size()))) {
                md.append("| ").append(code(p)).append(" | ").append(counts.count(p, Severity.ERROR)).append(" | ")
                        .append(counts.count(p, Severity.WARNING)).append(" |\n");
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
}
