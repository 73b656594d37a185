package io.github.pfocr.maven;

import io.github.pfocr.core.check.CheckResult;
import io.github.pfocr.core.report.CheckResultJsonWriter;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

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

    /** Errors tolerated before the build fails (checkstyle's maxAllowedViolations); with failOnError. */
    @Parameter(property = "pfocr.maxAllowedErrors", defaultValue = "0")
    private int maxAllowedErrors;

    /** Warnings tolerated before the build fails; with failOnWarning. */
    @Parameter(property = "pfocr.maxAllowedWarnings", defaultValue = "0")
    private int maxAllowedWarnings;

    /** Skips this goal only. */
    @Parameter(property = "pfocr.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCheck) {
            getLog().info("pfocr: check skipped");
            return;
        }
        CheckResult result = runCheck();
        Path resultFile = outputDirectory.toPath().resolve("check-result.json");
        try {
            CheckResultJsonWriter.write(result, resultFile);
        } catch (IOException e) {
            throw new MojoExecutionException("pfocr: could not write " + resultFile + ": " + e.getMessage(), e);
        }
        getLog().info(summary(result));
        String perRule = countsPerRule(result);
        if (perRule != null) {
            getLog().info(perRule);
        }
        boolean errors = result.errors() > 0;
        boolean warnings = result.warnings() > 0;
        if (failOnError && result.errors() > maxAllowedErrors || failOnWarning && result.warnings() > maxAllowedWarnings) {
            throw new MojoFailureException(String.format(Locale.ROOT,
                    "pfocr:check found %d error(s) and %d warning(s) in %d figure file(s); see %s",
                    result.errors(), result.warnings(), result.figureFiles(), display(resultFile)));
        }
        if (errors || warnings && failOnWarning) {
            getLog().warn(String.format(Locale.ROOT, "pfocr: not failing the build: %d error(s) (failOnError=%s, "
                    + "maxAllowedErrors=%d), %d warning(s) (failOnWarning=%s, maxAllowedWarnings=%d)", result.errors(),
                    failOnError, maxAllowedErrors, result.warnings(), failOnWarning, maxAllowedWarnings));
        }
    }
}
