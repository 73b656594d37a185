package io.github.pfocr.maven;

import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.fix.FixRequest;
import io.github.pfocr.core.fix.FixResult;
import io.github.pfocr.core.fix.FixRunner;
import io.github.pfocr.core.fix.Repairs;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.model.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Repairs, in place, every finding whose correct value follows from other data (figid_alias, redirect_from,
 * figtype, schema-jsonld '@id' and description, keywords, figlink slashes, a scalar organisms, ndex and wpid from
 * the map files), the way {@code spotless:apply} repairs formatting. Only the repaired values' lines change.
 * Not bound to a phase: run {@code mvn pfocr:fix}, review the change, commit it.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractPfocrMojo {

    /**
     * The rules to repair, a comma list of rule ids; empty repairs every rule with a repair at warning or error
     * level. A rule at info level is repaired only when named here.
     */
    @Parameter(property = "pfocr.fix.rules")
    private String fixRules;

    /** Change nothing; print the unified diff of what would change. */
    @Parameter(property = "pfocr.fix.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Skips this goal only. */
    @Parameter(property = "pfocr.fix.skip", defaultValue = "false")
    private boolean skipFix;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip || skipFix) {
            getLog().info("pfocr: fix skipped");
            return;
        }
        FixResult result;
        try {
            FixRequest request = new FixRequest(checkRequest(), ruleIds(), dryRun);
            // The check as pfocr:check runs it: the same cache (unchanged files are not read again) and the
            // _config.yml check, whose findings are listed among those without a repair.
            result = FixRunner.run(request, runCheckUnfiltered());
        } catch (CheckConfigurationException e) {
            throw new MojoExecutionException("pfocr: " + e.getMessage(), e);
        }
        for (FixResult.FileFix f : result.files()) {
            String rules = f.repaired().stream().map(Finding::ruleId).distinct().collect(Collectors.joining(", "));
            if (dryRun) {
                getLog().info("pfocr: would fix " + Printable.escape(f.path()) + " (" + rules + "):");
                f.diff().forEach(getLog()::info);
            } else {
                getLog().info("pfocr: fixed " + Printable.escape(f.path()) + " (" + rules + ")");
            }
        }
        Set<Finding> repaired = new HashSet<>();
        result.files().forEach(f -> repaired.addAll(f.repaired()));
        Set<Finding> failed = new HashSet<>();
        for (FixResult.Unrepaired u : result.unrepaired()) {
            failed.add(u.finding());
            getLog().warn(u.finding().toConsoleLine() + " (not repaired: "
                    + Printable.escape(u.reason()) + ")");
        }
        long others = 0;
        for (Finding f : result.check().findings()) {
            if (!repaired.contains(f) && !failed.contains(f)
                    && (f.severity() == Severity.ERROR || f.severity() == Severity.WARNING)) {
                others++;
                getLog().warn(f.toConsoleLine() + " (no automatic repair)");
            }
        }
        getLog().info(String.format(Locale.ROOT, "pfocr: %s %d finding(s) in %d file(s); %d could not be repaired, "
                + "%d other finding(s) have no automatic repair%s", dryRun ? "would fix" : "fixed",
                result.repairedCount(), result.files().size(), result.unrepaired().size(), others,
                dryRun ? " (dry run: nothing was written)" : ""));
    }

    private Set<String> ruleIds() {
        Set<String> ids = new LinkedHashSet<>();
        if (fixRules != null) {
            for (String id : fixRules.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.trim());
                }
            }
        }
        return ids;
    }

    /** "Run 'mvn pfocr:fix' ..." for check's failure message, or "" when no reported finding has a repair. */
    static String fixHint(Iterable<Finding> findings) {
        int n = 0;
        for (Finding f : findings) {
            if (Repairs.selected(f, Set.of())) {
                n++;
            }
        }
        return n == 0 ? "" : ". Run 'mvn pfocr:fix' to repair " + n + " of them.";
    }
}
