package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.Suppression;

import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.rules.RuleRegistry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds inline suppression comments and applies them to a file's findings. */
public final class Suppressions {
    public static final Rule SUPPRESSION_UNUSED = Rule.warning("suppression-unused",
            "A '# pfocr-disable <rule-id>' comment names an unknown rule or suppresses nothing in its file.");

    private static final Pattern DIRECTIVE = Pattern.compile(
            "(?:^|\\s)(#\\s*pfocr-disable)(?:\\s++|\\s*+:\\s*+)([A-Za-z0-9-]++)");
    /** One more id of the list: a loop over this, as a repeated regex group recurses once per id. */
    private static final Pattern NEXT_ID = Pattern.compile("\\G\\s*+,\\s*+([A-Za-z0-9-]++)");

    private Suppressions() {
    }

    /** The suppression on one front-matter line, or null. */
    public static Suppression parse(String line, int lineNumber) {
        Matcher m = DIRECTIVE.matcher(line);
        if (!m.find()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        ids.add(m.group(2));
        Matcher next = NEXT_ID.matcher(line).region(m.end(), line.length());
        while (next.find()) {
            ids.add(next.group(1));
        }
        return new Suppression(lineNumber, m.start(1) + 1, List.copyOf(ids));
    }

    /**
     * Drops the findings the file's suppressions name and reports each named rule that suppressed nothing.
     *
     * @param byPath suppressions of the files that have any
     * @param settings configure the suppression-unused findings; a rule that is off does not report "suppresses
     *        nothing" on its own suppressions
     */
    public static List<Finding> apply(List<Finding> findings, Map<String, List<Suppression>> byPath,
            RuleSettings settings) {
        if (byPath.isEmpty()) {
            return findings;
        }
        Set<String> used = new HashSet<>();
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            List<Suppression> s = byPath.get(f.path());
            Suppression hit = s == null ? null
                    : s.stream().filter(x -> x.ruleIds().contains(f.ruleId())).findFirst().orElse(null);
            if (hit == null) {
                kept.add(f);
            } else {
                used.add(f.path() + '\t' + hit.line() + '\t' + f.ruleId());
            }
        }
        for (Map.Entry<String, List<Suppression>> e : byPath.entrySet()) {
            for (Suppression s : e.getValue()) {
                for (String id : s.ruleIds()) {
                    String message = RuleRegistry.byId(id) == null
                            ? "pfocr-disable names an unknown rule '" + id + "'" + RuleSettings.suggestions(id)
                            : settings.isOff(id) ? null
                            : used.contains(e.getKey() + '\t' + s.line() + '\t' + id) ? null
                            : "pfocr-disable " + id + " suppresses nothing: no " + id + " finding in this file";
                    Finding unused = message == null ? null : settings.apply(new Finding(e.getKey(), s.line(),
                            s.column(), SUPPRESSION_UNUSED.severity(), SUPPRESSION_UNUSED.id(), message, null, null, id));
                    if (unused != null) {
                        kept.add(unused);
                    }
                }
            }
        }
        return kept;
    }
}
