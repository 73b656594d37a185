package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.FigureRecord;

/**
 * A goal listening to the check's pass over the records (the catalog): it takes what it needs from each record
 * while its tree is in memory, then receives those parts in figid order.
 *
 * @param <T> what the listener keeps of a record
 */
public interface RecordListener<T> {
    /** Called on a worker thread, in no particular order, for each record that could be read. */
    T extract(FigureRecord record);

    /** Called on one thread, in figid order, for each record that could be read. */
    void accept(T part);
}
