package io.github.pfocr.core.catalog;

import io.github.pfocr.core.engine.RecordListener;
import io.github.pfocr.core.model.FigureRecord;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Records per publication year, as the catalog counts them, taken during the check's pass (for the site report's
 * chart).
 */
public final class RecordYears implements RecordListener<String> {
    /** The key of records without a usable year. */
    public static final String UNKNOWN = "unknown";

    private final Map<String, Integer> counts = new TreeMap<>();

    @Override
    public String extract(FigureRecord record) {
        Integer year = CatalogFigure.of(record).year();
        return year == null ? UNKNOWN : year.toString();
    }

    @Override
    public void accept(String year) {
        counts.merge(year, 1, Integer::sum);
    }

    /** Year (or {@value #UNKNOWN}) to number of readable records, in year order. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }
}
