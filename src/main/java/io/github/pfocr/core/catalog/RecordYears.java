package io.github.pfocr.core.catalog;

import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.Parallel;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.read.RecordLoader;
import io.github.pfocr.core.read.RepositoryFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Records per publication year, as the catalog counts them, for the site report's chart. */
public final class RecordYears {
    /** The key of records without a usable year. */
    public static final String UNKNOWN = "unknown";

    private RecordYears() {
    }

    /** Year (or {@value #UNKNOWN}) to number of readable records, in year order. */
    public static Map<String, Integer> count(CheckRequest request) {
        RepositoryFiles files = RepositoryFiles.list(request);
        List<Path> figures = files.figures();
        RecordLoader loader = new RecordLoader(request, files.dataTables());
        String[] years = Parallel.map(figures.size(), request.threads(), i -> {
            Path file = figures.get(i);
            FigureRecord r = loader.load(file, new FindingSink(file.getFileName().toString()), (t, f) -> { });
            if (r == null) {
                return null;
            }
            Integer year = CatalogFigure.of(r).year();
            return year == null ? UNKNOWN : year.toString();
        }, String[]::new);
        Map<String, Integer> out = new TreeMap<>();
        for (String y : years) {
            if (y != null) {
                out.merge(y, 1, Integer::sum);
            }
        }
        return out;
    }
}
