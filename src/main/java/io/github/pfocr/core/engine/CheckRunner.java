package io.github.pfocr.core.engine;

import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.Suppression;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The one pass behind every goal: list the files; read each figure file with its linked tables once, in parallel
 * chunks, running the record rules and taking the facts the cross-file rules need (or take both from the cache);
 * consume the chunks in figid order on one thread, feeding the cross-file rules and the listening goal; then the
 * tables no record claimed, the map files and the cross-file findings; and last the one chain of settings,
 * suppressions and baseline. One bad file yields findings, never an exception, and never stops the others; the
 * result does not depend on the number of threads.
 */
public final class CheckRunner {
    /** Figures read in parallel before they are consumed in order. */
    private static final int CHUNK = 1024;
    private static final int HIT_PAGE = 4096;

    private final CheckRequest request;
    private final RecordListener<Object> listener;
    private final Consumer<String> log;
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
    /**
     * Per file (by path index, in pages of {@link #HIT_PAGE}): its hits, or null. Pages keep each array below the
     * size that G1 gives heap regions of its own.
     */
    private List<RuleHit>[][] hits;
    private final Map<Integer, List<Suppression>> suppressions = new HashMap<>();
    /** The figid of each parsed figure whose figid differs from its file name, by path index. */
    private final Map<Integer, String> otherFigids = new HashMap<>();
    private final BitSet parsedFigures = new BitSet();

    @SuppressWarnings("unchecked")
    private CheckRunner(CheckRequest request, RecordListener<?> listener, Consumer<String> log) {
        this.request = request;
        this.listener = (RecordListener<Object>) listener;
        this.log = log;
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
        return new CheckRunner(request, listener, log).run();
    }

    @SuppressWarnings("unchecked")
    private CheckResult run() {
        long start = System.nanoTime();
        Layout layout = layout();
        Map<Path, RepositoryRules.MapKind> mapFiles = layout.mapFiles();
        int[] figures = layout.figures();
        int[] dataTables = layout.dataTables();
        int[] downloadTables = layout.downloadTables();
        Set<String> unselected = layout.unselected();
        boolean partial = !unselected.isEmpty();
        hits = new List[(paths.size() + HIT_PAGE - 1) / HIT_PAGE][HIT_PAGE];
        rules = new RepositoryRules(paths::get);
        layout.rejected().forEach(r -> add(relative(r.path()), List.of(r.hit())));

        Map<Generation, Integer> generations = new EnumMap<>(Generation.class);
        BitSet claimed = new BitSet();
        RecordLoader loader = new RecordLoader(request.baseDirectory(), request.maxFileSize(),
                request.maxFindingsPerFile(), this::dataTable);
        String fingerprint = fingerprint();
        try (Parallel parallel = new Parallel(request.threads());
                CheckCache.Reader previous = CheckCache.Reader.open(request.cacheFile(), fingerprint, log);
                CheckCache.Writer next = request.cacheFile() == null ? null
                        : new CheckCache.Writer(request.cacheFile(), fingerprint, System.currentTimeMillis(),
                                previous, reuseParts(previous))) {
            this.previous = previous;
            boolean partsStay = reuseParts(previous);
            // Reading chunk k + 1 on the workers overlaps consuming chunk k here; both keep figid order.
            Chunk chunk = start(0, figures, parallel, loader);
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
                    consume(figures[chunk.from() + k], r.entry(), claimed, generations);
                    if (r.part() != null && listener.accepts()) {
                        listener.accept(r.entry().path(), r.part());
                    }
                    if (next != null) {
                        store(r, chunk.cachedAt()[k], next, partsStay);
                    }
                }
                chunk = following;
            }
            listedSize = null;
            listedTime = null;
            if (next != null) {
                next.commit();
            }
            // Figures left out by includes/excludes exist: their tables and map entries are not orphans, and their
            // fields are unknown (as for a file that could not be parsed).
            unselected.forEach(rules::addUnparsed);
            int[] standalone = IntStream.concat(Arrays.stream(dataTables)
                    .filter(id -> !claimed.get(id)),
                    Arrays.stream(downloadTables)).toArray();
            List<RuleHit>[] tableHits = parallel.map(standalone.length, i -> readTable(standalone[i]), List[]::new);
            for (int i = 0; i < tableHits.length; i++) {
                String name = name(standalone[i]);
                RuleHit orphan = rules.orphanTable(TsvKind.of(name).figid(name), name,
                        relative(request.figuresDirectory()));
                add(standalone[i], tableHits[i]);
                if (orphan != null) {
                    add(standalone[i], List.of(orphan));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the cache " + request.cacheFile(), e);
        }
        mapFiles.forEach(this::checkMapFile);
        rules.finish((pathId, hit) -> add(pathId, List.of(hit)));

        FindingChain chain = new FindingChain(request.ruleSettings(), request.baseline());
        for (int i = 0; i < paths.size(); i++) {
            List<RuleHit> fileHits = hits[i / HIT_PAGE][i % HIT_PAGE];
            if (fileHits != null) {
                chain.file(paths.get(i), figid(i), fileHits, suppressions.getOrDefault(i, List.of()));
            }
        }
        List<String> selectionOnly = partial ? RepositoryRules.NEED_EVERY_RECORD.stream().map(Rule::id)
                .filter(id -> !request.ruleSettings().isOff(id)).toList() : List.of();
        // A partial run judges only the baseline entries it covers: the rest are neither fixed nor new.
        Baseline.Match verdict = chain.verdict(e -> !partial
                || paths.indexOf(e.path()) >= 0 && !selectionOnly.contains(e.rule()));
        int tables = dataTables.length + downloadTables.length;
        return new CheckResult(verdict.newFindings(), figures.length, generations, tables, mapFiles.size(), paths,
                Duration.ofNanos(System.nanoTime() - start), verdict.baselined(), verdict.stale(),
                CheckResult.Counts.of(verdict.newFindings()), unselected.size(), selectionOnly);
    }

    /**
     * The files of this run, each named by its index in the path table; figures in figid order. The listing's
     * {@code Path}s are dropped with it, so no object per file outlives the setup.
     *
     * @param unselected the base names of figures left out by includes/excludes
     */
    private record Layout(int[] figures, int[] dataTables, int[] downloadTables, Set<String> unselected,
            Map<Path, RepositoryRules.MapKind> mapFiles, List<RepositoryFiles.Rejected> rejected) {
    }

    private Layout layout() {
        RepositoryFiles files = RepositoryFiles.list(request.baseDirectory(), request.figuresDirectory(),
                request.includes(), request.excludes(), request.dataDirectory(), request.downloadDirectory(),
                Arrays.asList(request.wpidMapFile(), request.ndexMapFile()));
        Map<Path, RepositoryRules.MapKind> mapFiles = mapFiles(files);
        String data = relative(request.dataDirectory());
        dataPrefix = data.isEmpty() ? "" : data + "/";
        List<String> all = new ArrayList<>();
        String figuresDir = relative(request.figuresDirectory());
        String figuresPrefix = figuresDir.isEmpty() ? "" : figuresDir + "/";
        // The listing names figures under the figures directory: only the rest of each path is taken apart.
        Listing figureFiles = files.figures();
        for (int i = 0; i < figureFiles.size(); i++) {
            all.add(figuresPrefix + figureFiles.name(i).replace(File.separatorChar, '/'));
        }
        // The tables of figures left out by includes/excludes are left out with them.
        List<String> dataNames = files.dataTables().names().stream().filter(n -> !files.ofUnselectedFigure(n))
                .toList();
        dataNames.forEach(name -> all.add(dataPrefix + name));
        Listing downloadFiles = files.downloadTables();
        List<String> download = IntStream.range(0, downloadFiles.size())
                .filter(i -> !files.ofUnselectedFigure(downloadFiles.name(i)))
                .mapToObj(i -> relative(downloadFiles.get(i))).toList();
        all.addAll(download);
        mapFiles.keySet().forEach(p -> all.add(relative(p)));
        files.rejected().forEach(r -> all.add(relative(r.path())));
        paths = new PathTable(sortedDistinct(all));
        // From here on files are named by their index in the path table: no Path or String per file is kept.
        int figureCount = files.figures().size();
        String[] inOrder = all.subList(0, figureCount).toArray(String[]::new);
        Arrays.sort(inOrder, CheckCache.ORDER);
        int[] figures = Arrays.stream(inOrder).mapToInt(paths::indexOf).toArray();
        int[] dataTables = dataNames.stream().mapToInt(n -> paths.indexOf(dataPrefix + n)).toArray();
        listedSize = new LongPages(-1);
        listedTime = new LongPages(-1);
        for (int i = 0; i < figureCount; i++) {
            listed(paths.indexOf(all.get(i)), figureFiles, i);
        }
        for (int i = 0; i < dataTables.length; i++) {
            listed(dataTables[i], files.dataTables(), files.dataTables().find(dataNames.get(i)));
        }
        int[] downloadTables = download.stream().mapToInt(paths::indexOf).toArray();
        dataTableIds = new BitSet(paths.size());
        Arrays.stream(dataTables).forEach(dataTableIds::set);
        return new Layout(figures, dataTables, downloadTables, Set.copyOf(files.unselected()), mapFiles,
                List.copyOf(files.rejected()));
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

    private void listed(int pathId, Listing listing, int index) {
        listedSize.set(pathId, listing.length(index));
        listedTime.set(pathId, listing.modified(index));
    }

    /**
     * A figure's entry and what the listener took of its record; for the next cache, either the previous cache's
     * entry unchanged ({@code cached}) or a new body and, when the record was read, its new part. {@code damage}
     * says why the previous cache's entry could not be used, or is null.
     */
    private record Read(FigureEntry entry, Object part, byte[] cached, byte[] body, byte[] newPart, String damage) {
    }

    /** Whether the next cache appends to the previous parts file rather than writing a new one. */
    private static boolean reuseParts(CheckCache.Reader previous) throws IOException {
        return previous != null && previous.hasParts() && !previous.partsWasteful();
    }

    /** Writes one figure's entry into the next cache, on the consuming thread. */
    private void store(Read r, long cachedAt, CheckCache.Writer next, boolean partsStay) throws IOException {
        FigureEntry.PartRef old = r.entry().part();
        if (r.cached() != null && (partsStay || old == null)) {
            next.addUnchanged(r.cached(), old, cachedAt);
            return;
        }
        FigureEntry.PartRef part = r.newPart() != null ? next.appendPart(r.newPart())
                : old == null ? null : partsStay ? old : next.appendPart(previous.part(old));
        next.add(r.cached() != null ? CheckCache.body(r.cached()) : r.body(), part);
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
            if (now.sameTimes(old.stamp()) && Arrays.stream(now.modified()).noneMatch(previous::racy)) {
                return new Read(old, part, cached, null, null, null);
            }
            if (contentHash(file, now) != old.stamp().contentHash()) {
                return read(file, path, id, loader);
            }
            FigureEntry moved = new FigureEntry(old.path(), old.generation(), old.hits(), old.suppressions(),
                    old.facts(), old.tables(), now.withContentHash(old.stamp().contentHash()), old.part());
            return new Read(moved, part, null, CheckCache.encode(moved), null, null);
        } catch (CacheFormatException e) {
            Read fresh = read(file, path, id, loader);
            return new Read(fresh.entry(), fresh.part(), null, fresh.body(), fresh.newPart(), e.getMessage());
        }
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
        return new Read(entry, part, null, request.cacheFile() == null ? null : CheckCache.encode(entry), newPart,
                null);
    }

    /**
     * The sizes and times, as listed, of a figure file and of the tables linked to {@code linkId} (none when null).
     * Taken before the files are read, so a file changed while it is read has a newer time next time (as git does).
     */
    private FileStamp stamp(int figure, String linkId, long contentHash) {
        List<String> names = new ArrayList<>(3);
        int[] ids = new int[TsvKind.values().length + 1];
        ids[0] = figure;
        for (TsvKind kind : TsvKind.values()) {
            String name = linkId == null ? null : linkId + kind.suffix();
            int table = name == null ? -1 : tableId(name);
            if (table >= 0) {
                names.add(name);
                ids[names.size()] = table;
            }
        }
        long[] sizes = new long[names.size() + 1];
        long[] modified = new long[names.size() + 1];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = listedSize.get(ids[i]);
            modified[i] = listedTime.get(ids[i]);
        }
        return new FileStamp(sizes, modified, names.toArray(String[]::new), contentHash);
    }

    /** The hash the loader computes, of the files a stamp names, without parsing them. */
    private long contentHash(Path figure, FileStamp stamp) {
        ContentHash hash = new ContentHash();
        hash.update(bytes(figure));
        for (String table : stamp.tables()) {
            hash.update(bytes(request.dataDirectory().resolve(table)));
        }
        return hash.value();
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
        add(id, e.hits());
        if (!e.suppressions().isEmpty()) {
            suppressions.put(id, e.suppressions());
        }
        int genesTable = -1;
        for (FigureEntry.TableHits t : e.tables()) {
            // The first record (in figid order) to claim a table reports its hits; figids may be duplicated.
            int table = tableId(t.name());
            if (table >= 0 && !claimed.get(table)) {
                claimed.set(table);
                add(table, t.hits());
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
        parsedFigures.set(id);
        if (!e.facts().linkId().equals(baseName)) {
            otherFigids.put(id, e.facts().linkId());
        }
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
        if (text != null) {
            int map = paths.indexOf(path);
            // The map file's own hits go through its sink, which bounds them per rule (maxFindingsPerFile).
            rules.checkMapFile(map, text, kind, relative(request.figuresDirectory()), (pathId, hit) -> {
                if (pathId == map) {
                    sink.report(hit.rule(), hit.line(), hit.column(), hit.message(), hit.expected(), hit.value());
                } else {
                    add(pathId, List.of(hit));
                }
            });
        }
        add(path, sink.hits());
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

    private void add(String path, List<RuleHit> more) {
        add(paths.indexOf(path), more);
    }

    private void add(int pathId, List<RuleHit> more) {
        if (more.isEmpty()) {
            return;
        }
        List<RuleHit>[] page = hits[pathId / HIT_PAGE];
        if (page[pathId % HIT_PAGE] == null) {
            page[pathId % HIT_PAGE] = new ArrayList<>(more.size());
        }
        page[pathId % HIT_PAGE].addAll(more);
    }

    /**
     * The figid a file's findings carry: a parsed figure's link id, a table's from its name, else none.
     */
    private String figid(int pathId) {
        String path = paths.get(pathId);
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (parsedFigures.get(pathId)) {
            return otherFigids.getOrDefault(pathId, RepositoryFiles.baseName(Path.of(name)));
        }
        TsvKind kind = TsvKind.of(name);
        return kind == null ? null : kind.figid(name);
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
