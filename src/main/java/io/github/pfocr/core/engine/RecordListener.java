package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.FigureRecord;

/**
 * A goal listening to the check's pass over the records (the catalog): it takes what it needs from each record
 * while its tree is in memory, then receives those parts in figid order. The cache keeps the parts too, so a later
 * pass over unchanged files hands them over without reading a record.
 *
 * @param <T> what the listener keeps of a record
 */
public interface RecordListener<T> {
    /** Called on a worker thread, in no particular order, for each record that could be read. */
    T extract(FigureRecord record);

    /**
     * Called on one thread, in figid order, for each record that could be read (when {@link #accepts}).
     *
     * @param path the figure file, relative to the base directory, with {@code /}
     */
    void accept(String path, T part);

    /** Whether the listener uses the parts; one that only records them in the cache is not handed cached ones. */
    default boolean accepts() {
        return true;
    }

    /** Names the parts' format and version; cached parts of another format are not used. */
    String partFormat();

    void write(T part, CacheOutput out);

    /** Reads a part {@link #write} wrote; on damaged data, fails with {@link CacheFormatException}. */
    T read(CacheInput in);
}
