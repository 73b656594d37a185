package io.github.pfocr.maven;

import io.github.pfocr.core.catalog.CatalogRequest;
import io.github.pfocr.core.catalog.CatalogResult;
import io.github.pfocr.core.catalog.CatalogWriter;
import io.github.pfocr.core.catalog.ReleaseDate;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.Severity;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import javax.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the release: runs the same checks as {@code check} and, when no error remains, writes a reproducible JSON
 * catalog of every figure (attached to the build with classifier {@code catalog}), per-organism GMT gene-set files
 * and optionally a schema.org DataCatalog. The thresholds of check decide: a failing repository gets no catalog and
 * keeps its previous one; one published despite errors leaves out the records with errors.
 */
@Mojo(name = "catalog", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class CatalogMojo extends AbstractPfocrMojo {

    private final MavenProjectHelper projectHelper;

    /** Where the catalog, the GMT files and the JSON-LD are written. */
    @Parameter(property = "pfocr.outputDirectory", defaultValue = "${project.build.directory}/pfocr")
    private File outputDirectory;

    /** The catalog file, default {@code <outputDirectory>/catalog.json}; with {@code gzip}, {@code .gz} is appended. */
    @Parameter(property = "pfocr.catalog.outputFile")
    private File outputFile;

    /** Gzip the catalog (attached as type json.gz). */
    @Parameter(property = "pfocr.catalog.gzip", defaultValue = "false")
    private boolean gzip;

    /** Do not attach the catalog to the project (so install/deploy do not publish it). */
    @Parameter(property = "pfocr.catalog.skipAttach", defaultValue = "false")
    private boolean skipAttach;

    /** Write per-organism GMT gene-set files next to the catalog. */
    @Parameter(property = "pfocr.catalog.gmt", defaultValue = "true")
    private boolean gmt;

    /** The GMT file-name prefix: {@code <gmtName>-<yyyyMMdd>-gmt-<Organism_name>.gmt}. */
    @Parameter(property = "pfocr.catalog.gmtName", defaultValue = "pfocr")
    private String gmtName;

    /** Figures with fewer distinct NCBI gene ids for an organism are left out of that organism's GMT. */
    @Parameter(property = "pfocr.catalog.gmtMinGenes", defaultValue = "3")
    private int gmtMinGenes;

    /**
     * The lexicon sources whose gene matches go into the GMT files: by default the direct symbol matches
     * ({@code hgnc_symbol} in G1 lists, {@code ncbigene_symbol} in G2 tables), as the released PFOCR gene sets;
     * {@code *} takes every source (synonyms, family relations, ...).
     */
    @Parameter(property = "pfocr.catalog.gmtSources", defaultValue = "hgnc_symbol,ncbigene_symbol")
    private List<String> gmtSources;

    /** Also write a schema.org DataCatalog ({@code catalog.jsonld}) for search engines. */
    @Parameter(property = "pfocr.catalog.jsonld", defaultValue = "false")
    private boolean jsonld;

    /**
     * Deprecated alias of failOnError for this goal only (its former name); when set it wins over failOnError.
     * Prefer the shared thresholds, which govern check and catalog alike.
     */
    @Parameter(property = "pfocr.catalog.failOnError")
    private Boolean catalogFailOnError;

    /** Skips this goal only. */
    @Parameter(property = "pfocr.catalog.skip", defaultValue = "false")
    private boolean skipCatalog;

    /** The release date; unset means no date in the catalog and none in GMT file names. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    @Inject
    public CatalogMojo(MavenProjectHelper projectHelper) {
        this.projectHelper = projectHelper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || skipCatalog) {
            getLog().info("pfocr: catalog skipped");
            return;
        }
        LocalDate releaseDate;
        try {
            releaseDate = ReleaseDate.parse(outputTimestamp);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("pfocr: " + e.getMessage(), e);
        }
        if (gmtMinGenes < 0) {
            throw new MojoExecutionException("pfocr: parameter gmtMinGenes must be 0 or more, found " + gmtMinGenes);
        }
        if (catalogFailOnError != null) {
            getLog().warn("pfocr: pfocr.catalog.failOnError is a deprecated alias; use pfocr.failOnError");
            failOnError = catalogFailOnError;
        }
        File file = outputFile != null ? outputFile : new File(outputDirectory, "catalog.json");
        Path catalog = gzip && !file.getName().endsWith(".gz")
                ? file.toPath().resolveSibling(file.getName() + ".gz") : file.toPath();
        Path dir = catalog.toAbsolutePath().getParent();
        CatalogRequest request = new CatalogRequest(checkRequest(), catalog, gzip, releaseDate,
                project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion(),
                project.getName() != null ? project.getName() : project.getArtifactId(), gmt, gmtName,
                gmtMinGenes, gmtSources(), jsonld ? dir.resolve("catalog.jsonld") : null, Set.of());
        long start = System.nanoTime();
        CatalogResult result;
        Set<String> withErrors;
        try (CatalogWriter writer = new CatalogWriter(request)) {
            // One pass checks the records and streams the release; a failing check leaves the previous one.
            CheckResult check = runCheck(writer, "the report of mvn pfocr:check");
            getLog().info(sameAsEarlierCheck ? reuse(check, writer.recordsRead(), cache) : summary(check));
            verdict(check, "catalog", "no catalog was written (fix them, or run mvn pfocr:check for the list)");
            withErrors = check.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                    .map(Finding::path).collect(Collectors.toCollection(TreeSet::new));
            result = withErrors.isEmpty() ? writer.finish() : null;
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("pfocr: could not write the catalog: " + e.getMessage(), e);
        }
        if (result == null) {
            // Published despite errors: which records have errors is known only after the pass (cross-file rules),
            // so this rare case makes a second pass leaving those out; with the cache it reads no record again.
            try {
                result = CatalogWriter.write(request.withLeftOut(withErrors));
            } catch (IOException | UncheckedIOException e) {
                throw new MojoExecutionException("pfocr: could not write the catalog: " + e.getMessage(), e);
            }
        }
        // The time covers the goal's pass and the release, so a build's goals add up to its cost (bench/run.sh).
        getLog().info(String.format(Locale.ROOT, "pfocr: catalog of %d figure(s) written to %s in %.1f s",
                result.figures(), display(result.catalogFile()), (System.nanoTime() - start) / 1e9));
        if (result.leftOut() > 0) {
            getLog().warn(String.format(Locale.ROOT, "pfocr: %d record(s) left out of the catalog: %d with errors, "
                    + "%d repeating an earlier figid", result.leftOut(), result.leftOut() - result.duplicates(),
                    result.duplicates()));
        }
        result.gmtFiles().forEach(f -> getLog().info("pfocr: gene sets written to " + display(f)));
        if (result.jsonldFile() != null) {
            getLog().info("pfocr: JSON-LD DataCatalog written to " + display(result.jsonldFile()));
        }
        if (!skipAttach) {
            projectHelper.attachArtifact(project, gzip ? "json.gz" : "json", "catalog", result.catalogFile().toFile());
        }
    }

    /** After pfocr:check in the same build: what the catalog's pass took over instead of a second summary. */
    static String reuse(CheckResult r, int recordsRead, boolean cache) {
        return String.format(Locale.ROOT, "pfocr: the same %d error(s), %d warning(s), %d info as this build's check "
                + "(not listed again); %s", r.errors(), r.warnings(), r.infos(), cache
                        ? recordsRead + " of " + r.figureFiles() + " figure file(s) read again, the rest taken from the "
                                + "check's cache"
                        : "every figure file read again (pfocr.cache=false)");
    }

    /** The configured sources; empty (every source) for {@code *}. */
    private Set<String> gmtSources() {
        if (gmtSources == null || gmtSources.isEmpty()) {
            return CatalogRequest.DIRECT_MATCHES;
        }
        Set<String> out = new TreeSet<>();
        for (String s : gmtSources) {
            for (String item : s.split(",")) {
                if (!item.isBlank()) {
                    out.add(item.strip());
                }
            }
        }
        return out.contains("*") ? Set.of() : out;
    }
}
