package io.github.pfocr.core.catalog;

import java.nio.file.Path;
import java.util.List;

/**
 * What a catalog run wrote.
 *
 * @param gmtFiles the GMT files, in organism order
 * @param jsonldFile the DataCatalog, or null when none was asked for
 */
public record CatalogResult(Path catalogFile, int figures, List<Path> gmtFiles, Path jsonldFile) {
}
