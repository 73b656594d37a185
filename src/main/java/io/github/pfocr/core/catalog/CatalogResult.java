package io.github.pfocr.core.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * What a catalog run wrote.
 *
 * @param gmtFiles the GMT files, in organism order
 * @param jsonldFile the DataCatalog, or null when none was asked for
 * @param leftOut records not published: those the request left out (errors) and repeated figids
 * @param duplicates of those, records whose figid an earlier record already had
 */
public record CatalogResult(Path catalogFile, int figures, List<Path> gmtFiles, Path jsonldFile, int leftOut,
        int duplicates) {
}
