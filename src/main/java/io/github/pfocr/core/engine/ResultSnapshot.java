package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.Suppression;
import io.github.pfocr.core.output.AtomicFiles;
import io.github.pfocr.core.rules.LongPages;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * The last pass's result before configuration, kept beside the cache: the size and time every listed file had, and
 * every file's hits, its own (from reading it) apart from those the cross-file rules, map files and orphan checks
 * gave it. A pass that lists the same paths and finds no size or time changed takes its result from here, decoding
 * no cache entry and replaying no fact; when only some files changed and their cross-file facts did not (a title
 * edited, every time new after a fresh clone), only those are read again and their own hits replaced. Anything else
 * (a path added or removed, a map file or a cross-file fact changed) runs the full pass.
 *
 * <p>Plain data like the cache: a CRC32C over the whole file, bounds-checked reads, and the ids of the cache file and
 * of its changes it agrees with, so a snapshot left behind by a write that failed half-way is never trusted.
 */
final class ResultSnapshot {
    private static final byte[] MAGIC = "PFOCR-CHECK-SNAPSHOT\n".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 1;
    /** No snapshot is larger; a larger file is not read into memory. */
    private static final long MAX_BYTES = 1L << 30;

    /** One file's hits and suppressions. */
    record FileHits(int pathId, List<RuleHit> own, List<RuleHit> cross, List<Suppression> suppressions) {
    }

    final Key key;
    final long cacheId;
    /** The id of the cache's changes it agrees with, or 0 for none. */
    final long changesId;
    final long started;
    final LongPages sizes;
    final LongPages times;
    /** Figure files by generation ordinal. */
    final int[] generations;
    /** The figure files that yielded no record. */
    final int[] unparsed;
    /** The figid of each parsed figure whose figid differs from its file name. */
    final Map<Integer, String> otherFigids;
    /** Each figure's link to a data table ({@code table << 32 | figure}), in the order records claimed them. */
    final long[] links;
    /** Where each figure's entry starts in the cache, by its place in figid order. */
    final LongPages entries;
    /** The content hash of each map file, by path index: a map file under a new time may have the same bytes. */
    final Map<Integer, Long> mapHashes;
    final List<FileHits> hits;

    private ResultSnapshot(Key key, long cacheId, long changesId, long started, LongPages sizes, LongPages times, int[] generations,
            int[] unparsed, Map<Integer, String> otherFigids, long[] links, LongPages entries,
            Map<Integer, Long> mapHashes, List<FileHits> hits) {
        this.key = key;
        this.cacheId = cacheId;
        this.changesId = changesId;
        this.started = started;
        this.sizes = sizes;
        this.times = times;
        this.generations = generations;
        this.unparsed = unparsed;
        this.otherFigids = otherFigids;
        this.links = links;
        this.entries = entries;
        this.mapHashes = mapHashes;
        this.hits = hits;
    }

    /** The snapshot beside a cache file. */
    static Path file(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".snapshot");
    }

    /**
     * The snapshot at {@code file}, or null when there is none or it is of another format; fails with
     * {@link CacheFormatException} when it is damaged. Whether it was written for a pass's settings and paths is its
     * {@link #key}'s to tell, so it can be read while the files are listed.
     */
    static ResultSnapshot read(Path file) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_BYTES) {
                return null;
            }
            CacheInput in = CacheInput.checked(Files.readAllBytes(file));
            if (!Arrays.equals(in.readBytes(), MAGIC) || in.readInt() != VERSION) {
                return null;
            }
            String fingerprint = CheckCache.required(in.readString());
            long cacheId = in.readLong();
            long changesId = in.readLong();
            long started = in.readLong();
            byte[] digest = in.readBytes();
            int paths = in.readCount(16);
            LongPages sizes = new LongPages(-1);
            LongPages times = new LongPages(-1);
            in.readLongs(paths, sizes);
            in.readLongs(paths, times);
            int[] generations = new int[Generation.values().length];
            for (int g = 0; g < generations.length; g++) {
                generations[g] = in.readInt();
            }
            int[] unparsed = new int[in.readCount(4)];
            for (int i = 0; i < unparsed.length; i++) {
                unparsed[i] = pathId(in, paths);
            }
            int others = in.readCount(8);
            Map<Integer, String> otherFigids = new HashMap<>();
            for (int i = 0; i < others; i++) {
                otherFigids.put(pathId(in, paths), CheckCache.required(in.readString()));
            }
            long[] links = new long[in.readCount(8)];
            for (int i = 0; i < links.length; i++) {
                links[i] = in.readLong();
                if (link(links[i], 32) >= paths || link(links[i], 0) >= paths) {
                    throw new CacheFormatException("link " + Long.toHexString(links[i]));
                }
            }
            int figures = in.readCount(8);
            LongPages entries = new LongPages(-1);
            in.readLongs(figures, entries);
            int maps = in.readCount(12);
            Map<Integer, Long> mapHashes = new HashMap<>();
            for (int i = 0; i < maps; i++) {
                mapHashes.put(pathId(in, paths), in.readLong());
            }
            List<FileHits> hits = new ArrayList<>();
            for (int id = in.readInt(); id != -1; id = in.readInt()) {
                if (id < 0 || id >= paths) {
                    throw new CacheFormatException("path index " + id);
                }
                hits.add(new FileHits(id, CheckCache.hits(in), CheckCache.hits(in), CheckCache.suppressions(in)));
            }
            in.end();
            return new ResultSnapshot(new Key(fingerprint, digest, paths, figures), cacheId, changesId, started,
                    sizes, times, generations, unparsed, otherFigids, links, entries, mapHashes, hits);
        } catch (IOException e) {
            throw new CacheFormatException(e.toString());
        }
    }

    /** What a snapshot was written for: only a pass with the same settings and paths may start from it. */
    record Key(String fingerprint, byte[] digest, int paths, int figures) {
        boolean matches(Key other) {
            return fingerprint.equals(other.fingerprint) && Arrays.equals(digest, other.digest)
                    && paths == other.paths && figures == other.figures;
        }
    }

    /** The table ({@code shift} 32) or figure ({@code shift} 0) of a link. */
    static int link(long link, int shift) {
        return (int) (link >>> shift);
    }

    private static int pathId(CacheInput in, int paths) {
        int id = in.readInt();
        if (id < 0 || id >= paths) {
            throw new CacheFormatException("path index " + id);
        }
        return id;
    }

    /**
     * Writes a snapshot beside the target and moves it into place on {@link #commit}: the stamps as soon as the
     * files are read (so a million files' stamps need not stay in memory until the end), the rest once known.
     */
    static final class Writer implements Closeable {
        private final Path target;
        private final Path tmp;
        private final CRC32C crc = new CRC32C();
        private final OutputStream stream;
        private final CacheOutput out;
        private boolean done;

        Writer(Path target) throws IOException {
            this.target = target;
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = AtomicFiles.createTemp(dir, "." + target.getFileName());
            stream = new CheckedOutputStream(Files.newOutputStream(tmp), crc);
            out = new CacheOutput(stream);
        }

        /** The header and every path's size and time as listed. */
        void stamps(String fingerprint, long cacheId, long changesId, long started, byte[] digest, LongPages sizes,
                LongPages times, int paths) {
            out.writeBytes(MAGIC);
            out.writeInt(VERSION);
            out.writeString(fingerprint);
            out.writeLong(cacheId);
            out.writeLong(changesId);
            out.writeLong(started);
            out.writeBytes(digest);
            out.writeInt(paths);
            for (int i = 0; i < paths; i++) {
                out.writeLong(sizes.get(i));
            }
            for (int i = 0; i < paths; i++) {
                out.writeLong(times.get(i));
            }
        }

        /**
         * What the pass found; {@code links} holds {@code linkCount} links, {@code entries} where each of the
         * {@code figures} figures' entries starts in the cache.
         */
        void result(int[] generations, int[] unparsed, Map<Integer, String> otherFigids, LongPages links,
                int linkCount, LongPages entries, int figures, Map<Integer, Long> mapHashes) {
            Arrays.stream(generations).forEach(out::writeInt);
            out.writeInt(unparsed.length);
            Arrays.stream(unparsed).forEach(out::writeInt);
            out.writeInt(otherFigids.size());
            otherFigids.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                out.writeInt(e.getKey());
                out.writeString(e.getValue());
            });
            out.writeInt(linkCount);
            for (int i = 0; i < linkCount; i++) {
                out.writeLong(links.get(i));
            }
            out.writeInt(figures);
            for (int i = 0; i < figures; i++) {
                out.writeLong(entries.get(i));
            }
            out.writeInt(mapHashes.size());
            mapHashes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                out.writeInt(e.getKey());
                out.writeLong(e.getValue());
            });
        }

        /** One file's hits; files in path order, each once. */
        void file(int pathId, List<RuleHit> own, List<RuleHit> cross, List<Suppression> suppressions) {
            out.writeInt(pathId);
            CheckCache.hits(out, own);
            CheckCache.hits(out, cross);
            CheckCache.suppressions(out, suppressions);
        }

        void commit() throws IOException {
            out.writeInt(-1);
            out.flush();
            int sum = (int) crc.getValue();
            stream.write(ByteBuffer.allocate(4).putInt(sum).array());
            stream.close();
            AtomicFiles.moveIntoPlace(tmp, target);
            done = true;
        }

        @Override
        public void close() throws IOException {
            if (!done) {
                stream.close();
                Files.deleteIfExists(tmp);
            }
        }
    }
}
