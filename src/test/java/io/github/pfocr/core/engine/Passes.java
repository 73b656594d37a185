package io.github.pfocr.core.engine;

import io.github.pfocr.core.catalog.CatalogPart;
import io.github.pfocr.core.catalog.CatalogParts;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.output.ReportFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** What the tests of the pass share: a listener counting the records read, and every report of a result. */
final class Passes {
    /** A G2 figure of the sample repository and its genes table. */
    static final String G2A = "_figures/PMC9100004__cells-09-0456-g002.md";
    static final String G2A_GENES = "_data/PMC9100004__cells-09-0456-g002-genes.tsv";

    private Passes() {
    }

    /**
     * The catalog's parts, counting the records read rather than taken from the cache. A listener that takes the
     * parts (as the catalog goal does) is handed every record; one that does not (as the check goal's) lets the
     * pass start from the last result.
     */
    static final class CountingParts extends CatalogParts {
        final AtomicInteger read = new AtomicInteger();
        final List<String> accepted = new ArrayList<>();
        private final boolean takesParts;

        CountingParts(boolean takesParts) {
            this.takesParts = takesParts;
        }

        @Override
        public CatalogPart extract(FigureRecord record) {
            read.incrementAndGet();
            return super.extract(record);
        }

        @Override
        public void accept(String path, CatalogPart part) {
            accepted.add(part.figid());
        }

        @Override
        public boolean accepts() {
            return takesParts;
        }
    }

    /** Every report format of a result, one after another: equal results give equal strings. */
    static String reports(CheckResult r) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ReportFormat format : ReportFormat.values()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            format.writer().write(r, bytes);
            sb.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return sb.toString();
    }
}
