package io.github.pfocr.maven;

import io.github.pfocr.core.catalog.CatalogRequest;
import io.github.pfocr.core.catalog.CatalogResult;
import io.github.pfocr.core.catalog.CatalogWriter;
import io.github.pfocr.core.catalog.ReleaseDate;
import io.github.pfocr.core.model.CheckResult;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;
import java.util.Set;
import java.util.List;

/**
 * Builds the release: runs the same checks as {@code check} and, when no error remains, writes a reproducible JSON
 * catalog of every figure (attached to the build with classifier {@code catalog}), per-organism GMT gene-set files
 * and optionally a schema.org DataCatalog. A failing repository gets no catalog and keeps its previous one.
 */
@Mojo(name = "catalog", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class CatalogMojo extends AbstractPfocrMojo {

    @Component
    private MavenProjectHelper projectHelper;

    /** The catalog file; with {@code gzip}, {@code .gz} is appended. */
    @Parameter(property = "pfocr.catalog.outputFile", defaultValue = "${project.build.directory}/pfocr/catalog.json")
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

    /** Refuse to write a catalog when the check finds errors. */
    @Parameter(property = "pfocr.catalog.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Skips this goal only. */
    @Parameter(property = "pfocr.catalog.skip", defaultValue = "false")
    private boolean skipCatalog;

    /** The release date; unset means no date in the catalog and none in GMT file names. */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

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
        Path catalog = gzip && !outputFile.getName().endsWith(".gz")
                ? outputFile.toPath().resolveSibling(outputFile.getName() + ".gz") : outputFile.toPath();
        Path dir = catalog.toAbsolutePath().getParent();
        CatalogRequest request = new CatalogRequest(checkRequest(), catalog, gzip, releaseDate,
                project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion(), gmt, gmtName,
                gmtMinGenes, gmtSources(), jsonld ? dir.resolve("catalog.jsonld") : null);
        CatalogResult result;
        double finishSeconds;
        try (CatalogWriter writer = new CatalogWriter(request)) {
            // One pass checks the records and streams the release; a failing check leaves the previous one.
            CheckResult check = runCheck(writer, "the report of mvn pfocr:check");
            getLog().info(summary(check));
            if (check.errors() > 0 && failOnError) {
                throw new MojoFailureException(String.format(Locale.ROOT, "pfocr:catalog found %d error(s) in %d "
                        + "figure file(s); no catalog was written (fix them, or run mvn pfocr:check for the list)",
                        check.errors(), check.figureFiles()));
            }
            long finishing = System.nanoTime();
            result = writer.finish();
            finishSeconds = (System.nanoTime() - finishing) / 1e9;
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("pfocr: could not write the catalog: " + e.getMessage(), e);
        }
        getLog().info(String.format(Locale.ROOT, "pfocr: catalog of %d figure(s) written to %s in %.1f s",
                result.figures(), display(result.catalogFile()), finishSeconds));
        result.gmtFiles().forEach(f -> getLog().info("pfocr: gene sets written to " + display(f)));
        if (result.jsonldFile() != null) {
            getLog().info("pfocr: JSON-LD DataCatalog written to " + display(result.jsonldFile()));
        }
        if (!skipAttach) {
            projectHelper.attachArtifact(project, gzip ? "json.gz" : "json", "catalog", result.catalogFile().toFile());
        }
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
