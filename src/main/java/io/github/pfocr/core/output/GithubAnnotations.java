package io.github.pfocr.core.output;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.model.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Actions workflow commands ({@code ::error file=...::message}) that put findings on the pull request's
 * changed lines. GitHub shows only a few annotations of each kind per step, so the number per severity is capped and
 * one closing line per severity tells how many were left out.
 */
public final class GithubAnnotations {

    private GithubAnnotations() {
    }

    /**
     * The workflow commands for these findings, in their order.
     *
     * @param maxPerSeverity at most this many annotations of each severity
     * @param resultFile the report with every finding, named in the line about those left out
     */
    public static List<String> lines(List<Finding> findings, int maxPerSeverity, String resultFile) {
        if (maxPerSeverity < 0) {
            throw new IllegalArgumentException("maxPerSeverity must not be negative: " + maxPerSeverity);
        }
        Map<Severity, Integer> seen = new EnumMap<>(Severity.class);
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            int n = seen.merge(f.severity(), 1, Integer::sum);
            if (n <= maxPerSeverity) {
                lines.add(line(f));
            }
        }
        for (Severity s : Severity.values()) {
            int more = seen.getOrDefault(s, 0) - maxPerSeverity;
            if (more > 0) {
                lines.add("::" + s.annotationCommand() + " title=pfocr::" + escapeData(more + " more " + s.label()
                        + "(s) not annotated; see " + resultFile));
            }
        }
        return lines;
    }

    /** One finding as {@code ::error file=<path>,line=<l>,col=<c>,title=<rule>::<message>}. */
    static String line(Finding f) {
        return "::" + f.severity().annotationCommand() + " file=" + escapeProperty(f.path()) + ",line=" + f.line() + ",col="
                + f.column() + ",title=" + escapeProperty(f.ruleId()) + "::" + escapeData(f.message());
    }

    /**
     * The message of a command: {@linkplain Printable#escape printable} (no line break can end the command and
     * start another), then {@code %} escaped as the runner un-escapes it.
     */
    public static String escapeData(String s) {
        if (s == null) {
            return "";
        }
        return Printable.escape(s).replace("%", "%25");
    }

    /** A property value of a command: as {@link #escapeData}, plus {@code :} and {@code ,}. */
    public static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
