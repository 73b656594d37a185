package io.github.pfocr.maven;

import io.github.pfocr.core.check.CheckConfigurationException;
import io.github.pfocr.core.check.CheckResult;
import io.github.pfocr.core.check.CheckRunner;
import io.github.pfocr.core.finding.Finding;
import io.github.pfocr.core.finding.Severity;
import io.github.pfocr.core.record.Generation;
import io.github.pfocr.core.report.CheckResultJsonWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Checks every figure record of a PFOCR data repository, its entity tables and map files; prints each finding as
 * {@code path:line:col}, writes {@code check-result.json} and fails the build on errors.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractPfocrMojo {

    /** Fail the build when errors are found. */
    @Parameter(property = "pfocr.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Fail the build when warnings are found. */
    @Parameter(property = "pfocr.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Skips this goal only. */
    @Parameter(property = "pfocr.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCheck) {
            getLog().info("pfocr: check skipped");
            return;
        }
        CheckResult result;
        try {
            result = CheckRunner.run(checkRequest());
        } catch (CheckConfigurationException e) {
            throw new MojoExecutionException("pfocr: " + e.getMessage(), e);
        }
        for (Finding f : result.findings()) {
            if (f.severity() == Severity.ERROR) {
                getLog().error(f.toConsoleLine());
            } else {
                getLog().warn(f.toConsoleLine());
            }
        }
        Path resultFile = outputDirectory.toPath().resolve("check-result.json");
        try {
            CheckResultJsonWriter.write(result, resultFile);
        } catch (IOException e) {
            throw new MojoExecutionException("pfocr: could not write " + resultFile + ": " + e.getMessage(), e);
        }
        getLog().info(summary(result));
        boolean errors = result.errors() > 0;
        boolean warnings = result.warnings() > 0;
        if (errors && failOnError || warnings && failOnWarning) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "pfocr:check found %d error(s) and %d warning(s) in %d figure file(s); see %s",
                    result.errors(), result.warnings(), result.figureFiles(), display(resultFile)));
        }
        if (errors) {
            getLog().warn("pfocr: errors found but not failing the build (failOnError=false)");
        }
    }

    static String summary(CheckResult r) {
        String generations = Arrays.stream(Generation.values())
                .map(g -> g.label() + " " + r.generations().getOrDefault(g, 0))
                .collect(Collectors.joining(", ")) + ", unreadable " + r.unreadable();
        return String.format(Locale.ROOT, "pfocr: checked %d figure file(s) (%s), %d table(s), %d map file(s): "
                + "%d error(s), %d warning(s) in %.1f s", r.figureFiles(), generations, r.tableFiles(), r.mapFiles(),
                r.errors(), r.warnings(), r.elapsed().toMillis() / 1000.0);
    }
}
