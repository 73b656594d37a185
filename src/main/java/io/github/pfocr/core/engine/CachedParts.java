package io.github.pfocr.core.engine;

/**
 * The cached entries and parts of one chunk of figures, read in a few large reads instead of one or two small ones
 * per figure. A pass writes the entries one after another in figid order, and their parts likewise, so a chunk's
 * entries usually form one stretch of the cache file and its parts one stretch of the parts file. Whatever does not
 * fit that (an entry written beside the cache, a part appended later) is read on its own. Each block is read by the
 * first thread that asks for an entry or a part (a worker, not the thread consuming the chunk); entries and parts are
 * taken out of them, with every checksum verified, on any thread.
 */
final class CachedParts {
    /** A stretch longer than this is not read in one go. */
    private static final int MAX_BLOCK = 64 << 20;

    private final CheckCache.Reader cache;
    private final String[] paths;
    private final long[] at;
    /** The entries from at[first] up to at[last] (exclusive), or null. */
    private byte[] entries;
    private long entriesFrom;
    private int last = -1;
    /** The parts the entries in the block name, from partsFrom on, or null. */
    private byte[] parts;
    private long partsFrom;
    private boolean entriesRead;
    private boolean partsRead;

    /**
     * @param paths the figures' paths
     * @param at where each figure's entry starts in the cache file, or -1 for a figure without one
     */
    CachedParts(CheckCache.Reader cache, String[] paths, long[] at) {
        this.cache = cache;
        this.paths = paths;
        this.at = at;
    }

    /**
     * Reads the chunk's entry block once, and its part block once parts are asked for. A block that cannot be read
     * is left out (each figure's entry or part is then read on its own, and a damaged one reported there); a block,
     * once read, is never dropped, as other threads may be taking from it.
     */
    private synchronized void readBlocks(boolean withParts) {
        if (!entriesRead) {
            entriesRead = true;
            try {
                readEntryBlock();
            } catch (CacheFormatException e) {
                entries = null;
            }
        }
        if (withParts && !partsRead) {
            partsRead = true;
            try {
                readPartBlock();
            } catch (CacheFormatException e) {
                parts = null;
            }
        }
    }

    /** The entries of the chunk that follow one another, the last excepted (where it ends is not known). */
    private void readEntryBlock() {
        int first = -1;
        for (int i = 0; i < at.length; i++) {
            if (inFile(i)) {
                if (first >= 0 && at[i] <= at[last]) {
                    return; // not in file order
                }
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first >= 0 && first != last && at[last] - at[first] <= MAX_BLOCK) {
            entriesFrom = at[first];
            entries = cache.bytes(entriesFrom, (int) (at[last] - entriesFrom));
        }
    }

    /** The parts the block's entries name, when they lie close together. */
    private void readPartBlock() {
        if (entries == null) {
            return;
        }
        long from = Long.MAX_VALUE;
        long to = 0;
        long sum = 0;
        for (int i = 0; i < at.length; i++) {
            // Unverified here: only where to read; part(i) verifies the entry before using its part.
            FigureEntry.PartRef ref = blockEntry(i) ? CheckCache.partNamedIn(entries, (int) (at[i] - entriesFrom))
                    : null;
            if (ref != null) {
                from = Math.min(from, ref.offset());
                to = Math.max(to, ref.offset() + ref.length());
                sum += ref.length();
            }
        }
        if (sum > 0 && to - from <= Math.min(MAX_BLOCK, 2 * sum)) {
            partsFrom = from;
            parts = cache.partBytes(from, (int) (to - from));
        }
    }

    /** Whether figure i's entry is the one in the cache file (not one written beside it since). */
    private boolean inFile(int i) {
        return at[i] >= 0 && !cache.changes().entries.containsKey(paths[i]);
    }

    private boolean blockEntry(int i) {
        return entries != null && i != last && inFile(i) && at[i] >= entriesFrom;
    }

    /** Figure i's path. */
    String path(int i) {
        return paths[i];
    }

    /**
     * Figure i's latest entry (one written beside the cache replaces the file's), its checksum verified; the
     * caller's own copy.
     *
     * @throws CacheFormatException when the entry is damaged or is another figure's
     */
    byte[] entry(int i) {
        readBlocks(false);
        byte[] entry = blockEntry(i) ? CheckCache.entryIn(entries, (int) (at[i] - entriesFrom))
                : at[i] < 0 ? null : cache.latest(paths[i], at[i]);
        if (entry == null || !CheckCache.isEntryOf(entry, paths[i])) {
            throw new CacheFormatException("no entry of " + paths[i] + " where the last result put it");
        }
        return entry;
    }

    /**
     * Figure i's part bytes, every checksum verified; null when its entry names none (a file that was not parsed).
     *
     * @throws CacheFormatException when the entry or the part is damaged or is another figure's
     */
    byte[] part(int i) {
        FigureEntry.PartRef ref = CheckCache.partOf(entry(i));
        if (ref == null) {
            return null;
        }
        readBlocks(true);
        if (parts != null && ref.offset() >= partsFrom && ref.offset() + ref.length() <= partsFrom + parts.length) {
            return CheckCache.partIn(parts, (int) (ref.offset() - partsFrom), ref);
        }
        return cache.part(ref);
    }
}
