package io.github.pfocr.core.catalog;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records per publication year, as the catalog counts them, taken during the check's pass (for the site report's
 * chart). It listens with the catalog's parts, so it shares the cache with {@code check} and {@code catalog}.
 */
public final class RecordYears extends CatalogParts {
    /** The key of records without a usable year. */
    public static final String UNKNOWN = "unknown";

    private final Map<String, Integer> counts = new TreeMap<>();

    @Override
    public boolean accepts() {
        return true;
    }

    @Override
    public void accept(String path, CatalogPart part) {
        Integer year = part.figure(false).year();
        counts.merge(year == null ? UNKNOWN : year.toString(), 1, Integer::sum);
    }

    /** Year (or {@value #UNKNOWN}) to number of readable records, in year order. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }
}
