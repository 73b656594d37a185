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
import io.github.pfocr.core.read.ReadRules;
import io.github.pfocr.core.read.RecordLoader;
import io.github.pfocr.core.read.RepositoryFiles;
import io.github.pfocr.core.read.TextFiles;
import io.github.pfocr.core.read.TsvReader;
import io.github.pfocr.core.rules.FigureFacts;
import io.github.pfocr.core.rules.RecordCheck;
import io.github.pfocr.core.rules.RepositoryRules;
import io.github.pfocr.core.rules.RuleRegistry;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private final CheckRequest request;
    private final RecordListener<Object> listener;
    private PathTable paths;
    private RepositoryRules rules;
    /** Per file (by path index): its hits, or null. */
    private List<RuleHit>[] hits;
    private final Map<Integer, List<Suppression>> suppressions = new HashMap<>();
    /** The figid of each parsed figure whose figid differs from its file name, by path index. */
    private final Map<Integer, String> otherFigids = new HashMap<>();
    private final BitSet parsedFigures = new BitSet();

    @SuppressWarnings("unchecked")
    private CheckRunner(CheckRequest request, RecordListener<?> listener) {
        this.request = request;
        this.listener = (RecordListener<Object>) listener;
    }

    public static CheckResult run(CheckRequest request) {
        return run(request, null);
    }

    /** Runs the check, handing every record to {@code listener} (or none when null) during the same pass. */
    public static CheckResult run(CheckRequest request, RecordListener<?> listener) {
        return new CheckRunner(request, listener).run();
    }

    @SuppressWarnings("unchecked")
    private CheckResult run() {
        long start = System.nanoTime();
        RepositoryFiles files = RepositoryFiles.list(request.baseDirectory(), request.figuresDirectory(),
                request.includes(), request.excludes(), request.dataDirectory(), request.downloadDirectory(),
                Arrays.asList(request.wpidMapFile(), request.ndexMapFile()));
        List<Path> figures = new ArrayList<>(files.figures());
        // Figid order is the catalog's order; the report is sorted by path in the end anyway.
        figures.sort(Comparator.comparing(RepositoryFiles::baseName).thenComparing(Path::toString));
        Map<Path, RepositoryRules.MapKind> mapFiles = mapFiles(files);

        // The tables of figures left out by includes/excludes are left out with them.
        Map<String, Path> dataTables = new LinkedHashMap<>();
        files.dataTables().forEach((name, p) -> {
            if (!files.ofUnselectedFigure(name)) {
                dataTables.put(name, p);
            }
        });
        List<Path> downloadTables = files.downloadTables().entrySet().stream()
                .filter(e -> !files.ofUnselectedFigure(e.getKey())).map(Map.Entry::getValue).toList();
        List<String> all = new ArrayList<>();
        figures.forEach(p -> all.add(relative(p)));
        dataTables.values().forEach(p -> all.add(relative(p)));
        downloadTables.forEach(p -> all.add(relative(p)));
        mapFiles.keySet().forEach(p -> all.add(relative(p)));
        files.rejected().forEach(r -> all.add(relative(r.path())));
        String[] sorted = all.stream().distinct().sorted().toArray(String[]::new);
        paths = new PathTable(sorted);
        hits = new List[paths.size()];
        rules = new RepositoryRules(paths::get);
        files.rejected().forEach(r -> add(relative(r.path()), List.of(r.hit())));

        Map<Generation, Integer> generations = new EnumMap<>(Generation.class);
        Set<String> claimed = new HashSet<>();
        RecordLoader loader = new RecordLoader(request.baseDirectory(), request.maxFileSize(),
                request.maxFindingsPerFile(), dataTables);
        try (Parallel parallel = new Parallel(request.threads())) {
            for (int from = 0; from < figures.size(); from += CHUNK) {
                List<Path> chunk = figures.subList(from, Math.min(figures.size(), from + CHUNK));
                Read[] read = parallel.map(chunk.size(), i -> read(chunk.get(i), loader), Read[]::new);
                for (Read r : read) {
                    consume(r.entry(), claimed, generations);
                    if (r.part() != null) {
                        listener.accept(r.part());
                    }
                }
            }
            // Figures left out by includes/excludes exist: their tables and map entries are not orphans, and their
            // fields are unknown (as for a file that could not be parsed).
            files.unselected().forEach(rules::addUnparsed);
            List<Path> standalone = new ArrayList<>();
            dataTables.forEach((name, path) -> {
                if (!claimed.contains(name)) {
                    standalone.add(path);
                }
            });
            standalone.addAll(downloadTables);
            List<RuleHit>[] tableHits = parallel.map(standalone.size(), i -> readTable(standalone.get(i)),
                    List[]::new);
            for (int i = 0; i < tableHits.length; i++) {
                String path = relative(standalone.get(i));
                String name = standalone.get(i).getFileName().toString();
                RuleHit orphan = rules.orphanTable(TsvKind.of(name).figid(name), name,
                        relative(request.figuresDirectory()));
                add(path, tableHits[i]);
                if (orphan != null) {
                    add(path, List.of(orphan));
                }
            }
        }
        mapFiles.forEach(this::checkMapFile);
        rules.finish((pathId, hit) -> add(pathId, List.of(hit)));

        FindingChain chain = new FindingChain(request.ruleSettings(), request.baseline());
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] != null) {
                chain.file(paths.get(i), figid(i), hits[i], suppressions.getOrDefault(i, List.of()));
            }
        }
        List<String> selectionOnly = files.partial() ? RepositoryRules.NEED_EVERY_RECORD.stream().map(Rule::id)
                .filter(id -> !request.ruleSettings().isOff(id)).toList() : List.of();
        // A partial run judges only the baseline entries it covers: the rest are neither fixed nor new.
        Baseline.Match verdict = chain.verdict(e -> !files.partial()
                || paths.indexOf(e.path()) >= 0 && !selectionOnly.contains(e.rule()));
        int tables = dataTables.size() + downloadTables.size();
        return new CheckResult(verdict.newFindings(), figures.size(), generations, tables, mapFiles.size(), paths,
                Duration.ofNanos(System.nanoTime() - start), verdict.baselined(), verdict.stale(),
                CheckResult.Counts.of(verdict.newFindings()), files.unselected().size(), selectionOnly);
    }

    /** A figure's entry and what the listener took of its record. */
    private record Read(FigureEntry entry, Object part) {
    }

    /** Reads and checks one figure file with its tables; runs on a worker thread. */
    private Read read(Path file, RecordLoader loader) {
        String path = relative(file);
        FindingSink sink = new FindingSink(path, request.maxFindingsPerFile());
        List<FigureEntry.TableHits> tables = new ArrayList<>(1);
        ContentHash hash = new ContentHash();
        try {
            FigureRecord record = loader.load(file, sink, t -> tables.add(new FigureEntry.TableHits(
                    t.path().substring(t.path().lastIndexOf('/') + 1), t.hits())), hash);
            if (record == null) {
                return new Read(new FigureEntry(path, null, sink.hits(), List.of(), null, tables, null), null);
            }
            for (RecordCheck check : RuleRegistry.RECORD_CHECKS) {
                check.check(record, sink);
            }
            Object part = listener == null ? null : listener.extract(record);
            return new Read(new FigureEntry(path, record.generation(), sink.hits(), List.copyOf(sink.suppressions()),
                    FigureFacts.of(record), tables, null), part);
        } catch (RuntimeException | StackOverflowError e) {
            RuleHit failed = new RuleHit(ReadRules.INTERNAL_ERROR, 1, 1, "the checker failed on this file: " + e,
                    null, null);
            return new Read(new FigureEntry(path, null, List.of(failed), List.of(), null, List.of(), null), null);
        }
    }

    /** Takes one figure's entry into the run, in figid order, on one thread. */
    private void consume(FigureEntry e, Set<String> claimed, Map<Generation, Integer> generations) {
        int id = paths.indexOf(e.path());
        add(id, e.hits());
        if (!e.suppressions().isEmpty()) {
            suppressions.put(id, e.suppressions());
        }
        int genesTable = -1;
        for (FigureEntry.TableHits t : e.tables()) {
            // The first record (in figid order) to claim a table reports its hits; figids may be duplicated.
            String tablePath = relative(request.dataDirectory().resolve(t.name()));
            if (claimed.add(t.name())) {
                add(tablePath, t.hits());
            }
            if (TsvKind.of(t.name()) == TsvKind.GENES) {
                genesTable = paths.indexOf(tablePath);
            }
        }
        String baseName = RepositoryFiles.baseName(Path.of(e.path()));
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

    private List<RuleHit> readTable(Path table) {
        String name = table.getFileName().toString();
        FindingSink sink = new FindingSink(relative(table), request.maxFindingsPerFile());
        try {
            TsvReader.read(table, TsvKind.of(name), request.maxFileSize(), sink);
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
        if (hits[pathId] == null) {
            hits[pathId] = new ArrayList<>(more.size());
        }
        hits[pathId].addAll(more);
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

    private String relative(Path file) {
        return RepositoryFiles.relative(request.baseDirectory(), file);
    }
}
