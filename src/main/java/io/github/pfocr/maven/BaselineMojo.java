package io.github.pfocr.maven;

import io.github.pfocr.core.engine.Baseline;
import io.github.pfocr.core.model.BaselineEntry;
import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.model.CheckResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes the baseline ({@code pfocr-baseline.json}): every current finding's fingerprint, so that {@code check}
 * then reports and fails only on new findings. Run it again to drop the entries that have been fixed. This goal
 * writes into the project directory; commit the file.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractPfocrMojo {

    /** Skips this goal only. */
    @Parameter(property = "pfocr.baseline.skip", defaultValue = "false")
    private boolean skipBaseline;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip || skipBaseline) {
            getLog().info("pfocr: baseline skipped");
            return;
        }
        CheckResult result = runCheckUnfiltered();
        Path file = baselineFile.toPath();
        Baseline next = Baseline.of(result.findings());
        try {
            String change = "";
            if (baselineInside() && baselineFile.isFile()) {
                Baseline previous = Baseline.read(file, maxBaselineSize);
                Baseline.Match old = previous.match(result.findings(), covered(result));
                next = previous.updatedBy(result.findings(), covered(result));
                int dropped = old.stale().stream().mapToInt(BaselineEntry::count).sum();
                change = String.format(Locale.ROOT, " (%d new, %d fixed and dropped%s)", old.newFindings().size(),
                        dropped, result.partial() ? "; entries of what this partial run did not check are kept" : "");
            }
            next.write(file);
            getLog().info(String.format(Locale.ROOT, "pfocr: baseline of %d finding(s) in %d entr(ies) written to %s%s",
                    next.entries().stream().mapToInt(BaselineEntry::count).sum(), next.entries().size(),
                    display(file), change));
        } catch (IOException | CheckConfigurationException e) {
            throw new MojoExecutionException("pfocr: could not write the baseline " + display(file) + ": "
                    + e.getMessage(), e);
        }
    }
}
