package io.github.pfocr.core.catalog;

import io.github.pfocr.core.engine.CheckRequest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/**
 * What to put in a release and where.
 *
 * @param check the repository to read (the same request the check uses)
 * @param catalogFile the catalog to write; gzipped when {@code gzip}
 * @param releaseDate from {@code project.build.outputTimestamp}; null when unset (no date is written then)
 * @param coordinates the data repository's groupId:artifactId:version
 * @param name the data repository's name (the JSON-LD DataCatalog's name)
 * @param gmt whether to write per-organism GMT files next to the catalog
 * @param gmtName the GMT file-name prefix ({@code <gmtName>-<yyyyMMdd>-gmt-<Organism>.gmt})
 * @param gmtMinGenes figures with fewer distinct gene ids for an organism are left out of its GMT
 * @param gmtSources the lexicon sources (the genes' {@code source}) whose matches go into the gene sets; empty
 *        means every source
 * @param jsonldFile the schema.org DataCatalog to write, or null for none
 * @param leftOut figure files (relative to the base directory, {@code /}) not to publish: those with errors
 */
public record CatalogRequest(CheckRequest check, Path catalogFile, boolean gzip, LocalDate releaseDate,
        String coordinates, String name, boolean gmt, String gmtName, int gmtMinGenes, Set<String> gmtSources,
        Path jsonldFile, Set<String> leftOut) {

    /**
     * Direct symbol matches only, as the released PFOCR gene sets: {@code hgnc_symbol} in G1 lists,
     * {@code ncbigene_symbol} in G2 tables. Synonyms and family relations match short words (aga, ago, and) to
     * genes of any organism.
     */
    public static final Set<String> DIRECT_MATCHES = Set.of("hgnc_symbol", "ncbigene_symbol");

    public CatalogRequest {
        gmtSources = Set.copyOf(gmtSources);
        leftOut = Set.copyOf(leftOut);
    }

    /** The same request, leaving out these figure files. */
    public CatalogRequest withLeftOut(Set<String> paths) {
        return new CatalogRequest(check, catalogFile, gzip, releaseDate, coordinates, name, gmt, gmtName, gmtMinGenes,
                gmtSources, jsonldFile, paths);
    }
}
