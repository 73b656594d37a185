package io.github.pfocr.maven;

import io.github.pfocr.core.catalog.CatalogParts;
import io.github.pfocr.core.engine.Baseline;
import io.github.pfocr.core.engine.RecordListener;
import io.github.pfocr.core.model.BaselineEntry;
import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.engine.RuleSettings;
import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.read.ReadRules;
import io.github.pfocr.core.read.RepositoryFiles;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.output.ConsoleLines;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.rules.JekyllConfigCheck;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Function;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** The parameters every goal shares: where the data repository's files are and how to read them. */
abstract class AbstractPfocrMojo extends AbstractMojo {

    /** The cache's file name in {@code cacheDirectory}. */
    static final String CACHE_FILE = "check-cache.bin";

    /** How many stale baseline entries are listed. */
    private static final int STALE_SHOWN = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The project context key under which {@link #runCheck} leaves its findings for the later goals of the build. */
    static final String CHECKED_FINDINGS = AbstractPfocrMojo.class.getName() + ".checkedFindings";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /**
     * Set by {@link #runCheck}: an earlier goal of this build (check before catalog) reported the very same findings,
     * so they were not listed again.
     */
    protected boolean sameAsEarlierCheck;

    /** The environment, replaceable in tests. */
    Function<String, String> environment = System::getenv;

    /** Where workflow commands go: standard output, not the logger, whose prefix would hide them from GitHub. */
    PrintStream stdout = System.out;

    /** The figure records, one {@code <figid>.md} each. */
    @Parameter(property = "pfocr.figuresDirectory", defaultValue = "${project.basedir}/_figures")
    protected File figuresDirectory;

    /** The entity tables ({@code <figid>-genes.tsv}, ...) and the map files. */
    @Parameter(property = "pfocr.dataDirectory", defaultValue = "${project.basedir}/_data")
    protected File dataDirectory;

    /** The legacy G1 tables; checked when the directory exists. */
    @Parameter(property = "pfocr.downloadDirectory", defaultValue = "${project.basedir}/download")
    protected File downloadDirectory;

    /** The wpid map; default {@code <dataDirectory>/wpid_map.tsv}. */
    @Parameter(property = "pfocr.wpidMapFile")
    protected File wpidMapFile;

    /** The NDEx map; default {@code <dataDirectory>/ndex_map.tsv}. */
    @Parameter(property = "pfocr.ndexMapFile")
    protected File ndexMapFile;

    /** Maven patterns (MatchPatterns), relative to the figures directory, of the records to check. */
    @Parameter(property = "pfocr.includes", defaultValue = "**/*.md")
    protected List<String> includes;

    /** Maven patterns of records to leave out. */
    @Parameter(property = "pfocr.excludes")
    protected List<String> excludes;

    /** Files larger than this many bytes are reported (file-too-large) and not parsed. */
    @Parameter(property = "pfocr.maxFileSize", defaultValue = "1048576")
    protected long maxFileSize;

    /** Findings of one rule listed per file; one more finding of that rule counts the rest. */
    @Parameter(property = "pfocr.maxFindingsPerFile", defaultValue = "100")
    protected int maxFindingsPerFile;

    /** Files read in parallel; 0 means one per available processor. */
    @Parameter(property = "pfocr.threads", defaultValue = "0")
    protected int threads;

    /**
     * Per-rule severity: {@code <rules><rule><id>figlink-format</id><severity>off</severity></rule></rules>};
     * severity is error, warning, info or off.
     */
    @Parameter
    protected List<RuleSetting> rules;

    /** Per-rule severity from the command line, applied after {@code rules}: {@code figlink-format:off,...}. */
    @Parameter(property = "pfocr.rules")
    protected String ruleOverrides;

    /**
     * The committed baseline of known findings: when the file exists, only findings not in it are reported and
     * can fail the build. Written by {@code pfocr:baseline}.
     */
    @Parameter(property = "pfocr.baselineFile", defaultValue = "${project.basedir}/pfocr-baseline.json")
    protected File baselineFile;

    /**
     * Bytes; a larger baseline file is a configuration error. Separate from maxFileSize (meant for one record): a
     * baseline lists every known finding of the repository.
     */
    @Parameter(property = "pfocr.maxBaselineSize", defaultValue = "67108864")
    protected long maxBaselineSize;

    /**
     * Keep per-file results between runs, so unchanged files are neither read nor checked again. Off: every file is
     * read on every run.
     */
    @Parameter(property = "pfocr.cache", defaultValue = "true")
    protected boolean cache;

    /** Where the cache lives; point it outside {@code target} to keep it across {@code mvn clean} (or a CI cache). */
    @Parameter(property = "pfocr.cacheDirectory", defaultValue = "${project.build.directory}/pfocr")
    protected File cacheDirectory;

    /** Fail the build (check) or refuse to publish (catalog) when more than maxAllowedErrors errors are found. */
    @Parameter(property = "pfocr.failOnError", defaultValue = "true")
    protected boolean failOnError;

    /** Fail the build when more than maxAllowedWarnings warnings are found; infos never fail it. */
    @Parameter(property = "pfocr.failOnWarning", defaultValue = "false")
    protected boolean failOnWarning;

    /** Errors tolerated before the build fails (checkstyle's maxAllowedViolations); with failOnError. */
    @Parameter(property = "pfocr.maxAllowedErrors", defaultValue = "0")
    protected int maxAllowedErrors;

    /** Warnings tolerated before the build fails; with failOnWarning. */
    @Parameter(property = "pfocr.maxAllowedWarnings", defaultValue = "0")
    protected int maxAllowedWarnings;

    /** List info findings (what a generation's writer always produces) on the console too; they are always counted. */
    @Parameter(property = "pfocr.showInfo", defaultValue = "false")
    protected boolean showInfo;

    /** Findings of one rule listed on the console before the rest are counted in one line; 0 lists all. */
    @Parameter(property = "pfocr.maxFindingsPerRule", defaultValue = "20")
    protected int maxFindingsPerRule;

    /** Skips every pfocr goal. */
    @Parameter(property = "pfocr.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Runs the check (with the baseline, when one exists, and the cache) and logs its findings, errors at ERROR,
     * warnings at WARN and (with showInfo) infos at INFO, up to maxFindingsPerRule per rule; not again when an
     * earlier goal of the build logged the same findings (see {@link #sameAsEarlierCheck}).
     *
     * @param listener a goal reading the records in the same pass, or null
     * @param reportFile where the user finds every finding, named in the lines counting those not listed
     */
    protected CheckResult runCheck(RecordListener<?> listener, String reportFile) throws MojoExecutionException {
        validateLimits();
        CheckRequest request = checkRequest();
        boolean outside = !baselineInside();
        boolean withBaseline = !outside && baselineFile != null && baselineFile.isFile();
        if (withBaseline) {
            try {
                request = request.withBaseline(Baseline.read(baselineFile.toPath(), maxBaselineSize));
            } catch (IOException | CheckConfigurationException e) {
                throw new MojoExecutionException("pfocr: could not read the baseline " + display(baselineFile.toPath())
                        + ": " + e.getMessage(), e);
            }
        }
        CheckResult result = run(request, listener);
        if (outside) {
            result = withOutsideBaseline(result);
        }
        sameAsEarlierCheck = result.findings().equals(project.getContextValue(CHECKED_FINDINGS));
        project.setContextValue(CHECKED_FINDINGS, result.findings());
        if (sameAsEarlierCheck) {
            return result;
        }
        if (withBaseline) {
            getLog().info(String.format(Locale.ROOT, "pfocr: baseline %s: %d known finding(s) not reported",
                    display(baselineFile.toPath()), result.baselined()));
            logStale(result.staleBaseline());
        }
        // Each line is escaped; on GitHub the block is also fenced, so that nothing a record holds can act as a
        // workflow command (::stop-commands:: included), whatever the escaping missed.
        String token = onGithubActions() && !result.findings().isEmpty() ? stopCommandsToken() : null;
        if (token != null) {
            stdout.println("::stop-commands::" + token);
            stdout.flush();
        }
        try {
            for (ConsoleLines.Line line : ConsoleLines.of(result.findings(), showInfo, maxFindingsPerRule,
                    reportFile)) {
                switch (line.severity()) {
                    case ERROR -> getLog().error(line.text());
                    case WARNING -> getLog().warn(line.text());
                    case INFO -> getLog().info(line.text());
                }
            }
        } finally {
            if (token != null) {
                stdout.flush();
                stdout.println("::" + token + "::");
                stdout.flush();
            }
        }
        return result;
    }

    /** Running as a GitHub Actions step, whose runner reads workflow commands from the log. */
    protected boolean onGithubActions() {
        return "true".equals(environment.apply("GITHUB_ACTIONS"));
    }

    /** A token no record can guess, ending a {@code ::stop-commands::} block. */
    private static String stopCommandsToken() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return "pfocr-" + HexFormat.of().formatHex(bytes);
    }

    /** False when the baseline file exists but leads outside the project (it must not be read then). */
    protected boolean baselineInside() {
        return baselineFile == null || !Files.exists(baselineFile.toPath(), LinkOption.NOFOLLOW_LINKS)
                || RepositoryFiles.isInside(baseDirectory(), baselineFile.toPath());
    }

    /** The result with one more finding: the baseline file is a link out of the repository and was not read. */
    private CheckResult withOutsideBaseline(CheckResult r) {
        FindingSink sink = new FindingSink(display(baselineFile.toPath()));
        sink.report(ReadRules.FILE_OUTSIDE_REPOSITORY, 1, 1, "expected the baseline inside the repository, found a "
                + "symbolic link (or a path) that leads outside it; not read", null, null);
        return r.plus(sink.findings());
    }

    /** Runs the check: every finding, no baseline; only a partial run's limits are logged. */
    protected CheckResult runCheckUnfiltered() throws MojoExecutionException {
        validateLimits();
        return run(checkRequest(), null);
    }

    /**
     * The check pass and the project-level check of the Jekyll configuration (its hits configured by the same
     * rule settings), as every goal runs them.
     */
    static CheckResult check(MavenProject project, CheckRequest request, RecordListener<?> listener,
            File baselineFile, Log log) throws MojoExecutionException {
        CheckResult r;
        try {
            // With a cache, every goal records the catalog's parts, so a later catalog reads no record again.
            RecordListener<?> parts = listener == null && request.cacheFile() != null ? new CatalogParts() : listener;
            r = CheckRunner.run(request, parts, log::info, log::debug);
        } catch (CheckConfigurationException e) {
            throw new MojoExecutionException("pfocr: " + e.getMessage(), e);
        }
        List<Finding> jekyll = new ArrayList<>();
        for (RuleHit h : JekyllConfigCheck.check(project.getBasedir().toPath(),
                publishedByPlugin(project, baselineFile), request.maxFileSize())) {
            Severity severity = request.ruleSettings().severity(h.rule());
            if (severity != null) {
                jekyll.add(h.toFinding(JekyllConfigCheck.CONFIG, null, severity));
            }
        }
        return r.plus(jekyll);
    }

    /** The check (see {@link #check}) with a partial run's limits logged. */
    private CheckResult run(CheckRequest request, RecordListener<?> listener) throws MojoExecutionException {
        CheckResult result = check(project, request, listener, baselineFile, getLog());
        if (result.partial()) {
            getLog().info(String.format(Locale.ROOT, "pfocr: partial run: %d figure file(s) selected, %d left out by "
                    + "includes/excludes (their tables are not checked; they count as existing for tsv-orphan and "
                    + "map-orphan)", result.figureFiles(), result.unselectedFigureFiles()));
            if (!result.selectionOnlyRules().isEmpty()) {
                getLog().info("pfocr: partial run: " + String.join(", ", result.selectionOnlyRules())
                        + " compared only the selected records; run without includes/excludes for the whole "
                        + "repository");
            }
        }
        return result;
    }

    /** The baseline entries a run can judge: see {@link CheckResult#covers}. */
    protected static Predicate<BaselineEntry> covered(CheckResult result) {
        return e -> result.covers(e.path(), e.rule());
    }

    /** A negative limit is a configuration error naming its parameter, not a silent "never fail". */
    protected void validateLimits() throws MojoExecutionException {
        Map<String, Long> limits = new LinkedHashMap<>();
        limits.put("maxAllowedErrors", (long) maxAllowedErrors);
        limits.put("maxAllowedWarnings", (long) maxAllowedWarnings);
        limits.put("threads", (long) threads);
        limits.put("maxFindingsPerRule", (long) maxFindingsPerRule);
        for (Map.Entry<String, Long> e : limits.entrySet()) {
            if (e.getValue() < 0) {
                throw new MojoExecutionException("pfocr: parameter " + e.getKey() + " must be 0 or more, found "
                        + e.getValue());
            }
        }
        if (maxFileSize < 1) {
            throw new MojoExecutionException("pfocr: parameter maxFileSize must be at least 1, found " + maxFileSize);
        }
        if (maxBaselineSize < 1) {
            throw new MojoExecutionException("pfocr: parameter maxBaselineSize must be at least 1, found "
                    + maxBaselineSize);
        }
    }

    /**
     * What the plugin adds to a data repository that Jekyll must not publish: the pom, the baseline and the build
     * directory, relative to the base directory (those outside it are none of Jekyll's business).
     */
    private static List<String> publishedByPlugin(MavenProject project, File baselineFile) {
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<String> out = new ArrayList<>();
        if (project.getFile() != null) {
            out.add(project.getFile().getName());
        }
        relativeInside(base, baselineFile).ifPresent(out::add);
        if (project.getBuild() != null && project.getBuild().getDirectory() != null) {
            relativeInside(base, new File(project.getBuild().getDirectory())).ifPresent(d -> out.add(d + "/"));
        }
        return out;
    }

    private static Optional<String> relativeInside(Path base, File f) {
        if (f == null) {
            return Optional.empty();
        }
        Path abs = f.toPath().toAbsolutePath().normalize();
        return abs.startsWith(base) && !abs.equals(base)
                ? Optional.of(base.relativize(abs).toString().replace(File.separatorChar, '/')) : Optional.empty();
    }

    /**
     * The one verdict of check and catalog: fails when errors exceed maxAllowedErrors (with failOnError) or warnings
     * exceed maxAllowedWarnings (with failOnWarning); otherwise warns when findings are let through.
     *
     * @param consequence what failing means, appended to the message
     */
    protected void verdict(CheckResult result, String goal, String consequence) throws MojoFailureException {
        if (failOnError && result.errors() > maxAllowedErrors
                || failOnWarning && result.warnings() > maxAllowedWarnings) {
            throw new MojoFailureException(String.format(Locale.ROOT, "pfocr:%s found %s; %s", goal,
                    findingCounts(result), consequence));
        }
        if (result.errors() > 0 || result.warnings() > 0 && failOnWarning) {
            getLog().warn(String.format(Locale.ROOT, "pfocr: not failing the build: %d error(s) (failOnError=%s, "
                    + "maxAllowedErrors=%d), %d warning(s) (failOnWarning=%s, maxAllowedWarnings=%d)", result.errors(),
                    failOnError, maxAllowedErrors, result.warnings(), failOnWarning, maxAllowedWarnings));
        }
    }

    /**
     * "12 error(s) and 3 warning(s) in 7 of 48 checked file(s)": how widespread the findings are, counting each
     * file with an error or warning once (infos do not count; a _config.yml finding counts as one more file).
     */
    static String findingCounts(CheckResult r) {
        List<String> withFindings = r.counts().filesToActOn();
        Set<String> all = new HashSet<>(r.files());
        all.addAll(withFindings);
        return String.format(Locale.ROOT, "%d error(s) and %d warning(s) in %d of %d checked file(s)", r.errors(),
                r.warnings(), withFindings.size(), all.size());
    }

    private void logStale(List<BaselineEntry> stale) {
        if (stale.isEmpty()) {
            return;
        }
        int total = stale.stream().mapToInt(BaselineEntry::count).sum();
        getLog().info(String.format(Locale.ROOT, "pfocr: %d baselined finding(s) are fixed (stale baseline entries); "
                + "run mvn pfocr:baseline to drop them:", total));
        stale.stream().limit(STALE_SHOWN).forEach(e -> getLog().info("  " + Printable.escape(e.path()) + " ["
                + Printable.escape(e.rule()) + "] " + Printable.escape(e.message())));
        if (stale.size() > STALE_SHOWN) {
            getLog().info("  and " + (stale.size() - STALE_SHOWN) + " more");
        }
    }

    /** "pfocr: findings per rule: a 3, b 1", most frequent first; null without findings. */
    static String countsPerRule(CheckResult r) {
        if (r.findings().isEmpty()) {
            return null;
        }
        return "pfocr: findings per rule: " + r.counts().byRule().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    static String summary(CheckResult r) {
        String generations = Arrays.stream(Generation.values())
                .map(g -> g.label() + " " + r.generations().getOrDefault(g, 0))
                .collect(Collectors.joining(", ")) + ", unreadable " + r.unreadable();
        return String.format(Locale.ROOT, "pfocr: checked %d figure file(s) (%s), %d table(s), %d map file(s): "
                + "%d error(s), %d warning(s), %d info in %.1f s", r.figureFiles(), generations, r.tableFiles(),
                r.mapFiles(), r.errors(), r.warnings(), r.infos(), r.elapsed().toMillis() / 1000.0);
    }

    protected Path baseDirectory() {
        return project.getBasedir().toPath();
    }

    protected CheckRequest checkRequest() {
        return checkRequest(baseDirectory(), figuresDirectory, dataDirectory, downloadDirectory, includes, excludes,
                wpidMapFile, ndexMapFile, maxFileSize, threads, rules, ruleOverrides)
                .withMaxFindingsPerFile(maxFindingsPerFile)
                .withCacheFile(cache && cacheDirectory != null ? cacheDirectory.toPath().resolve(CACHE_FILE) : null);
    }

    /** The request of the shared parameters, for this class's goals and for the report (whose base class differs). */
    static CheckRequest checkRequest(Path baseDirectory, File figuresDirectory, File dataDirectory,
            File downloadDirectory, List<String> includes, List<String> excludes, File wpidMapFile, File ndexMapFile,
            long maxFileSize, int threads, List<RuleSetting> rules, String ruleOverrides) {
        Path data = dataDirectory.toPath();
        return new CheckRequest(baseDirectory, figuresDirectory.toPath(), data, downloadDirectory.toPath(),
                includes == null || includes.isEmpty() ? RepositoryFiles.DEFAULT_INCLUDES : List.copyOf(includes),
                excludes == null ? List.of() : List.copyOf(excludes),
                wpidMapFile != null ? wpidMapFile.toPath() : data.resolve("wpid_map.tsv"),
                ndexMapFile != null ? ndexMapFile.toPath() : data.resolve("ndex_map.tsv"), maxFileSize,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), ruleSettings(rules, ruleOverrides));
    }

    /** The pom's rules, then the command line's. */
    private static RuleSettings ruleSettings(List<RuleSetting> rules, String ruleOverrides) {
        Map<String, String> levels = new LinkedHashMap<>();
        if (rules != null) {
            for (RuleSetting r : rules) {
                levels.put(r.getId(), r.getSeverity());
            }
        }
        levels.putAll(RuleSettings.parseList(ruleOverrides));
        return RuleSettings.of(levels);
    }

    /** A path for messages: relative to the project base directory when inside it, with {@code /}. */
    protected String display(Path p) {
        Path base = baseDirectory().toAbsolutePath().normalize();
        Path abs = p.toAbsolutePath().normalize();
        return Printable.escape((abs.startsWith(base) ? base.relativize(abs) : abs).toString()
                .replace(File.separatorChar, '/'));
    }
}
