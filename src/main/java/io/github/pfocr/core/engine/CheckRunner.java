package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.read.ContentHash;
import io.github.pfocr.core.read.Listing;
import io.github.pfocr.core.read.ReadRules;
import io.github.pfocr.core.read.RecordLoader;
import io.github.pfocr.core.read.RepositoryFiles;
import io.github.pfocr.core.read.TextFiles;
import io.github.pfocr.core.read.TsvReader;
import io.github.pfocr.core.rules.FigureFacts;
import io.github.pfocr.core.rules.LongPages;
import io.github.pfocr.core.rules.RecordCheck;
import io.github.pfocr.core.rules.RepositoryRules;
import io.github.pfocr.core.rules.RuleRegistry;

import io.github.pfocr.core.output.ToolInfo;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * The one pass behind every goal: list the files; read each figure file with its linked tables once, in parallel
 * chunks, running the record rules and taking the facts the cross-file rules need (or take both from the cache);
 * consume the chunks in figid order on one thread, feeding the cross-file rules and the listening goal; then the
 * tables no record claimed, the map files and the cross-file findings; and last the one chain of settings,
 * suppressions and baseline. One bad file yields findings, never an exception, and never stops the others; the
 * result does not depend on the number of threads.
 *
 * <p>With a cache, the pass also leaves a {@link ResultSnapshot}. A later pass over the same paths starts from it:
 * with nothing changed it is the result; with some files changed only those are read again, and when their
 * cross-file facts are as before, only their own hits are replaced. Otherwise the full pass runs. A listening goal
 * that takes every record's part (the catalog) is then handed the parts from the cache, in figid order.
 */
public final class CheckRunner {
    /** Figures read in parallel before they are consumed in order. */
    private static final int CHUNK = 1024;
    /**
     * Figures whose cached entries or parts are read at a time, as one block: when parts are handed over, and when
     * changed figures are probed. A block is kept this way below the size at which G1 gives an array heap regions of
     * its own: every such block started a collection (29 in one catalog goal of 100,000 figures with chunks of
     * 1,024, 2 to 6 with these), and each was zeroed into fresh pages.
     */
    private static final int BLOCK_CHUNK = 128;

    private final CheckRequest request;
    private final RecordListener<Object> listener;
    private final Consumer<String> log;
    private final Consumer<String> debug;
    private CheckCache.Reader previous;
    /** The data directory relative to the base directory, with a trailing {@code /}. */
    private String dataPrefix;
    /** The data tables, by path index. */
    private BitSet dataTableIds;
    private PathTable paths;
    /** Per file (by path index), during the figures' pass: its size and time as listed, or -1. */
    private LongPages listedSize;
    private LongPages listedTime;
    private RepositoryRules rules;
    /** What this pass collects per file. */
    private FileResults results;
    /**
     * While a pass starts from a snapshot: the figures to look at again (their files changed since), the first
     * record to link each data table, and whether a changed record's cross-file facts differ (then the full pass
     * runs); else null.
     */
    private ResultSnapshot snapshot;
    private BitSet changed;
    private Map<Integer, Integer> claimers;
    private boolean factsChanged;
    /** Records read again in a pass from the snapshot. */
    private int reread;
    private boolean damageLogged;

    @SuppressWarnings("unchecked")
    private CheckRunner(CheckRequest request, RecordListener<?> listener, Consumer<String> log,
            Consumer<String> debug) {
        this.request = request;
        this.listener = (RecordListener<Object>) listener;
        this.log = log;
        this.debug = debug;
    }

    public static CheckResult run(CheckRequest request) {
        return run(request, null, message -> { });
    }

    public static CheckResult run(CheckRequest request, RecordListener<?> listener) {
        return run(request, listener, message -> { });
    }

    /**
     * Runs the check, handing every record's part to {@code listener} (none when null) during the same pass.
     *
     * @param log receives the one line about a cache that could not be used
     */
    public static CheckResult run(CheckRequest request, RecordListener<?> listener, Consumer<String> log) {
        return run(request, listener, log, message -> { });
    }

    /**
     * Like {@link #run(CheckRequest, RecordListener, Consumer)}.
     *
     * @param debug receives one line on how the pass ran: from the last result, or in full and why
     */
    public static CheckResult run(CheckRequest request, RecordListener<?> listener, Consumer<String> log,
            Consumer<String> debug) {
        return new CheckRunner(request, listener, log, debug).run();
    }

    private CheckResult run() {
        long start = System.nanoTime();
        // The last result is read while the files are listed: the listing waits on the file system.
        CompletableFuture<ResultSnapshot> lastResult = request.cacheFile() == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> ResultSnapshot.read(ResultSnapshot.file(request.cacheFile())));
        Layout layout = layout();
        String fingerprint = fingerprint();
        boolean snapshots = request.cacheFile() != null && layout.unselected().isEmpty();
        // The snapshot also depends on which files are tables and map files, and it keeps the listener's choice.
        String snapshotPrint = fingerprint + "\n" + relative(request.downloadDirectory()) + "\n"
                + layout.mapFiles().keySet().stream().map(this::relative).toList();
        if (!snapshots) {
            debug.accept("pfocr: full pass: " + (request.cacheFile() == null ? "the cache is off"
                    : "includes/excludes leave figures out"));
        } else {
            ResultSnapshot last = lastResult(lastResult,
                    new ResultSnapshot.Key(snapshotPrint, layout.digest(), paths.size(), layout.figures().length));
            Map<Generation, Integer> generations = last == null
                    ? fullPass("no result of a last check of these paths with these settings")
                    : fromSnapshot(last, layout, fingerprint, snapshotPrint);
            if (generations != null && (listener == null || !listener.accepts()
                    || handOver(layout.figures(), fingerprint))) {
                return result(layout, generations, start);
            }
        }
        Map<Generation, Integer> generations = full(layout, fingerprint, snapshots ? snapshotPrint : null);
        return result(layout, generations, start);
    }

    /** The last result, when it was written for this pass's settings and paths; a damaged one is logged. */
    private ResultSnapshot lastResult(CompletableFuture<ResultSnapshot> read, ResultSnapshot.Key key) {
        try {
            ResultSnapshot last = read.join();
            return last != null && last.key.matches(key) ? last : null;
        } catch (CompletionException e) {
            log.accept("pfocr: result snapshot " + ResultSnapshot.file(request.cacheFile()) + " is damaged ("
                    + e.getCause().getMessage() + "); ignoring it");
            return null;
        }
    }

    /** Empties what a pass collects: a pass that could not start from the snapshot starts again from nothing. */
    private void reset(Layout layout, FileResults start) {
        results = start;
        snapshot = null;
        changed = null;
        claimers = null;
        factsChanged = false;
        reread = 0;
        layout.rejected().forEach(r -> results.addOwn(paths.indexOf(relative(r.path())), List.of(r.hit())));
    }

    /**
     * The full pass: every figure from the cache or read, every fact into the cross-file rules, then the tables no
     * record claimed, the map files and the cross-file findings; the cache and, with {@code snapshotPrint}, the
     * snapshot written for the next pass.
     *
     * @return the figures by generation
     */
    private Map<Generation, Integer> full(Layout layout, String fingerprint, String snapshotPrint) {
        reset(layout, new FileResults(paths));
        rules = new RepositoryRules(paths::get);
        int[] figures = layout.figures();
        Map<Generation, Integer> generations = new EnumMap<>(Generation.class);
        BitSet claimed = new BitSet();
        RecordLoader loader = new RecordLoader(request.baseDirectory(), request.maxFileSize(),
                request.maxFindingsPerFile(), this::dataTable);
        long started = System.currentTimeMillis();
        try (Parallel parallel = new Parallel(request.threads());
                CheckCache.Reader previous = CheckCache.Reader.open(request.cacheFile(), fingerprint, log);
                CheckCache.Writer next = request.cacheFile() == null ? null
                        : new CheckCache.Writer(request.cacheFile(), fingerprint, started, previous,
                                reuseParts(previous));
                ResultSnapshot.Writer snap = snapshotPrint == null ? null
                        : new ResultSnapshot.Writer(ResultSnapshot.file(request.cacheFile()))) {
            this.previous = previous;
            figures(figures, parallel, loader, next, claimed, generations);
            if (next != null) {
                next.commit();
                // Any changes written beside the previous cache are in this one now.
                Files.deleteIfExists(CheckCache.changesFile(request.cacheFile()));
            }
            if (snap != null) {
                snap.stamps(snapshotPrint, next.id(), 0, started, layout.digest(), listedSize, listedTime,
                        paths.size());
            }
            listedSize = null;
            listedTime = null;
            // Figures left out by includes/excludes exist: their tables and map entries are not orphans, and their
            // fields are unknown (as for a file that could not be parsed).
            layout.unselected().forEach(rules::addUnparsed);
            int[] standalone = IntStream.concat(Arrays.stream(layout.dataTables())
                    .filter(id -> !claimed.get(id)),
                    Arrays.stream(layout.downloadTables())).toArray();
            List<RuleHit>[] tableHits = parallel.map(standalone.length, i -> readTable(standalone[i]), List[]::new);
            for (int i = 0; i < tableHits.length; i++) {
                String name = name(standalone[i]);
                RuleHit orphan = rules.orphanTable(TsvKind.of(name).figid(name), name,
                        relative(request.figuresDirectory()));
                results.addOwn(standalone[i], tableHits[i]);
                if (orphan != null) {
                    results.addCross(standalone[i], List.of(orphan));
                }
            }
            layout.mapFiles().forEach(this::checkMapFile);
            rules.finish((pathId, hit) -> results.addCross(pathId, List.of(hit)));
            if (snap != null) {
                writeSnapshot(snap, layout, generations);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the cache " + request.cacheFile(), e);
        }
        return generations;
    }

    /** Leaves the result of this pass for the next one. */
    private void writeSnapshot(ResultSnapshot.Writer snap, Layout layout, Map<Generation, Integer> generations)
            throws IOException {
        BitSet rejected = new BitSet();
        layout.rejected().forEach(r -> rejected.set(paths.indexOf(relative(r.path()))));
        results.write(snap, layout.figures(), generations, rejected);
    }

    /**
     * A pass from the last snapshot: with no file changed since, its hits; with figure files or unlinked tables
     * changed, those read again (figures through the cache, so unchanged bytes under a new time are not parsed) and
     * their own hits replaced, as long as each changed record gives the cross-file rules the same facts.
     *
     * @return the figures by generation, or null when the full pass must run
     */
    private Map<Generation, Integer> fromSnapshot(ResultSnapshot last, Layout layout, String fingerprint,
            String snapshotPrint) {
        reset(layout, FileResults.of(last, paths, layout.figures()));
        BitSet changedTables = new BitSet();
        List<Integer> standalone = new ArrayList<>();
        changed = new BitSet();
        BitSet figureIds = new BitSet();
        Arrays.stream(layout.figures()).forEach(figureIds::set);
        BitSet downloadIds = new BitSet();
        Arrays.stream(layout.downloadTables()).forEach(downloadIds::set);
        for (int i = 0; i < paths.size(); i++) {
            long time = listedTime.get(i);
            if (listedSize.get(i) == last.sizes.get(i) && time == last.times.get(i)
                    && !CheckCache.racy(time, last.started)) {
                continue;
            }
            if (figureIds.get(i)) {
                changed.set(i);
            } else if (dataTableIds.get(i)) {
                changedTables.set(i);
            } else if (downloadIds.get(i)) {
                standalone.add(i);
            } else if (!sameBytes(i, last)) {
                // Its entries are compared with every record.
                return fullPass("the map file " + Printable.escape(paths.get(i)) + " changed");
            }
        }
        if (!changedTables.isEmpty()) {
            BitSet linked = new BitSet();
            for (long link : last.links) {
                int table = ResultSnapshot.link(link, 32);
                linked.set(table);
                if (changedTables.get(table)) {
                    // A linked table's rows are part of the record: every record that links it is read again.
                    changed.set(ResultSnapshot.link(link, 0));
                }
            }
            changedTables.stream().filter(t -> !linked.get(t)).forEach(standalone::add);
        }
        Map<Generation, Integer> generations = new EnumMap<>(Generation.class);
        for (Generation g : Generation.values()) {
            if (last.generations[g.ordinal()] > 0) {
                generations.put(g, last.generations[g.ordinal()]);
            }
        }
        if (changed.isEmpty() && standalone.isEmpty()) {
            debug.accept("pfocr: no file changed since the last check: its result applies");
            return generations;
        }
        snapshot = last;
        claimers = new HashMap<>();
        for (long link : last.links) {
            claimers.putIfAbsent(ResultSnapshot.link(link, 32), ResultSnapshot.link(link, 0));
        }
        RecordLoader loader = new RecordLoader(request.baseDirectory(), request.maxFileSize(),
                request.maxFindingsPerFile(), this::dataTable);
        long started = System.currentTimeMillis();
        try (Parallel parallel = new Parallel(request.threads());
                // A cache that cannot be used is left to the full pass, which says why.
                CheckCache.Reader previous = CheckCache.Reader.open(request.cacheFile(), fingerprint, m -> { })) {
            // Only the cache the snapshot was written with holds the changed records' facts as the snapshot has them.
            if (previous == null || previous.id() != last.cacheId || previous.changes().id != last.changesId
                    || !reuseParts(previous)) {
                return fullPass("the cache is not the one the last result was written with");
            }
            this.previous = previous;
            // A few changed entries are written beside the cache; many are folded into a new one, with those written
            // beside it before.
            BitSet pending = new BitSet();
            previous.changes().entries.keySet().stream().mapToInt(paths::indexOf).filter(id -> id >= 0)
                    .forEach(pending::set);
            BitSet all = (BitSet) changed.clone();
            all.or(pending);
            boolean fold = all.cardinality() > Math.max(CHUNK, layout.figures().length / 16);
            long cacheId;
            long changesId;
            try (CheckCache.Writer next = new CheckCache.Writer(request.cacheFile(), fingerprint, started, previous,
                    true)) {
                if (fold) {
                    changedFigures(layout.figures(), pending, parallel, loader, next, null);
                    next.commit();
                    Files.deleteIfExists(CheckCache.changesFile(request.cacheFile()));
                    cacheId = next.id();
                    changesId = 0;
                } else {
                    Map<String, byte[]> changes = new HashMap<>(previous.changes().entries);
                    changedFigures(layout.figures(), new BitSet(), parallel, loader, next, changes);
                    next.commitParts();
                    cacheId = previous.id();
                    changesId = CheckCache.Changes.write(CheckCache.changesFile(request.cacheFile()), cacheId,
                            changes);
                }
            }
            if (factsChanged) {
                // The full pass takes the records read here from the cache (or its changes), not from their files.
                return fullPass("a changed record's cross-file facts changed");
            }
            List<RuleHit>[] tableHits = parallel.map(standalone.size(), i -> readTable(standalone.get(i)),
                    List[]::new);
            for (int i = 0; i < tableHits.length; i++) {
                results.replaceOwn(standalone.get(i), tableHits[i]);
            }
            try (ResultSnapshot.Writer snap = new ResultSnapshot.Writer(ResultSnapshot.file(request.cacheFile()))) {
                snap.stamps(snapshotPrint, cacheId, changesId, started, layout.digest(), listedSize, listedTime,
                        paths.size());
                writeSnapshot(snap, layout, generations);
            }
            debug.accept("pfocr: " + changed.cardinality() + " figure file(s) and " + standalone.size()
                    + " unlinked table(s) changed since the last check (" + reread + " read again); the rest of "
                    + "its result applies");
        } catch (CacheFormatException e) {
            // The full pass reads the cache again and logs why it cannot be used.
            return fullPass("the cache does not hold what the last result says");
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the cache " + request.cacheFile(), e);
        }
        return generations;
    }

    /**
     * After a pass from the snapshot, hands the listener every parsed record's part, in figid order, from the cache
     * that pass left; a record whose part cannot be taken from it is read again.
     *
     * @return false, having handed nothing over, when the cache holds no parts (the full pass runs instead)
     */
    private boolean handOver(int[] figures, String fingerprint) {
        RecordLoader loader = new RecordLoader(request.baseDirectory(), request.maxFileSize(),
                request.maxFindingsPerFile(), this::dataTable);
        try (Parallel parallel = new Parallel(request.threads());
                CheckCache.Reader cache = CheckCache.Reader.open(request.cacheFile(), fingerprint, m -> { })) {
            if (cache == null || !cache.hasParts()) {
                fullPass("the cache holds no parts to hand over");
                return false;
            }
            // Reading chunk k + 1's parts on the workers overlaps handing over chunk k here.
            IntFunction<Parallel.Pending<Object>> start = from -> {
                int n = Math.min(BLOCK_CHUNK, figures.length - from);
                CachedParts cached = cachedChunk(cache, n, i -> figures[from + i], i -> results.entryAt(from + i));
                return parallel.start(n, i -> part(cached, i, figures[from + i], loader), Object[]::new);
            };
            Parallel.Pending<Object> pending = figures.length == 0 ? null : start.apply(0);
            for (int from = 0; from < figures.length; from += BLOCK_CHUNK) {
                Object[] parts = pending.join();
                pending = from + BLOCK_CHUNK < figures.length ? start.apply(from + BLOCK_CHUNK) : null;
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i] != null) {
                        listener.accept(paths.get(figures[from + i]), parts[i]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the cache " + request.cacheFile(), e);
        }
        return true;
    }

    /** The cached entries and parts of {@code n} figures, given by path-table index and cache position. */
    private CachedParts cachedChunk(CheckCache.Reader cache, int n, IntUnaryOperator figure, IntToLongFunction at) {
        String[] chunk = new String[n];
        long[] positions = new long[n];
        for (int i = 0; i < n; i++) {
            chunk[i] = paths.get(figure.applyAsInt(i));
            positions[i] = at.applyAsLong(i);
        }
        return new CachedParts(cache, chunk, positions);
    }

    /** Logs the first damage found while handing parts over. */
    private synchronized void damaged(String why) {
        if (!damageLogged) {
            damageLogged = true;
            log.accept("pfocr: cache " + request.cacheFile() + " is damaged (" + why
                    + "); the records it cannot give are read again");
        }
    }

    /** Figure i of a chunk's part, from the cache, or read again; null for an unparsed figure. */
    private Object part(CachedParts cached, int i, int figure, RecordLoader loader) {
        if (!results.parsed(figure)) {
            return null;
        }
        try {
            byte[] part = cached.part(i);
            if (part != null) {
                return listener.read(new CacheInput(part));
            }
        } catch (CacheFormatException e) {
            // A damaged entry or part costs this record's reading, nothing else.
            damaged(e.getMessage());
        }
        String path = paths.get(figure);
        return read(request.baseDirectory().resolve(path), path, figure, loader).part();
    }

    /** Logs why the full pass runs; null, for the caller to return. */
    private <T> T fullPass(String why) {
        debug.accept("pfocr: full pass: " + why);
        return null;
    }

    /** Whether a map file whose stamp changed has the bytes it had when the snapshot was written. */
    private boolean sameBytes(int map, ResultSnapshot last) {
        byte[] bytes = bytes(request.baseDirectory().resolve(paths.get(map)));
        return bytes != null && last.mapHashes.containsKey(map) && last.mapHashes.get(map) == hash(bytes);
    }

    /**
     * The changed figures of a pass from the snapshot, in chunks of figid order: their latest entries read (where
     * the snapshot says they start, or from the cache's changes) and probed on the workers, chunks k + 1 and k + 2
     * while chunk k is stored. With {@code changes}, each new entry goes there by path; without, the next cache is
     * written as the previous one with those entries, and those of the figures in {@code also}, replaced, the bytes
     * between them copied as they are.
     */
    private void changedFigures(int[] figures, BitSet also, Parallel parallel, RecordLoader loader,
            CheckCache.Writer next, Map<String, byte[]> changes) throws IOException {
        int[] ordinals = IntStream.range(0, figures.length)
                .filter(k -> changed.get(figures[k]) || also.get(figures[k])).toArray();
        long copied = previous.headerLength();
        long shift = 0;
        long droppedParts = 0;
        int unchangedFrom = 0;
        // Two chunks in flight: a worker done with its share of one goes on with the next, not waits for the other.
        int ahead = 2 * BLOCK_CHUNK;
        ArrayDeque<Parallel.Pending<Changed>> pending = new ArrayDeque<>();
        for (int from = 0; from < Math.min(ordinals.length, ahead); from += BLOCK_CHUNK) {
            pending.add(startChanged(from, ordinals, figures, parallel, loader));
        }
        for (int from = 0; from < ordinals.length; from += BLOCK_CHUNK) {
            Changed[] chunk = pending.remove().join();
            if (from + ahead < ordinals.length) {
                pending.add(startChanged(from + ahead, ordinals, figures, parallel, loader));
            }
            for (int i = 0; i < chunk.length; i++) {
                Changed c = chunk[i];
                if (c.damage() != null) {
                    throw new CacheFormatException(c.damage());
                }
                int k = ordinals[from + i];
                if (changes != null) {
                    changes.put(paths.get(figures[k]), entryOf(c.read(), next));
                } else {
                    long at = snapshot.entries.get(k);
                    for (; unchangedFrom < k; unchangedFrom++) {
                        results.entryAt(unchangedFrom, snapshot.entries.get(unchangedFrom) + shift);
                    }
                    next.copy(copied, at);
                    droppedParts += c.oldPart() == null ? 0 : c.oldPart().length();
                    results.entryAt(k, store(c.read(), -1, next, true));
                    unchangedFrom = k + 1;
                    // The file's own entry ends there, whichever entry replaced it before.
                    copied = at + 4 + (c.mainLength() >= 0 ? c.mainLength() : previous.entryLength(at)) + 4;
                    shift = next.position() - copied;
                }
                if (c.read().entry() != null) {
                    reread++;
                    replaceOwn(c.read().id(), c.read().entry(), c.read().old());
                }
            }
        }
        if (changes != null) {
            return;
        }
        for (; unchangedFrom < figures.length; unchangedFrom++) {
            results.entryAt(unchangedFrom, snapshot.entries.get(unchangedFrom) + shift);
        }
        next.copy(copied, previous.endMarker());
        next.addLive(previous.partsLive() - droppedParts);
    }

    /** A changed figure's entry as the cache holds it, its new part (if any) appended to the parts file. */
    private static byte[] entryOf(Read r, CheckCache.Writer next) throws IOException {
        if (r.cached() != null) {
            return r.cached();
        }
        FigureEntry.PartRef part = r.newPart() != null ? next.appendPart(r.newPart()) : r.entry().part();
        return CheckCache.entry(r.body(), part);
    }

    /**
     * A changed figure of a pass from the snapshot: how it was probed, the part of the entry it replaces and the
     * length of its entry in the cache file when that is the one replaced (else -1); or why that entry could not be
     * read.
     */
    private record Changed(Read read, FigureEntry.PartRef oldPart, int mainLength, String damage) {
    }

    /** Starts reading and probing the changed figures {@code ordinals[from..]} (one chunk) on the workers. */
    private Parallel.Pending<Changed> startChanged(int from, int[] ordinals, int[] figures, Parallel parallel,
            RecordLoader loader) {
        int n = Math.min(BLOCK_CHUNK, ordinals.length - from);
        // Many changed figures (new times everywhere) have their entries read a block at a time.
        CachedParts cached = cachedChunk(previous, n, i -> figures[ordinals[from + i]],
                i -> snapshot.entries.get(ordinals[from + i]));
        return parallel.start(n, i -> {
            int k = ordinals[from + i];
            String path = cached.path(i);
            try {
                byte[] old = cached.entry(i);
                FigureEntry.PartRef part = CheckCache.partOf(old);
                // A figure unchanged since the last pass keeps the entry that pass wrote beside the cache.
                Read read = changed.get(figures[k]) ? probeChanged(request.baseDirectory().resolve(path), path,
                        figures[k], old, loader) : Read.kept(figures[k], null, null, old, part);
                boolean inFile = !previous.changes().entries.containsKey(path);
                return new Changed(read, part, inFile ? old.length : -1, null);
            } catch (CacheFormatException e) {
                return new Changed(null, null, -1, e.getMessage());
            }
        }, Changed[]::new);
    }

    /**
     * A changed record read again while the pass starts from the snapshot: its own hits and its claimed tables'
     * replace the snapshot's, unless what the cross-file rules see of it changed.
     */
    private void replaceOwn(int id, FigureEntry now, FigureEntry old) {
        if (old == null || now.parsed() != old.parsed() || now.generation() != old.generation()
                || !CheckCache.sameFacts(now.facts(), old.facts())
                || !Arrays.equals(now.stamp().tables(), old.stamp().tables())
                || !now.tables().stream().map(FigureEntry.TableHits::name).toList()
                        .equals(old.tables().stream().map(FigureEntry.TableHits::name).toList())) {
            factsChanged = true;
            return;
        }
        results.replaceOwn(id, now.hits());
        results.suppress(id, now.suppressions());
        for (FigureEntry.TableHits t : now.tables()) {
            int table = tableId(t.name());
            if (table >= 0 && claimers.getOrDefault(table, -1) == id) {
                results.replaceOwn(table, t.hits());
            }
        }
    }

    /**
     * Reads or takes from the cache every figure, chunk by chunk in figid order, consuming each and storing it in
     * {@code next} (when not null).
     */
    private void figures(int[] figures, Parallel parallel, RecordLoader loader, CheckCache.Writer next,
            BitSet claimed, Map<Generation, Integer> generations) throws IOException {
        boolean partsStay = reuseParts(previous);
        // Reading chunk k + 1 on the workers overlaps consuming chunk k here; both keep figid order.
        Chunk chunk = figures.length == 0 ? null : start(0, figures, parallel, loader);
        while (chunk != null) {
            Read[] read = chunk.read().join();
            Chunk following = chunk.from() + read.length < figures.length
                    ? start(chunk.from() + read.length, figures, parallel, loader) : null;
            for (int k = 0; k < read.length; k++) {
                // Consumed entries are dropped at once: only the index grows with the repository.
                Read r = read[k];
                read[k] = null;
                if (r.damage() != null && previous != null) {
                    previous.discard(r.damage());
                }
                consume(r.id(), r.entry(), claimed, generations);
                if (r.part() != null && listener.accepts()) {
                    listener.accept(r.entry().path(), r.part());
                }
                if (next != null) {
                    results.entryAt(chunk.from() + k, store(r, r.inPlace() ? chunk.cachedAt()[k] : -1, next,
                            partsStay));
                }
            }
            chunk = following;
        }
    }

    /** The chain over every file's hits, and the result. */
    private CheckResult result(Layout layout, Map<Generation, Integer> generations, long start) {
        boolean partial = !layout.unselected().isEmpty();
        FindingChain chain = new FindingChain(request.ruleSettings(), request.baseline());
        results.judge(chain);
        List<String> selectionOnly = partial ? RepositoryRules.NEED_EVERY_RECORD.stream().map(Rule::id)
                .filter(id -> !request.ruleSettings().isOff(id)).toList() : List.of();
        // A partial run judges only the baseline entries it covers: the rest are neither fixed nor new.
        Baseline.Match verdict = chain.verdict(e -> !partial
                || paths.indexOf(e.path()) >= 0 && !selectionOnly.contains(e.rule()));
        int tables = layout.dataTables().length + layout.downloadTables().length;
        return new CheckResult(verdict.newFindings(), layout.figures().length, generations, tables,
                layout.mapFiles().size(), paths, Duration.ofNanos(System.nanoTime() - start), verdict.baselined(),
                verdict.stale(), CheckResult.Counts.of(verdict.newFindings()), layout.unselected().size(),
                selectionOnly);
    }

    /**
     * The files of this run, each named by its index in the path table; figures in figid order. The listing's
     * {@code Path}s are dropped with it, so no object per file outlives the setup.
     *
     * @param unselected the base names of figures left out by includes/excludes
     * @param digest the {@linkplain PathTable#digest digest} of the paths, when there is a cache
     */
    private record Layout(int[] figures, int[] dataTables, int[] downloadTables, Set<String> unselected,
            Map<Path, RepositoryRules.MapKind> mapFiles, List<RepositoryFiles.Rejected> rejected, byte[] digest) {
    }

    private Layout layout() {
        RepositoryFiles files = RepositoryFiles.list(request.baseDirectory(), request.figuresDirectory(),
                request.includes(), request.excludes(), request.dataDirectory(), request.downloadDirectory(),
                Arrays.asList(request.wpidMapFile(), request.ndexMapFile()));
        Map<Path, RepositoryRules.MapKind> mapFiles = mapFiles(files);
        String data = relative(request.dataDirectory());
        dataPrefix = data.isEmpty() ? "" : data + "/";
        String figuresDir = relative(request.figuresDirectory());
        String figuresPrefix = figuresDir.isEmpty() ? "" : figuresDir + "/";
        // The listing names figures under the figures directory: only the rest of each path is taken apart. The
        // tables of figures left out by includes/excludes are left out with them.
        Listed listed = new Listed();
        Listing figureFiles = files.figures();
        Listing dataFiles = files.dataTables();
        Listing downloadFiles = files.downloadTables();
        int figureCount = listed.add(figureFiles,
                i -> figuresPrefix + figureFiles.name(i).replace(File.separatorChar, '/'), i -> true);
        int dataEnd = listed.add(dataFiles, i -> dataPrefix + dataFiles.name(i),
                i -> !files.ofUnselectedFigure(dataFiles.name(i)));
        int listedEnd = listed.add(downloadFiles, i -> relative(downloadFiles.get(i)),
                i -> !files.ofUnselectedFigure(downloadFiles.name(i)));
        List<String> all = listed.all;
        mapFiles.keySet().forEach(p -> all.add(relative(p)));
        files.rejected().forEach(r -> all.add(relative(r.path())));
        String[] sorted = sortedDistinct(all);
        // The path table and its digest are made on another thread, while this one finds each file's index.
        CompletableFuture<PathTable> table = CompletableFuture.supplyAsync(() -> new PathTable(sorted));
        CompletableFuture<byte[]> digest = request.cacheFile() == null ? CompletableFuture.completedFuture(null)
                : table.thenApply(PathTable::digest);
        // From here on files are named by their index in the path table: no Path or String per file is kept.
        int[] ids = indexes(all, sorted);
        int[] at = listed.at.build().toArray();
        listedSize = new LongPages(-1);
        listedTime = new LongPages(-1);
        // Map files and rejected entries are named, not listed: their stamps are read below, or stay -1.
        for (int i = 0; i < listedEnd; i++) {
            listedSize.set(ids[i], listed.listings.get(i).length(at[i]));
            listedTime.set(ids[i], listed.listings.get(i).modified(at[i]));
        }
        // Listed by name, the figures are mostly in figid order already (the orders differ only where a base name
        // is another's start): sorted only when they are not.
        boolean inOrder = IntStream.range(1, figureCount)
                .allMatch(i -> CheckCache.ORDER.compare(all.get(i - 1), all.get(i)) <= 0);
        int[] figures = inOrder ? Arrays.copyOf(ids, figureCount) : IntStream.range(0, figureCount).boxed()
                .sorted((a, b) -> CheckCache.ORDER.compare(all.get(a), all.get(b)))
                .mapToInt(i -> ids[i]).toArray();
        int[] dataTables = Arrays.copyOfRange(ids, figureCount, dataEnd);
        int[] downloadTables = Arrays.copyOfRange(ids, dataEnd, listedEnd);
        paths = table.join();
        for (Path map : mapFiles.keySet()) {
            // Map files are not walked but named: their stamps are read here.
            try {
                BasicFileAttributes a = Files.readAttributes(map, BasicFileAttributes.class);
                listedSize.set(paths.indexOf(relative(map)), a.size());
                listedTime.set(paths.indexOf(relative(map)), a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                // Unknown stamps never match a snapshot's: the map file is read as on every full pass.
            }
        }
        dataTableIds = new BitSet(paths.size());
        Arrays.stream(dataTables).forEach(dataTableIds::set);
        return new Layout(figures, dataTables, downloadTables, Set.copyOf(files.unselected()), mapFiles,
                List.copyOf(files.rejected()), digest.join());
    }

    /** The paths gathered for the path table, each listed one with the listing and index it was listed at. */
    private static final class Listed {
        final List<String> all = new ArrayList<>();
        final List<Listing> listings = new ArrayList<>();
        final IntStream.Builder at = IntStream.builder();

        /** Adds the files of {@code listing} that {@code keep} selects, named by {@code path}; returns how many. */
        int add(Listing listing, IntFunction<String> path, IntPredicate keep) {
            for (int i = 0; i < listing.size(); i++) {
                if (keep.test(i)) {
                    all.add(path.apply(i));
                    listings.add(listing);
                    at.add(i);
                }
            }
            return all.size();
        }
    }

    /**
     * The index in {@code sorted} of each of {@code paths}. A directory's files are listed in order and lie in a row
     * there, so each path is mostly the one after the last: one comparison instead of a binary search's seventeen.
     */
    private static int[] indexes(List<String> paths, String[] sorted) {
        int[] ids = new int[paths.size()];
        int next = 0;
        for (int i = 0; i < ids.length; i++) {
            String path = paths.get(i);
            ids[i] = next < sorted.length && sorted[next].equals(path) ? next : Arrays.binarySearch(sorted, path);
            next = ids[i] + 1;
        }
        return ids;
    }

    /** The strings sorted, each once: without the hash set a stream's distinct() keeps of every path. */
    private static String[] sortedDistinct(List<String> strings) {
        String[] sorted = strings.toArray(String[]::new);
        Arrays.sort(sorted);
        int n = 0;
        for (String s : sorted) {
            if (n == 0 || !s.equals(sorted[n - 1])) {
                sorted[n++] = s;
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** Figures {@code from..} being read on the workers, with where the previous cache held each entry. */
    private record Chunk(int from, long[] cachedAt, Parallel.Pending<Read> read) {
    }

    /** Looks up the next chunk's cached entries (in order, on this thread) and starts reading it. */
    private Chunk start(int from, int[] figures, Parallel parallel, RecordLoader loader) {
        String[] chunk = new String[Math.min(figures.length, from + CHUNK) - from];
        byte[][] cached = new byte[chunk.length][];
        long[] cachedAt = new long[chunk.length];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = paths.get(figures[from + i]);
            cached[i] = previous == null ? null : previous.find(chunk[i]);
            cachedAt[i] = previous == null ? -1 : previous.foundAt();
        }
        return new Chunk(from, cachedAt, parallel.start(chunk.length, i -> {
            Read r = probe(request.baseDirectory().resolve(chunk[i]), chunk[i], figures[from + i], cached[i],
                    loader);
            cached[i] = null;
            return r;
        }, Read[]::new));
    }


    /**
     * A figure (by path index): its entry and what the listener took of its record; for the next cache, either an
     * entry as the previous cache holds it ({@code cached}, where it was when {@code inPlace}, with its part
     * {@code cachedPart}) or a new body and, when the record was read, its new part. {@code damage} says why the
     * previous cache's entry could not be used, or is null. A pass from the snapshot leaves {@code entry} null for a
     * figure it did not decode, and gives a record read again with its {@code old} entry, if any.
     */
    private record Read(int id, FigureEntry entry, FigureEntry old, Object part, byte[] cached,
            FigureEntry.PartRef cachedPart, boolean inPlace, byte[] body, byte[] newPart, String damage) {

        /** An entry of the previous cache, used as it is. */
        static Read kept(int id, FigureEntry entry, Object part, byte[] cached, FigureEntry.PartRef cachedPart) {
            return new Read(id, entry, null, part, cached, cachedPart, true, null, null, null);
        }

        /** A new body for the next cache. */
        static Read fresh(int id, FigureEntry entry, Object part, byte[] body, byte[] newPart, String damage) {
            return new Read(id, entry, null, part, null, null, false, body, newPart, damage);
        }

        /** A previous cache's entry with new times patched in, written anew. */
        static Read moved(int id, byte[] cached, FigureEntry.PartRef cachedPart) {
            return new Read(id, null, null, null, cached, cachedPart, false, null, null, null);
        }

        Read withOld(FigureEntry previous) {
            return new Read(id, entry, previous, part, cached, cachedPart, inPlace, body, newPart, damage);
        }

        /** This read, and why the previous cache's entry could not be used. */
        Read damaged(String why) {
            return new Read(id, entry, old, part, cached, cachedPart, inPlace, body, newPart, why);
        }
    }

    /** Whether the next cache appends to the previous parts file rather than writing a new one. */
    private static boolean reuseParts(CheckCache.Reader previous) throws IOException {
        return previous != null && previous.hasParts() && !previous.partsWasteful();
    }

    /** Writes one figure's entry into the next cache, on the consuming thread. */
    private long store(Read r, long cachedAt, CheckCache.Writer next, boolean partsStay) throws IOException {
        FigureEntry.PartRef old = r.cached() != null ? r.cachedPart() : r.entry().part();
        if (r.cached() != null && (partsStay || old == null)) {
            return next.addUnchanged(r.cached(), old, cachedAt);
        }
        FigureEntry.PartRef part = r.newPart() != null ? next.appendPart(r.newPart())
                : old == null ? null : partsStay ? old : next.appendPart(previous.part(old));
        return next.add(r.cached() != null ? CheckCache.body(r.cached()) : r.body(), part);
    }

    /**
     * The cached entry when the figure file and its tables are unchanged (same sizes and times, or the same bytes
     * under new times), else a fresh read. Runs on a worker thread.
     */
    private Read probe(Path file, String path, int id, byte[] cached, RecordLoader loader) {
        if (cached == null) {
            return read(file, path, id, loader);
        }
        try {
            FigureEntry old = CheckCache.decode(cached);
            if (listener != null && old.parsed() && (old.part() == null || !previous.hasParts())) {
                return read(file, path, id, loader);
            }
            FileStamp now = stamp(id, old.parsed() ? old.facts().linkId() : null, 0);
            if (!now.sameFiles(old.stamp())) {
                return read(file, path, id, loader);
            }
            Object part = listener == null || !listener.accepts() || old.part() == null ? null
                    : listener.read(new CacheInput(previous.part(old.part())));
            if (unchanged(now, old.stamp())) {
                return Read.kept(id, old, part, cached, old.part());
            }
            if (!unchangedBytes(file, now, old.stamp().contentHash())) {
                return read(file, path, id, loader);
            }
            FigureEntry moved = new FigureEntry(old.path(), old.generation(), old.hits(), old.suppressions(),
                    old.facts(), old.tables(), now.withContentHash(old.stamp().contentHash()), old.part());
            return Read.fresh(id, moved, part, CheckCache.encode(moved), null, null);
        } catch (CacheFormatException e) {
            return read(file, path, id, loader).damaged(e.getMessage());
        }
    }

    /**
     * {@link #probe} for a changed figure in a pass from the snapshot: one whose bytes are the same gets its new
     * times patched into its entry ({@code cached}, the caller's own copy), one read again comes with its old entry
     * to compare.
     */
    private Read probeChanged(Path file, String path, int id, byte[] cached, RecordLoader loader) {
        try {
            FileStamp old = CheckCache.stampOf(cached);
            FileStamp now = stampWith(id, old.tables(), 0);
            if (now.sameFiles(old)) {
                if (unchanged(now, old)) {
                    return Read.kept(id, null, null, cached, CheckCache.partOf(cached));
                }
                if (unchangedBytes(file, now, old.contentHash())) {
                    return Read.moved(id, CheckCache.withTimes(cached, now.modified()), CheckCache.partOf(cached));
                }
            }
            return read(file, path, id, loader).withOld(CheckCache.decode(cached));
        } catch (CacheFormatException e) {
            return read(file, path, id, loader).damaged(e.getMessage());
        }
    }

    /** Whether a file's stamp is as cached, at times that prove it (not within a clock tick of the last pass). */
    private boolean unchanged(FileStamp now, FileStamp old) {
        return now.sameTimes(old) && Arrays.stream(now.modified()).noneMatch(previous::racy);
    }

    /** Reads and checks one figure file with its tables. */
    private Read read(Path file, String path, int id, RecordLoader loader) {
        FindingSink sink = new FindingSink(path, request.maxFindingsPerFile());
        List<FigureEntry.TableHits> tables = new ArrayList<>(1);
        ContentHash hash = new ContentHash();
        FigureEntry entry;
        Object part = null;
        byte[] newPart = null;
        try {
            FigureRecord record = loader.load(file, sink, t -> tables.add(new FigureEntry.TableHits(
                    t.path().substring(t.path().lastIndexOf('/') + 1), t.hits())), hash);
            if (record == null) {
                entry = new FigureEntry(path, null, sink.hits(), List.of(), null, List.copyOf(tables),
                        stamp(id, null, hash.value()), null);
            } else {
                for (RecordCheck check : RuleRegistry.RECORD_CHECKS) {
                    check.check(record, sink);
                }
                if (listener != null) {
                    part = listener.extract(record);
                    if (part != null && request.cacheFile() != null) {
                        CacheOutput out = new CacheOutput();
                        listener.write(part, out);
                        newPart = out.toByteArray();
                    }
                }
                entry = new FigureEntry(path, record.generation(), sink.hits(), List.copyOf(sink.suppressions()),
                        FigureFacts.of(record), List.copyOf(tables),
                        stamp(id, record.figid(), hash.value()), null);
            }
        } catch (RuntimeException | StackOverflowError e) {
            RuleHit failed = new RuleHit(ReadRules.INTERNAL_ERROR, 1, 1, "the checker failed on this file: " + e,
                    null, null);
            entry = new FigureEntry(path, null, List.of(failed), List.of(), null, List.of(),
                    new FileStamp(new long[] {-1}, new long[] {-1}, new String[0], 0), null);
        }
        return Read.fresh(id, entry, part, request.cacheFile() == null ? null : CheckCache.encode(entry), newPart,
                null);
    }

    /**
     * The sizes and times, as listed, of a figure file and of the tables linked to {@code linkId} (none when null).
     * Taken before the files are read, so a file changed while it is read has a newer time next time (as git does).
     */
    private FileStamp stamp(int figure, String linkId, long contentHash) {
        List<String> names = new ArrayList<>(3);
        for (TsvKind kind : TsvKind.values()) {
            String name = linkId == null ? null : linkId + kind.suffix();
            if (name != null && tableId(name) >= 0) {
                names.add(name);
            }
        }
        return stampWith(figure, names.toArray(String[]::new), contentHash);
    }

    /**
     * The sizes and times, as listed, of a figure file and of the named tables; a table not listed has size and
     * time -1, which no listed file has.
     */
    private FileStamp stampWith(int figure, String[] tables, long contentHash) {
        long[] sizes = new long[tables.length + 1];
        long[] modified = new long[tables.length + 1];
        for (int i = 0; i <= tables.length; i++) {
            int id = i == 0 ? figure : tableId(tables[i - 1]);
            sizes[i] = id < 0 ? -1 : listedSize.get(id);
            modified[i] = id < 0 ? -1 : listedTime.get(id);
        }
        return new FileStamp(sizes, modified, tables, contentHash);
    }

    /**
     * Whether the files a stamp names hash, without being parsed, to what the loader computed when it read them
     * ({@code cached}): the same bytes under new times.
     */
    private boolean unchangedBytes(Path figure, FileStamp stamp, long cached) {
        ContentHash hash = new ContentHash();
        // The figure file, then each linked table, as the loader hashed them; each expected at its listed size.
        for (int i = 0; i < stamp.sizes().length; i++) {
            Path file = i == 0 ? figure : request.dataDirectory().resolve(stamp.tables()[i - 1]);
            if (!hash.update(file, stamp.sizes()[i], request.maxFileSize())) {
                return false;
            }
        }
        return hash.value() == cached;
    }

    private byte[] bytes(Path file) {
        return TextFiles.readBytes(file, request.maxFileSize(), new FindingSink(""));
    }

    /**
     * Everything the cached entries depend on besides the files: the plugin build, the settings and limits, the
     * layout that appears in messages and the listener's part format.
     */
    private String fingerprint() {
        return String.join("\n", ToolInfo.NAME, ToolInfo.VERSION, pluginBuild(),
                request.ruleSettings().describe(), Long.toString(request.maxFileSize()),
                Integer.toString(request.maxFindingsPerFile()),
                relative(request.figuresDirectory()), relative(request.dataDirectory()),
                listener == null ? "" : listener.partFormat());
    }

    /** The size and time of the plugin's own jar, so a rebuilt snapshot does not trust an older build's cache. */
    private static String pluginBuild() {
        java.security.CodeSource source = CheckRunner.class.getProtectionDomain().getCodeSource();
        try {
            Path jar = Path.of(source.getLocation().toURI());
            BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis();
        } catch (java.net.URISyntaxException | IOException | RuntimeException e) {
            // No jar to identify (an unusual class loader): the version alone must do.
            return "unknown build";
        }
    }

    /** Takes one figure's entry into the run, in figid order, on one thread. */
    private void consume(int id, FigureEntry e, BitSet claimed, Map<Generation, Integer> generations) {
        results.addOwn(id, e.hits());
        results.suppress(id, e.suppressions());
        int genesTable = -1;
        for (FigureEntry.TableHits t : e.tables()) {
            // The first record (in figid order) to claim a table reports its hits; figids may be duplicated.
            int table = tableId(t.name());
            if (table >= 0) {
                results.link(table, id);
            }
            if (table >= 0 && !claimed.get(table)) {
                claimed.set(table);
                results.addOwn(table, t.hits());
            }
            if (TsvKind.of(t.name()) == TsvKind.GENES) {
                genesTable = table;
            }
        }
        String baseName = CheckCache.baseName(e.path());
        if (!e.parsed()) {
            rules.addUnparsed(baseName);
            return;
        }
        generations.merge(e.generation(), 1, Integer::sum);
        results.parsed(id, e.facts().linkId(), baseName);
        rules.add(e.facts(), id, genesTable);
    }

    private List<RuleHit> readTable(int id) {
        String path = paths.get(id);
        String name = name(id);
        FindingSink sink = new FindingSink(path, request.maxFindingsPerFile());
        try {
            TsvReader.read(request.baseDirectory().resolve(path), TsvKind.of(name), request.maxFileSize(), sink);
        } catch (RuntimeException | StackOverflowError e) {
            sink.report(ReadRules.INTERNAL_ERROR, 1, 1, "the checker failed on this file: " + e, null, null);
        }
        return sink.hits();
    }

    private void checkMapFile(Path file, RepositoryRules.MapKind kind) {
        String path = relative(file);
        FindingSink sink = new FindingSink(path, request.maxFindingsPerFile());
        byte[] bytes = TextFiles.readBytes(file, request.maxFileSize(), sink);
        String text = bytes == null ? null : TextFiles.decode(bytes, sink);
        int map = paths.indexOf(path);
        if (bytes != null) {
            results.mapHash(map, hash(bytes));
        }
        if (text != null) {
            // The map file's own hits go through its sink, which bounds them per rule (maxFindingsPerFile).
            rules.checkMapFile(map, text, kind, relative(request.figuresDirectory()), (pathId, hit) -> {
                if (pathId == map) {
                    sink.report(hit.rule(), hit.line(), hit.column(), hit.message(), hit.expected(), hit.value());
                } else {
                    results.addCross(pathId, List.of(hit));
                }
            });
        }
        results.addCross(map, sink.hits());
    }

    private static long hash(byte[] bytes) {
        ContentHash hash = new ContentHash();
        hash.update(bytes);
        return hash.value();
    }

    /** The map files to read (present and not rejected), wpid first. */
    private static Map<Path, RepositoryRules.MapKind> mapFiles(RepositoryFiles files) {
        Map<Path, RepositoryRules.MapKind> maps = new LinkedHashMap<>();
        if (files.wpidMap() != null) {
            maps.put(files.wpidMap(), RepositoryRules.MapKind.WPID);
        }
        if (files.ndexMap() != null) {
            maps.put(files.ndexMap(), RepositoryRules.MapKind.NDEX);
        }
        return maps;
    }

    /** The data table of this file name, or null. */
    private Path dataTable(String name) {
        int id = tableId(name);
        return id < 0 ? null : request.baseDirectory().resolve(paths.get(id));
    }

    /** The path index of the data table of this file name, or -1. */
    private int tableId(String name) {
        int id = paths.indexOf(dataPrefix + name);
        return id >= 0 && dataTableIds.get(id) ? id : -1;
    }

    /** A file's name without its directory. */
    private String name(int pathId) {
        String path = paths.get(pathId);
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private String relative(Path file) {
        return RepositoryFiles.relative(request.baseDirectory(), file);
    }
}
