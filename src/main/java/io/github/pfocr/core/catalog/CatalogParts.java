package io.github.pfocr.core.catalog;

import io.github.pfocr.core.engine.CacheInput;
import io.github.pfocr.core.engine.CacheOutput;
import io.github.pfocr.core.engine.RecordListener;
import io.github.pfocr.core.model.FigureRecord;

/**
 * The catalog's part of each record ({@link CatalogPart}) and its cache form. Listening with this class alone
 * records the parts in the check's cache, so a {@code catalog} after {@code check} in the same build finds every
 * unchanged record's part there and reads no record again; {@link CatalogWriter} also writes them out.
 */
public class CatalogParts implements RecordListener<CatalogPart> {
    @Override
    public CatalogPart extract(FigureRecord record) {
        return CatalogPart.of(CatalogFigure.of(record));
    }

    /** Records only; the check does not write a catalog. */
    @Override
    public void accept(String path, CatalogPart part) {
        // The part is in the cache by now; nothing else to do.
    }

    @Override
    public boolean accepts() {
        return false;
    }

    @Override
    public String partFormat() {
        return CatalogPart.FORMAT;
    }

    @Override
    public void write(CatalogPart part, CacheOutput out) {
        out.writeRaw(part.bytes());
    }

    @Override
    public CatalogPart read(CacheInput in) {
        return CatalogPart.read(in.rest());
    }
}
