package io.github.pfocr.maven;

import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.output.AtomicFiles;
import io.github.pfocr.core.output.GithubAnnotations;
import io.github.pfocr.core.output.ReportFormat;
import io.github.pfocr.core.output.StepSummary;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;

/**
 * Checks every figure record of a PFOCR data repository, its entity tables and map files; prints each finding as
 * {@code path:line:col}, writes {@code check-result.json} and fails the build on errors.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractPfocrMojo {
    /** Files listed in the step summary. */
    private static final int TOP_FILES = 10;

    /** Where check-result.json and the other reports are written. */
    @Parameter(property = "pfocr.outputDirectory", defaultValue = "${project.build.directory}/pfocr")
    private File outputDirectory;

    /** Reports to write besides check-result.json: a comma list of json, sarif, junit. */
    @Parameter(property = "pfocr.outputFormats", defaultValue = "json")
    private List<String> outputFormats;

    /** Print GitHub Actions workflow commands; on by itself when GITHUB_ACTIONS=true. */
    @Parameter(property = "pfocr.githubAnnotations", defaultValue = "false")
    private boolean githubAnnotations;

    /** Annotations per severity before one line counts the rest (GitHub shows 10 per step). */
    @Parameter(property = "pfocr.maxAnnotations", defaultValue = "10")
    private int maxAnnotations;

    /** Skips this goal only. */
    @Parameter(property = "pfocr.check.skip", defaultValue = "false")
    private boolean skipCheck;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCheck) {
            getLog().info("pfocr: check skipped");
            return;
        }
        if (maxAnnotations < 0) {
            throw new MojoExecutionException("pfocr: maxAnnotations (pfocr.maxAnnotations) must be 0 or more, found "
                    + maxAnnotations);
        }
        Set<ReportFormat> formats;
        try {
            formats = ReportFormat.parse(outputFormats);
        } catch (CheckConfigurationException e) {
            throw new MojoExecutionException("pfocr: " + e.getMessage(), e);
        }
        Path out = outputDirectory.toPath();
        Path resultFile = out.resolve(ReportFormat.JSON.fileName());
        CheckResult result = runCheck(null, display(resultFile));
        try {
            for (ReportFormat format : formats) {
                AtomicFiles.write(out.resolve(format.fileName()), o -> format.writer().write(result, o));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("pfocr: could not write a report to " + out + ": " + e.getMessage(), e);
        }
        if (githubAnnotations || onGithubActions()) {
            GithubAnnotations.lines(result.findings(), maxAnnotations, display(resultFile)).forEach(stdout::println);
            stdout.flush();
        }
        appendStepSummary(result);
        getLog().info(summary(result));
        String perRule = countsPerRule(result);
        if (perRule != null) {
            getLog().info(perRule);
        }
        verdict(result, "check", "see " + display(resultFile));
    }

    /** GitHub shows what a step appends to the file named by GITHUB_STEP_SUMMARY. */
    private void appendStepSummary(CheckResult result) {
        String target = environment.apply("GITHUB_STEP_SUMMARY");
        if (target == null || target.isBlank()) {
            return;
        }
        try {
            Files.writeString(Path.of(target), StepSummary.markdown(result, TOP_FILES), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            getLog().warn("pfocr: could not append to GITHUB_STEP_SUMMARY " + target + ": " + e.getMessage());
        }
    }
}
