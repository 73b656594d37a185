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
 * @param jsonldFile the schema.org DataCatalog to write, or null for none
 * @param leftOut figure files (relative to the base directory, {@code /}) not to publish: those with errors
 */
public record CatalogRequest(CheckRequest check, Path catalogFile, boolean gzip, LocalDate releaseDate,
        String coordinates, String name, boolean gmt, String gmtName, int gmtMinGenes, Path jsonldFile,
        Set<String> leftOut) {

    /** The same request, leaving out these figure files. */
    public CatalogRequest withLeftOut(Set<String> paths) {
        return new CatalogRequest(check, catalogFile, gzip, releaseDate, coordinates, name, gmt, gmtName, gmtMinGenes,
                jsonldFile, Set.copyOf(paths));
    }
}
