package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.Suppression;
import io.github.pfocr.core.output.AtomicFiles;
import io.github.pfocr.core.rules.FigureFacts;
import io.github.pfocr.core.rules.RuleRegistry;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The incremental cache: per figure file, in figid order, its {@link FigureEntry} (hits before configuration,
 * suppressions, cross-file facts, linked tables' hits) and the {@link FileStamp} it was read at. The file starts
 * with a magic, a format version and the fingerprint of everything the entries depend on; every entry is
 * length-prefixed and carries a CRC32C. Each write gives the file a new random id, which the
 * {@link ResultSnapshot} names to show which cache it agrees with. The listener's parts (the catalog's records, the bulk of the data) live in
 * a parts file beside it that runs append to, so an edit rewrites the small entries, not every record's part. It is
 * plain data read with bounds checks: a cache from another version or configuration is ignored, a damaged one is
 * dropped with one log line, never trusted.
 */
final class CheckCache {
    private static final byte[] MAGIC = "PFOCR-CHECK-CACHE\n".getBytes(StandardCharsets.US_ASCII);
    private static final int VERSION = 3;
    /** Bytes after each entry's body: its part's offset, length and CRC. */
    static final int TRAILER = 16;
    private static final long PARTS_MAGIC = 0x5046_4f43_5250_5431L;
    private static final int PARTS_MAGIC_AT = 0;
    private static final int PARTS_ID_AT = 8;
    private static final int PARTS_HEADER = 16;
    /** A parts file smaller than this is never rewritten to drop parts no entry refers to. */
    private static final long COMPACT_MIN = 64L << 20;
    /** File times are coarser than this; a file this close to a pass's start may have changed unseen. */
    private static final long RACY_MILLIS = 2000;
    /** No entry is larger; a larger length means damage. */
    private static final int MAX_ENTRY = 256 << 20;

    /**
     * The order of figure files in the pass and in the cache: by base name (the figid order), then by path. The
     * base names are compared where they stand in the paths: taking them out would allocate two strings per
     * comparison, about 40 million to sort a million figures.
     */
    static final Comparator<String> ORDER = CheckCache::compareInOrder;

    private CheckCache() {
    }

    private static int compareInOrder(String a, String b) {
        int aFrom = a.lastIndexOf('/') + 1;
        int bFrom = b.lastIndexOf('/') + 1;
        int aLength = (a.endsWith(".md") ? a.length() - 3 : a.length()) - aFrom;
        int bLength = (b.endsWith(".md") ? b.length() - 3 : b.length()) - bFrom;
        for (int i = 0, n = Math.min(aLength, bLength); i < n; i++) {
            char x = a.charAt(aFrom + i);
            char y = b.charAt(bFrom + i);
            if (x != y) {
                return x - y;
            }
        }
        return aLength != bLength ? aLength - bLength : a.compareTo(b);
    }

    /**
     * Whether a file modified at {@code modified} may have changed again within the same clock tick after a pass
     * that started at {@code started} read it: then its time proves nothing and its bytes are compared (as git does).
     */
    static boolean racy(long modified, long started) {
        return modified + RACY_MILLIS >= started;
    }

    static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** Reads a previous cache sequentially, handing out the entry of each path asked for in {@link #ORDER}. */
    static final class Reader implements Closeable {
        private final DataInputStream in;
        private final Path file;
        private final Consumer<String> log;
        private final long started;
        private final long id;
        private final long partsId;
        private final long partsLive;
        private final FileChannel parts;
        /** The cache file for reads at a position, opened when first needed. */
        private FileChannel random;
        private Changes changes = Changes.NONE;
        private byte[] next;
        private String nextPath;
        private boolean broken;
        /** The header's length: where the first entry starts. */
        private final long headerLength;
        /** Where the next entry to read starts, and where the one held in {@code next} started. */
        private long position;
        private long nextAt;
        private long foundAt = -1;
        /** Where the file ends after its end marker, once read; -1 before. */
        private long end = -1;

        private Reader(DataInputStream in, Path file, Consumer<String> log, long started, long id, long partsId,
                long partsLive, FileChannel parts, long headerLength) {
            this.in = in;
            this.headerLength = headerLength;
            this.position = headerLength;
            this.file = file;
            this.log = log;
            this.started = started;
            this.id = id;
            this.partsId = partsId;
            this.partsLive = partsLive;
            this.parts = parts;
        }

        /** {@link CheckCache#racy} against the pass that wrote this cache. */
        boolean racy(long modified) {
            return CheckCache.racy(modified, started);
        }

        /** The random id this cache file was written with. */
        long id() {
            return id;
        }

        /** Where the first entry starts. */
        long headerLength() {
            return headerLength;
        }

        /** The bytes of the parts that entries refer to. */
        long partsLive() {
            return partsLive;
        }

        /** The entry starting at {@code position} (as {@link #foundAt} gave it), its checksum verified. */
        byte[] entryAt(long position) {
            try {
                FileChannel random = random();
                // Most entries are shorter than a block: one read takes the length and the entry.
                ByteBuffer first = ByteBuffer.allocate(4096);
                while (first.position() < 4 && random.read(first, position + first.position()) > 0) {
                    // reads until the length is in
                }
                if (first.position() < 4) {
                    throw new CacheFormatException("the cache ends early");
                }
                int length = first.getInt(0);
                if (length < 4 + TRAILER || length > MAX_ENTRY) {
                    throw new CacheFormatException("entry length " + length);
                }
                ByteBuffer b = ByteBuffer.allocate(4 + length + 4);
                b.put(first.array(), 0, Math.min(first.position(), b.capacity()));
                while (b.hasRemaining()) {
                    if (random.read(b, position + b.position()) < 0) {
                        throw new CacheFormatException("the cache ends early");
                    }
                }
                return entryIn(b.array(), 0);
            } catch (CacheFormatException e) {
                throw new CacheFormatException(e.getMessage() + " at " + position);
            } catch (IOException e) {
                throw new CacheFormatException("cannot read the entry at " + position + ": " + e.getMessage());
            }
        }

        /** {@code length} bytes of the cache file from {@code position}: many entries in one read. */
        byte[] bytes(long position, int length) {
            try {
                return readFully(random(), position, length).array();
            } catch (IOException e) {
                throw new CacheFormatException("cannot read the cache at " + position + ": " + e.getMessage());
            }
        }

        /** {@code length} bytes of the parts file from {@code offset}: many parts in one read. */
        byte[] partBytes(long offset, int length) {
            if (parts == null) {
                throw new CacheFormatException("no parts file");
            }
            try {
                return readFully(parts, offset, length).array();
            } catch (IOException e) {
                throw new CacheFormatException("cannot read a part: " + e.getMessage());
            }
        }

        /** The length of the entry starting at {@code position} in the file. */
        int entryLength(long position) {
            try {
                return readFully(random(), position, 4).getInt();
            } catch (IOException e) {
                throw new CacheFormatException("cannot read the entry at " + position + ": " + e.getMessage());
            }
        }

        /** Where the end marker is: the entries end there. */
        long endMarker() {
            try {
                FileChannel random = random();
                long at = random.size() - 4;
                if (at < headerLength || readFully(random, at, 4).getInt() != -1) {
                    throw new CacheFormatException("no end marker");
                }
                return at;
            } catch (IOException e) {
                throw new CacheFormatException("cannot find the end: " + e.getMessage());
            }
        }

        /** The cache file for reads at a position; workers share it (such reads do not move a channel). */
        private synchronized FileChannel random() throws IOException {
            if (random == null) {
                random = FileChannel.open(file, StandardOpenOption.READ);
            }
            return random;
        }

        private static ByteBuffer readFully(FileChannel c, long position, int n) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(n);
            while (b.hasRemaining()) {
                if (c.read(b, position + b.position()) < 0) {
                    throw new CacheFormatException("the cache ends early");
                }
            }
            return b.flip();
        }

        /** The cache at {@code file}, or null when there is none or it was written for something else. */
        static Reader open(Path file, String fingerprint, Consumer<String> log) {
            if (file == null || !Files.isRegularFile(file)) {
                return null;
            }
            DataInputStream in = null;
            try {
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                byte[] magic = new byte[MAGIC.length];
                in.readFully(magic);
                if (!Arrays.equals(magic, MAGIC) || in.readInt() != VERSION) {
                    in.close();
                    log.accept("pfocr: cache " + file + " is not a cache of this plugin version; ignoring it");
                    return null;
                }
                int n = in.readInt();
                if (n < 0 || n > 1 << 20) {
                    throw new CacheFormatException("bad fingerprint length");
                }
                byte[] fp = new byte[n];
                in.readFully(fp);
                if (!fingerprint.equals(new String(fp, StandardCharsets.UTF_8))) {
                    in.close();
                    log.accept("pfocr: cache " + file + " was written for another configuration; ignoring it");
                    return null;
                }
                long started = in.readLong();
                long id = in.readLong();
                long partsId = in.readLong();
                long partsLive = in.readLong();
                Reader r = new Reader(in, file, log, started, id, partsId, partsLive, openParts(partsFile(file),
                        partsId), MAGIC.length + 4 + 4 + n + 8 + 8 + 8 + 8);
                r.changes = Changes.read(changesFile(file), id, log);
                r.advance();
                return r;
            } catch (IOException | CacheFormatException e) {
                closeQuietly(in);
                log.accept("pfocr: cache " + file + " is damaged (" + e.getMessage() + "); discarding it");
                return null;
            }
        }

        /** The parts file written with the cache, or null when it is missing or belongs to another cache. */
        private static FileChannel openParts(Path partsFile, long id) {
            if (!Files.isRegularFile(partsFile)) {
                return null;
            }
            try {
                FileChannel c = FileChannel.open(partsFile, StandardOpenOption.READ);
                ByteBuffer header = ByteBuffer.allocate(PARTS_HEADER);
                if (c.read(header, 0) == PARTS_HEADER && header.getLong(PARTS_MAGIC_AT) == PARTS_MAGIC
                        && header.getLong(PARTS_ID_AT) == id) {
                    return c;
                }
                c.close();
            } catch (IOException e) {
                // Unusable parts only cost reading the records again.
            }
            return null;
        }

        /** The raw entry cached for this path, or null; paths must be asked for in {@link #ORDER}. */
        byte[] find(String path) {
            while (nextPath != null && ORDER.compare(nextPath, path) < 0) {
                advance();
            }
            byte[] found = null;
            foundAt = -1;
            if (nextPath != null && nextPath.equals(path)) {
                found = next;
                foundAt = nextAt;
                advance();
            }
            byte[] changed = changes.entries.get(path);
            if (changed != null) {
                // A later pass's entry replaces the file's own: it is written anew, not kept in place.
                foundAt = -1;
                return changed;
            }
            return found;
        }

        /**
         * The latest entry of a path whose entry in the file starts at {@code position}: a change, or that one; the
         * caller's own copy either way.
         */
        byte[] latest(String path, long position) {
            byte[] changed = changes.entries.get(path);
            return changed != null ? changed.clone() : entryAt(position);
        }

        /** The entries a later pass wrote beside the file instead of rewriting it. */
        Changes changes() {
            return changes;
        }

        /** Where in the file the entry the last {@link #find} returned starts, or -1. */
        long foundAt() {
            return foundAt;
        }

        boolean hasParts() {
            return parts != null;
        }

        /** Whether the parts file is mostly parts no entry refers to any more, and should be written anew. */
        boolean partsWasteful() throws IOException {
            return parts != null && parts.size() > COMPACT_MIN && parts.size() > 2 * partsLive;
        }

        /** A part's bytes, checked against its CRC; any thread may call this. */
        byte[] part(FigureEntry.PartRef ref) {
            return partIn(partBytes(ref.offset(), ref.length()), 0, ref);
        }

        /** A damaged entry found late: the rest of the cache is dropped, with one log line. */
        void discard(String why) {
            if (!broken) {
                broken = true;
                log.accept("pfocr: cache " + file + " is damaged (" + why + "); discarding the rest of it");
            }
            next = null;
            nextPath = null;
        }

        private void advance() {
            next = null;
            nextPath = null;
            if (broken) {
                return;
            }
            try {
                int length = in.readInt();
                if (length == -1) {
                    end = position + 4;
                    return;
                }
                if (length < 4 + TRAILER || length > MAX_ENTRY) {
                    throw new CacheFormatException("entry length " + length);
                }
                byte[] entry = new byte[length];
                in.readFully(entry);
                int crc = in.readInt();
                CRC32C c = new CRC32C();
                c.update(entry);
                if ((int) c.getValue() != crc) {
                    throw new CacheFormatException("checksum mismatch");
                }
                String path = new CacheInput(entry).readString();
                if (path == null) {
                    throw new CacheFormatException("entry without a path");
                }
                next = entry;
                nextPath = path;
                nextAt = position;
                position += 4 + length + 4;
            } catch (EOFException e) {
                discard("truncated");
            } catch (IOException | CacheFormatException e) {
                discard(e.getMessage());
            }
        }

        @Override
        public void close() throws IOException {
            closeQuietly(in);
            if (parts != null) {
                parts.close();
            }
            synchronized (this) {
                if (random != null) {
                    random.close();
                }
            }
        }
    }

    /**
     * Writes the next cache beside the target and moves it into place only when complete. Parts are appended to
     * the previous parts file, or to a new one (moved into place first) when there is none or it is mostly waste.
     * Entries repeated unchanged from the start of the previous cache are not written until something differs
     * (then they are copied in one transfer); when nothing differs the previous cache is left as it is.
     */
    static final class Writer implements Closeable {
        private final Path target;
        private final Path dir;
        private final byte[] header;
        /** Where the header's count of live part bytes is patched in at the end. */
        private final long liveAt;
        /** The previous cache, when its entries may be kept in place (it shares the parts file); else null. */
        private final Reader previous;
        private Path tmp;
        private FileChannel channel;
        private DataOutputStream out;
        /** Bytes of the previous cache's entries, from its first, repeated but not yet written. */
        private long kept;
        /** Bytes written after the header and the kept entries. */
        private long written;
        /** The previous cache, while entries are copied from it. */
        private FileChannel source;
        private final Path partsTarget;
        private final Path partsTmp;
        private final FileChannel parts;
        private long partsEnd;
        private long live;
        private final long id;
        private boolean done;

        /**
         * @param started when the pass began reading, in milliseconds
         * @param previous the cache read in this pass; its parts file is appended to when {@code reuseParts}
         */
        Writer(Path target, String fingerprint, long started, Reader previous, boolean reuseParts)
                throws IOException {
            this.target = target;
            this.dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            this.partsTarget = partsFile(target);
            long id;
            if (reuseParts) {
                id = previous.partsId;
                partsTmp = null;
                parts = FileChannel.open(partsTarget, StandardOpenOption.WRITE);
                partsEnd = parts.size();
            } else {
                id = new SecureRandom().nextLong();
                partsTmp = AtomicFiles.createTemp(dir, "." + partsTarget.getFileName());
                parts = FileChannel.open(partsTmp, StandardOpenOption.WRITE);
                ByteBuffer header = ByteBuffer.allocate(PARTS_HEADER);
                header.putLong(PARTS_MAGIC_AT, PARTS_MAGIC).putLong(PARTS_ID_AT, id);
                parts.write(header, 0);
                partsEnd = PARTS_HEADER;
            }
            this.previous = reuseParts ? previous : null;
            byte[] fp = fingerprint.getBytes(StandardCharsets.UTF_8);
            this.id = new SecureRandom().nextLong();
            ByteBuffer h = ByteBuffer.allocate(MAGIC.length + 4 + 4 + fp.length + 8 + 8 + 8 + 8);
            h.put(MAGIC).putInt(VERSION).putInt(fp.length).put(fp).putLong(started).putLong(this.id).putLong(id);
            liveAt = h.position();
            h.putLong(0);
            this.header = h.array();
        }

        /** Appends a part; returns where it is. */
        FigureEntry.PartRef appendPart(byte[] part) throws IOException {
            CRC32C c = new CRC32C();
            c.update(part);
            ByteBuffer b = ByteBuffer.wrap(part);
            long at = partsEnd;
            while (b.hasRemaining()) {
                partsEnd += parts.write(b, partsEnd);
            }
            return new FigureEntry.PartRef(at, part.length, (int) c.getValue());
        }

        /**
         * Adds an entry as the previous cache held it, its part where it was.
         *
         * @param at where the entry starts in the previous cache ({@link Reader#foundAt})
         */
        long addUnchanged(byte[] entry, FigureEntry.PartRef part, long at) throws IOException {
            live += part == null ? 0 : part.length();
            if (out == null && previous != null && at == previous.headerLength + kept) {
                kept += 4 + entry.length + 4;
                return at;
            }
            long position = open();
            CRC32C c = new CRC32C();
            c.update(entry);
            out.writeInt(entry.length);
            out.write(entry);
            out.writeInt((int) c.getValue());
            written += 4 + entry.length + 4;
            return position;
        }

        /** Adds an entry: its body and where its part is (or null); returns where the entry starts. */
        long add(byte[] body, FigureEntry.PartRef part) throws IOException {
            long position = open();
            ByteBuffer trailer = ByteBuffer.allocate(TRAILER);
            trailer.putLong(part == null ? -1 : part.offset()).putInt(part == null ? 0 : part.length())
                    .putInt(part == null ? 0 : part.crc());
            live += part == null ? 0 : part.length();
            CRC32C c = new CRC32C();
            c.update(body);
            c.update(trailer.array());
            out.writeInt(body.length + TRAILER);
            out.write(body);
            out.write(trailer.array());
            out.writeInt((int) c.getValue());
            written += 4 + body.length + TRAILER + 4;
            return position;
        }

        /**
         * Copies the previous cache's bytes {@code [from, to)}, whole entries, as they are: a pass that changes a few
         * entries copies the rest around them.
         */
        void copy(long from, long to) throws IOException {
            if (to <= from) {
                return;
            }
            long position = open();
            out.flush();
            transfer(from, position, to - from);
            written += to - from;
            channel.position(position + to - from);
        }

        /** Counts parts referred to by entries {@link #copy} copied. */
        void addLive(long bytes) {
            live += bytes;
        }

        /** Where the next entry goes. */
        long position() {
            return header.length + kept + written;
        }

        /** Copies {@code n} bytes of the previous cache from {@code from} to {@code to} in the new one. */
        private void transfer(long from, long to, long n) throws IOException {
            if (source == null) {
                source = FileChannel.open(previous.file, StandardOpenOption.READ);
            }
            for (long copied = 0; copied < n; ) {
                long k = channel.transferFrom(source.position(from + copied), to + copied, n - copied);
                if (k <= 0) {
                    throw new EOFException("previous cache shorter than its entries");
                }
                copied += k;
            }
        }

        /**
         * Starts the new file, unless started: the header, then the entries kept from the previous cache so far.
         * Returns where the next entry goes.
         */
        private long open() throws IOException {
            if (out == null) {
                tmp = AtomicFiles.createTemp(dir, "." + target.getFileName());
                channel = FileChannel.open(tmp, StandardOpenOption.WRITE);
                channel.write(ByteBuffer.wrap(header), 0);
                if (kept > 0) {
                    transfer(previous.headerLength, header.length, kept);
                }
                channel.position(header.length + kept);
                out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16));
            }
            return header.length + kept + written;
        }

        /**
         * Ends a pass that leaves the cache file as it is and writes its changed entries beside it: the parts they
         * name are appended to the previous parts file, which stays.
         */
        void commitParts() throws IOException {
            if (partsTmp != null || out != null) {
                throw new IllegalStateException("only parts appended to the previous parts file can stay");
            }
            parts.close();
            done = true;
        }

        /** The id of the cache in place after {@link #commit}: the previous one's when it was left as it was. */
        long id() {
            return out == null && previous != null ? previous.id : id;
        }

        void commit() throws IOException {
            if (out == null && previous != null && previous.end == previous.headerLength + kept + 4) {
                // Every entry as before, in place, and no part appended: the previous cache stays as it is.
                parts.close();
                done = true;
                return;
            }
            open();
            out.writeInt(-1);
            out.flush();
            channel.write(ByteBuffer.allocate(8).putLong(0, live), liveAt);
            out.close();
            // Not forced to disk (which would flush every file the pass wrote): a part lost in a crash fails its
            // checksum, and its record is read again.
            parts.close();
            if (partsTmp != null) {
                AtomicFiles.moveIntoPlace(partsTmp, partsTarget);
            }
            AtomicFiles.moveIntoPlace(tmp, target);
            done = true;
        }

        @Override
        public void close() throws IOException {
            if (source != null) {
                source.close();
            }
            if (!done) {
                if (out != null) {
                    out.close();
                }
                parts.close();
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
                if (partsTmp != null) {
                    Files.deleteIfExists(partsTmp);
                }
            }
        }
    }

    /**
     * Entries that replace some of a cache file's own: a pass that read a few files again writes them beside the
     * cache instead of rewriting it, and the next full pass folds them in. The file names the cache it amends and
     * has an id of its own, which the {@link ResultSnapshot} names; it is plain data with a CRC32C, written
     * atomically, and one for another cache is ignored.
     */
    static final class Changes {
        private static final byte[] CHANGES_MAGIC = "PFOCR-CHECK-CHANGES\n".getBytes(StandardCharsets.US_ASCII);
        static final Changes NONE = new Changes(0, Map.of());

        final long id;
        /** Each changed entry, by path, as the cache would hold it. */
        final Map<String, byte[]> entries;

        private Changes(long id, Map<String, byte[]> entries) {
            this.id = id;
            this.entries = entries;
        }

        /** The changes to the cache {@code cacheId} at {@code file}, or none. */
        static Changes read(Path file, long cacheId, Consumer<String> log) {
            try {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_ENTRY) {
                    return NONE;
                }
                CacheInput in = CacheInput.checked(Files.readAllBytes(file));
                if (!Arrays.equals(in.readBytes(), CHANGES_MAGIC) || in.readInt() != VERSION
                        || in.readLong() != cacheId) {
                    return NONE;
                }
                long id = in.readLong();
                int n = in.readCount(4 + TRAILER);
                Map<String, byte[]> entries = new HashMap<>();
                for (int i = 0; i < n; i++) {
                    byte[] entry = in.readBytes();
                    if (entry == null || entry.length < 4 + TRAILER) {
                        throw new CacheFormatException("a changed entry too short");
                    }
                    entries.put(required(pathOf(entry)), entry);
                }
                in.end();
                return new Changes(id, entries);
            } catch (IOException | CacheFormatException e) {
                log.accept("pfocr: cache changes " + file + " are damaged (" + e.getMessage() + "); ignoring them");
                return NONE;
            }
        }

        /** Writes changes to the cache {@code cacheId}; returns their new id. */
        static long write(Path file, long cacheId, Map<String, byte[]> entries) throws IOException {
            long id = new SecureRandom().nextLong();
            CacheOutput out = new CacheOutput();
            out.writeBytes(CHANGES_MAGIC);
            out.writeInt(VERSION);
            out.writeLong(cacheId);
            out.writeLong(id);
            out.writeInt(entries.size());
            entries.entrySet().stream().sorted(Map.Entry.comparingByKey(ORDER))
                    .forEach(e -> out.writeBytes(e.getValue()));
            byte[] body = out.toByteArray();
            CRC32C crc = new CRC32C();
            crc.update(body);
            AtomicFiles.write(file, o -> {
                o.write(body);
                o.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
            });
            return id;
        }
    }

    /** The changes file beside a cache file. */
    static Path changesFile(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".changes");
    }

    /** The parts file beside a cache file. */
    static Path partsFile(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".parts");
    }

    /** An entry as the cache holds it: its body, then the trailer naming its part (or none). */
    static byte[] entry(byte[] body, FigureEntry.PartRef part) {
        return ByteBuffer.allocate(body.length + TRAILER).put(body).putLong(part == null ? -1 : part.offset())
                .putInt(part == null ? 0 : part.length()).putInt(part == null ? 0 : part.crc()).array();
    }

    /** An entry's body without its part trailer. */
    static byte[] body(byte[] entry) {
        return Arrays.copyOf(entry, entry.length - TRAILER);
    }

    static byte[] encode(FigureEntry e) {
        CacheOutput out = new CacheOutput();
        out.writeString(e.path());
        FileStamp s = e.stamp();
        out.writeInt(s.tables().length);
        for (int i = 0; i < s.tables().length; i++) {
            out.writeString(s.tables()[i]);
        }
        for (int i = 0; i <= s.tables().length; i++) {
            out.writeLong(s.sizes()[i]);
            out.writeLong(s.modified()[i]);
        }
        out.writeLong(s.contentHash());
        out.writeInt(e.generation() == null ? -1 : e.generation().ordinal());
        hits(out, e.hits());
        suppressions(out, e.suppressions());
        out.writeInt(e.tables().size());
        for (FigureEntry.TableHits t : e.tables()) {
            out.writeString(t.name());
            hits(out, t.hits());
        }
        out.writeBoolean(e.facts() != null);
        if (e.facts() != null) {
            facts(out, e.facts());
        }
        return out.toByteArray();
    }

    /**
     * The entry whose length field starts at {@code at} in {@code block} (a piece of the cache file), its length and
     * checksum verified.
     */
    static byte[] entryIn(byte[] block, int at) {
        int length = lengthIn(block, at, 4);
        byte[] entry = Arrays.copyOfRange(block, at + 4, at + 4 + length);
        CRC32C c = new CRC32C();
        c.update(entry);
        if ((int) c.getValue() != ByteBuffer.wrap(block).getInt(at + 4 + length)) {
            throw new CacheFormatException("checksum mismatch");
        }
        return entry;
    }

    /**
     * The length field of the entry at {@code at} in {@code block}, checked to be an entry's length and to fit in the
     * block with {@code after} more bytes (its checksum) behind it.
     */
    private static int lengthIn(byte[] block, int at, int after) {
        if (at < 0 || at > block.length - 4) {
            throw new CacheFormatException("the cache ends early");
        }
        int length = ByteBuffer.wrap(block).getInt(at);
        if (length < 4 + TRAILER || length > MAX_ENTRY) {
            throw new CacheFormatException("entry length " + length);
        }
        if (length > block.length - at - 4 - after) {
            throw new CacheFormatException("the cache ends early");
        }
        return length;
    }

    /** The part {@code ref} names, found at {@code at} in {@code block} (a piece of the parts file), CRC checked. */
    static byte[] partIn(byte[] block, int at, FigureEntry.PartRef ref) {
        if (at < 0 || ref.length() > block.length - at) {
            throw new CacheFormatException("part beyond the end of the parts file");
        }
        byte[] part = at == 0 && ref.length() == block.length ? block
                : Arrays.copyOfRange(block, at, at + ref.length());
        CRC32C c = new CRC32C();
        c.update(part);
        if ((int) c.getValue() != ref.crc()) {
            throw new CacheFormatException("part checksum mismatch");
        }
        return part;
    }

    /**
     * The part named by the trailer of the entry whose length field starts at {@code at} in {@code block}, without
     * verifying the entry: where to read, not what to trust.
     */
    static FigureEntry.PartRef partNamedIn(byte[] block, int at) {
        int length = lengthIn(block, at, 0);
        return partOf(Arrays.copyOfRange(block, at + 4 + length - TRAILER, at + 4 + length));
    }

    /** The part an entry's trailer names, or null. */
    static FigureEntry.PartRef partOf(byte[] entry) {
        if (entry.length < TRAILER) {
            throw new CacheFormatException("entry too short");
        }
        ByteBuffer trailer = ByteBuffer.wrap(entry, entry.length - TRAILER, TRAILER);
        long offset = trailer.getLong();
        int length = trailer.getInt();
        int crc = trailer.getInt();
        // A part is never longer than an entry may be: a forged length must not make the reader allocate it.
        if (offset != -1 && (offset < PARTS_HEADER || length < 0 || length > MAX_ENTRY)) {
            throw new CacheFormatException("part reference " + offset + "+" + length);
        }
        return offset == -1 ? null : new FigureEntry.PartRef(offset, length, crc);
    }

    /** The path an entry is for. */
    static String pathOf(byte[] entry) {
        return new CacheInput(entry, entry.length - TRAILER).readString();
    }

    /** Whether an entry is the one of {@code path}: its first field compared as bytes, without decoding it. */
    static boolean isEntryOf(byte[] entry, String path) {
        byte[] p = path.getBytes(StandardCharsets.UTF_8);
        return entry.length >= 4 + p.length && ByteBuffer.wrap(entry).getInt(0) == p.length
                && Arrays.equals(entry, 4, 4 + p.length, p, 0, p.length);
    }

    /** An entry's stamp alone, read without decoding the rest of it. */
    static FileStamp stampOf(byte[] entry) {
        CacheInput in = new CacheInput(entry, entry.length - TRAILER);
        in.readString();
        return stamp(in);
    }

    /**
     * Puts new modification times into an entry's stamp, for files whose bytes are unchanged: in place, without
     * decoding the entry; so only on the caller's own copy.
     */
    static byte[] withTimes(byte[] entry, long[] modified) {
        CacheInput in = new CacheInput(entry, entry.length - TRAILER);
        in.readString();
        int tables = in.readCount(4);
        if (modified.length != tables + 1) {
            throw new CacheFormatException("stamp of " + tables + " table(s), not " + (modified.length - 1));
        }
        for (int i = 0; i < tables; i++) {
            in.readString();
        }
        ByteBuffer patched = ByteBuffer.wrap(entry);
        for (int i = 0; i <= tables; i++) {
            // Each table's size, then its time: only the time is replaced.
            patched.putLong(in.position() + 16 * i + 8, modified[i]);
        }
        return patched.array();
    }

    private static FileStamp stamp(CacheInput in) {
        int tables = in.readCount(4);
        String[] names = new String[tables];
        for (int i = 0; i < tables; i++) {
            names[i] = required(in.readString());
        }
        long[] sizes = new long[tables + 1];
        long[] modified = new long[tables + 1];
        for (int i = 0; i <= tables; i++) {
            sizes[i] = in.readLong();
            modified[i] = in.readLong();
        }
        return new FileStamp(sizes, modified, names, in.readLong());
    }

    /** Whether two records give the cross-file rules the same facts, positions included. */
    static boolean sameFacts(FigureFacts a, FigureFacts b) {
        if (a == null || b == null) {
            return a == b;
        }
        CacheOutput x = new CacheOutput();
        CacheOutput y = new CacheOutput();
        facts(x, a);
        facts(y, b);
        return Arrays.equals(x.toByteArray(), y.toByteArray());
    }

    /** Decodes an entry: its body, then the trailer naming its part. */
    static FigureEntry decode(byte[] entry) {
        FigureEntry.PartRef part = partOf(entry);
        CacheInput in = new CacheInput(entry, entry.length - TRAILER);
        String path = in.readString();
        FileStamp stamp = stamp(in);
        int gen = in.readInt();
        if (gen < -1 || gen >= Generation.values().length) {
            throw new CacheFormatException("generation " + gen);
        }
        List<RuleHit> hits = hits(in);
        List<Suppression> suppressions = suppressions(in);
        int nt = in.readCount(8);
        List<FigureEntry.TableHits> tableHits = new ArrayList<>(nt);
        for (int i = 0; i < nt; i++) {
            tableHits.add(new FigureEntry.TableHits(required(in.readString()), hits(in)));
        }
        FigureFacts facts = in.readBoolean() ? facts(in) : null;
        in.end();
        if (gen >= 0 != (facts != null)) {
            throw new CacheFormatException("facts do not match the generation");
        }
        return new FigureEntry(path, gen < 0 ? null : Generation.values()[gen], hits, suppressions,
                facts, List.copyOf(tableHits), stamp, part);
    }

    static void suppressions(CacheOutput out, List<Suppression> suppressions) {
        out.writeInt(suppressions.size());
        for (Suppression x : suppressions) {
            out.writeInt(x.line());
            out.writeInt(x.column());
            out.writeInt(x.ruleIds().size());
            x.ruleIds().forEach(out::writeString);
        }
    }

    static List<Suppression> suppressions(CacheInput in) {
        int n = in.readCount(12);
        List<Suppression> suppressions = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int line = in.readInt();
            int column = in.readInt();
            int k = in.readCount(4);
            List<String> ids = new ArrayList<>(k);
            for (int j = 0; j < k; j++) {
                ids.add(required(in.readString()));
            }
            suppressions.add(new Suppression(line, column, List.copyOf(ids)));
        }
        return List.copyOf(suppressions);
    }

    static void hits(CacheOutput out, List<RuleHit> hits) {
        out.writeInt(hits.size());
        for (RuleHit h : hits) {
            out.writeString(h.rule().id());
            out.writeInt(h.line());
            out.writeInt(h.column());
            out.writeString(h.message());
            out.writeString(h.expected());
            out.writeString(h.value());
        }
    }

    static List<RuleHit> hits(CacheInput in) {
        int n = in.readCount(24);
        List<RuleHit> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = in.readString();
            Rule rule = id == null ? null : RuleRegistry.byId(id);
            if (rule == null) {
                throw new CacheFormatException("unknown rule " + id);
            }
            out.add(new RuleHit(rule, in.readInt(), in.readInt(), required(in.readString()), in.readString(),
                    in.readString()));
        }
        return out;
    }

    private static void facts(CacheOutput out, FigureFacts f) {
        out.writeString(f.linkId());
        for (int i = 0; i < FigureFacts.Unique.values().length; i++) {
            out.writeString(f.unique()[i]);
            out.writeLong(f.uniqueAt()[i]);
        }
        out.writeString(f.pmcid());
        out.writeString(f.ndex());
        out.writeLong(f.ndexAt());
        out.writeString(f.wpid());
        out.writeLong(f.wpidAt());
        out.writeString(f.genesTable());
        out.writeInt(f.geneIds().length);
        for (int i = 0; i < f.geneIds().length; i++) {
            out.writeString(f.geneIds()[i]);
            out.writeString(f.symbols()[i]);
            out.writeLong(f.geneAt()[i]);
            out.writeBoolean(f.geneInTable()[i]);
            out.writeLong(f.geneHashes()[2 * i]);
            out.writeLong(f.geneHashes()[2 * i + 1]);
        }
    }

    private static FigureFacts facts(CacheInput in) {
        String linkId = required(in.readString());
        int u = FigureFacts.Unique.values().length;
        String[] unique = new String[u];
        long[] uniqueAt = new long[u];
        for (int i = 0; i < u; i++) {
            unique[i] = in.readString();
            uniqueAt[i] = in.readLong();
        }
        String pmcid = in.readString();
        String ndex = in.readString();
        long ndexAt = in.readLong();
        String wpid = in.readString();
        long wpidAt = in.readLong();
        String genesTable = in.readString();
        int g = in.readCount(36);
        String[] ids = new String[g];
        String[] symbols = new String[g];
        long[] at = new long[g];
        boolean[] inTable = new boolean[g];
        // The pairs' hashes are kept, so replaying a cached record into the index hashes no string.
        long[] hashes = new long[2 * g];
        for (int i = 0; i < g; i++) {
            ids[i] = required(in.readString());
            symbols[i] = required(in.readString());
            at[i] = in.readLong();
            inTable[i] = in.readBoolean();
            hashes[2 * i] = in.readLong();
            hashes[2 * i + 1] = in.readLong();
        }
        return new FigureFacts(linkId, unique, uniqueAt, pmcid, ndex, ndexAt, wpid, wpidAt, ids, symbols, at,
                inTable, genesTable, hashes);
    }

    static String required(String s) {
        if (s == null) {
            throw new CacheFormatException("missing value");
        }
        return s;
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // Nothing was read from it that matters.
            }
        }
    }
}
