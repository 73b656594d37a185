package io.github.pfocr.maven;

import io.github.pfocr.core.catalog.RecordYears;
import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.Severity;
import io.github.pfocr.core.output.SvgBarChart;
import io.github.pfocr.core.output.ToolInfo;
import io.github.pfocr.core.rules.RuleRegistry;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The site report ({@code mvn site}, or alone: {@code mvn pfocr:report}, which writes {@code target/reports/pfocr.html}):
 * findings per rule and per file, each rule linked to its description, the counts per format generation, and two
 * small inline SVG charts (findings per rule, records per year). It runs the same check as {@code check} with the
 * same parameters, but never fails the build and does not apply the baseline: the report shows everything.
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {
    /** The shared parameters, with the names and properties of the other goals (this class cannot inherit them). */
    @Parameter(property = "pfocr.figuresDirectory", defaultValue = "${project.basedir}/_figures")
    private File figuresDirectory;

    /** The entity tables and the map files. */
    @Parameter(property = "pfocr.dataDirectory", defaultValue = "${project.basedir}/_data")
    private File dataDirectory;

    /** The legacy G1 tables; checked when the directory exists. */
    @Parameter(property = "pfocr.downloadDirectory", defaultValue = "${project.basedir}/download")
    private File downloadDirectory;

    /** The wpid map; default {@code <dataDirectory>/wpid_map.tsv}. */
    @Parameter(property = "pfocr.wpidMapFile")
    private File wpidMapFile;

    /** The NDEx map; default {@code <dataDirectory>/ndex_map.tsv}. */
    @Parameter(property = "pfocr.ndexMapFile")
    private File ndexMapFile;

    /** Maven patterns, relative to the figures directory, of the records to check. */
    @Parameter(property = "pfocr.includes", defaultValue = "**/*.md")
    private List<String> includes;

    /** Maven patterns of records to leave out. */
    @Parameter(property = "pfocr.excludes")
    private List<String> excludes;

    /** Files larger than this many bytes are reported (file-too-large) and not parsed. */
    @Parameter(property = "pfocr.maxFileSize", defaultValue = "1048576")
    private long maxFileSize;

    /** Files read in parallel; 0 means one per available processor. */
    @Parameter(property = "pfocr.threads", defaultValue = "0")
    private int threads;

    /** Per-rule severity, as for check. */
    @Parameter
    private List<RuleSetting> rules;

    /** Per-rule severity from the command line, applied after {@code rules}. */
    @Parameter(property = "pfocr.rules")
    private String ruleOverrides;

    /** The baseline file; only named so that jekyll-exclude-missing knows it (the report shows every finding). */
    @Parameter(property = "pfocr.baselineFile", defaultValue = "${project.basedir}/pfocr-baseline.json")
    private File baselineFile;

    /** Skips every pfocr goal. */
    @Parameter(property = "pfocr.skip", defaultValue = "false")
    private boolean skip;

    /** Skips this report. */
    @Parameter(property = "pfocr.report.skip", defaultValue = "false")
    private boolean skipReport;

    @Override
    public String getOutputName() {
        return "pfocr";
    }

    @Override
    public String getName(Locale locale) {
        return "PFOCR check";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Findings of the PFOCR figure-record check, per rule and per file.";
    }

    @Override
    public boolean canGenerateReport() {
        if (skip || skipReport) {
            getLog().info("pfocr: report skipped");
            return false;
        }
        return figuresDirectory != null && figuresDirectory.isDirectory();
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        if (maxFileSize < 1 || threads < 0) {
            throw new MavenReportException("pfocr: parameters maxFileSize must be at least 1 and threads 0 or more, "
                    + "found " + maxFileSize + " and " + threads);
        }
        CheckResult result;
        RecordYears years = new RecordYears();
        try {
            CheckRequest request = AbstractPfocrMojo.checkRequest(project.getBasedir().toPath(), figuresDirectory,
                    dataDirectory, downloadDirectory, includes, excludes, wpidMapFile, ndexMapFile, maxFileSize,
                    threads, rules, ruleOverrides);
            result = AbstractPfocrMojo.check(project, request, years, baselineFile, getLog());
        } catch (MojoExecutionException | CheckConfigurationException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
        getLog().info(AbstractPfocrMojo.summary(result));
        render(getSink(), result, years.counts());
    }

    /** The page, through Doxia's sink (which escapes markup); record text is made printable first. */
    static void render(Sink sink, CheckResult result, Map<String, Integer> years) {
        Map<String, Rule> byId = RuleRegistry.all().stream().collect(Collectors.toMap(Rule::id, Function.identity()));
        Map<String, Long> perRule = result.counts().byRule();
        sink.head();
        sink.title();
        sink.text("PFOCR check");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("PFOCR check");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(AbstractPfocrMojo.summary(result).replaceFirst("^pfocr: ", "") + " (" + ToolInfo.NAME + " "
                + ToolInfo.VERSION + ")");
        sink.paragraph_();

        sink.section2();
        sink.sectionTitle2();
        sink.text("Generations");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        row(sink, true, "generation", "figure files");
        for (Generation g : Generation.values()) {
            row(sink, false, g.label(), Integer.toString(result.generations().getOrDefault(g, 0)));
        }
        row(sink, false, "unreadable", Integer.toString(result.unreadable()));
        sink.tableRows_();
        sink.table_();
        sink.section2_();

        sink.section2();
        sink.sectionTitle2();
        sink.text("Charts");
        sink.sectionTitle2_();
        sink.rawText(SvgBarChart.svg("Findings per rule", perRule));
        sink.rawText(SvgBarChart.svg("Records per year", years));
        sink.section2_();

        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings per rule");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows();
        row(sink, true, "rule", "default", "findings", "what it checks");
        perRule.forEach((id, n) -> {
            Rule rule = byId.get(id);
            sink.tableRow();
            sink.tableCell();
            sink.link(ToolInfo.ruleUri(id));
            sink.text(id);
            sink.link_();
            sink.tableCell_();
            cell(sink, rule == null ? "" : rule.severity().label());
            cell(sink, Long.toString(n));
            cell(sink, rule == null ? "" : rule.description());
            sink.tableRow_();
        });
        sink.tableRows_();
        sink.table_();
        sink.section2_();

        sink.section2();
        sink.sectionTitle2();
        sink.text("Findings per file");
        sink.sectionTitle2_();
        Map<String, List<Finding>> perFile = result.findings().stream()
                .collect(Collectors.groupingBy(Finding::path, TreeMap::new, Collectors.toList()));
        perFile.forEach((path, findings) -> {
            sink.section3();
            sink.sectionTitle3();
            sink.text(Printable.escape(path));
            sink.sectionTitle3_();
            sink.table();
            sink.tableRows();
            row(sink, true, "line", "column", "severity", "rule", "message");
            for (Finding f : findings) {
                sink.tableRow();
                cell(sink, Integer.toString(f.line()));
                cell(sink, Integer.toString(f.column()));
                cell(sink, f.severity() == Severity.ERROR ? "error" : "warning");
                sink.tableCell();
                sink.link(ToolInfo.ruleUri(f.ruleId()));
                sink.text(f.ruleId());
                sink.link_();
                sink.tableCell_();
                cell(sink, Printable.escape(f.message()));
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
            sink.section3_();
        });
        sink.section2_();
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private static void row(Sink sink, boolean header, String... cells) {
        sink.tableRow();
        for (String c : cells) {
            if (header) {
                sink.tableHeaderCell();
                sink.text(c);
                sink.tableHeaderCell_();
            } else {
                cell(sink, c);
            }
        }
        sink.tableRow_();
    }

    private static void cell(Sink sink, String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }
}
