package io.github.pfocr.maven;

import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.output.ToolInfo;
import io.github.pfocr.core.rules.RuleDocs;
import io.github.pfocr.core.rules.RuleRegistry;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lists every rule id with its default level and description, from the same rule index as the README and the SARIF
 * report; with {@code -Ddetail}, also each rule's compliant and non-compliant example and its documentation link.
 * Needs no project: {@code mvn io.github.pfocr:pfocr-maven-plugin:rules} works anywhere.
 */
@Mojo(name = "rules", requiresProject = false, threadSafe = true)
public class RulesMojo extends AbstractMojo {

    /** Also print each rule's examples and documentation link. */
    @Parameter(property = "detail", defaultValue = "false")
    private boolean detail;

    /** Skips every pfocr goal. */
    @Parameter(property = "pfocr.skip", defaultValue = "false")
    private boolean skip;

    /** Skips this goal only. */
    @Parameter(property = "pfocr.rules.skip", defaultValue = "false")
    private boolean skipRules;

    @Override
    public void execute() {
        if (skip || skipRules) {
            getLog().info("pfocr: rules skipped");
            return;
        }
        lines(RuleRegistry.all(), detail).forEach(getLog()::info);
    }

    /** One line per rule, {@code id  level  description}, ids padded to one column. */
    static List<String> lines(List<Rule> rules, boolean detail) {
        int width = rules.stream().mapToInt(r -> r.id().length()).max().orElse(0);
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "pfocr: %d rules (id, default level, what it checks):", rules.size()));
        for (Rule r : rules) {
            out.add(String.format(Locale.ROOT, "%-" + width + "s  %-7s  %s", r.id(), r.severity().label(),
                    r.description()));
            RuleDocs.Examples e = RuleDocs.examples(r.id());
            if (detail && e != null) {
                out.add("    compliant:     " + e.compliant().replace("\n", "\n                   "));
                out.add("    non-compliant: " + e.nonCompliant().replace("\n", "\n                   "));
                out.add("    " + ToolInfo.ruleUri(r.id()));
            }
        }
        return out;
    }
}
