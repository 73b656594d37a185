package io.github.pfocr.core.check;

import io.github.pfocr.core.finding.Finding;
import io.github.pfocr.core.finding.FindingSink;
import io.github.pfocr.core.read.FrontMatterReader;
import io.github.pfocr.core.read.ReadRules;
import io.github.pfocr.core.read.TextFiles;
import io.github.pfocr.core.record.FigureRecord;
import io.github.pfocr.core.record.Generation;
import io.github.pfocr.core.rule.RecordCheck;
import io.github.pfocr.core.rule.RuleRegistry;
import io.github.pfocr.core.rule.repository.FigureFacts;
import io.github.pfocr.core.rule.repository.MapFileCheck;
import io.github.pfocr.core.rule.repository.RepositoryIndex;
import io.github.pfocr.core.rule.repository.RepositoryRules;
import io.github.pfocr.core.tree.MapNode;
import io.github.pfocr.core.tsv.TsvKind;
import io.github.pfocr.core.tsv.TsvReader;
import io.github.pfocr.core.tsv.TsvTable;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The check pipeline: list the files, check every figure record (with its tables) in parallel while feeding the
 * cross-file index, then the tables no record claimed, the map files and the cross-file rules. One bad file
 * yields findings, never an exception, and never stops the others.
 */
public final class CheckRunner {

    /** What checking one figure file leaves behind. */
    private record FigureOutcome(List<Finding> findings, Generation generation) {
    }

    private final CheckRequest request;
    private final RepositoryIndex index = new RepositoryIndex();
    private final Set<String> claimedTables = ConcurrentHashMap.newKeySet();
    private final Map<String, String> figidByPath = new ConcurrentHashMap<>();
    private final ThreadLocal<FrontMatterReader> readers;

    private CheckRunner(CheckRequest request) {
        this.request = request;
        this.readers = ThreadLocal.withInitial(() -> new FrontMatterReader(request.maxFileSize()));
    }

    public static CheckResult run(CheckRequest request) {
        return new CheckRunner(request).run();
    }

    private CheckResult run() {
        long start = System.nanoTime();
        if (!Files.isDirectory(request.figuresDirectory())) {
            throw new CheckConfigurationException("the figures directory " + request.figuresDirectory()
                    + " does not exist or is not a directory");
        }
        List<Path> figures = figureFiles();
        Map<String, Path> dataTables = tables(request.dataDirectory());
        Map<String, Path> downloadTables = tables(request.downloadDirectory());

        FigureOutcome[] outcomes = parallel(figures.size(), i -> checkFigure(figures.get(i), dataTables),
                FigureOutcome[]::new);
        List<Finding> findings = new ArrayList<>();
        Map<Generation, Integer> generations = new EnumMap<>(Generation.class);
        for (FigureOutcome o : outcomes) {
            findings.addAll(o.findings());
            if (o.generation() != null) {
                generations.merge(o.generation(), 1, Integer::sum);
            }
        }

        List<Path> standalone = new ArrayList<>();
        dataTables.forEach((name, path) -> {
            if (!claimedTables.contains(name)) {
                standalone.add(path);
            }
        });
        standalone.addAll(downloadTables.values());
        List<Finding>[] tableFindings = parallel(standalone.size(), i -> checkStandaloneTable(standalone.get(i)),
                List[]::new);
        for (List<Finding> f : tableFindings) {
            findings.addAll(f);
        }

        int mapFiles = 0;
        for (Map.Entry<Path, MapFileCheck.Kind> map : Map.of(request.wpidMapFile(), MapFileCheck.Kind.WPID,
                request.ndexMapFile(), MapFileCheck.Kind.NDEX).entrySet()) {
            if (map.getKey() != null && Files.isRegularFile(map.getKey())) {
                mapFiles++;
                findings.addAll(MapFileCheck.check(map.getKey(), relative(map.getKey()), map.getValue(),
                        Long.MAX_VALUE, index, relative(request.figuresDirectory())));
            }
        }
        findings.addAll(index.findings());

        List<Finding> complete = findings.stream().map(this::withFigid).sorted(Finding.ORDER).toList();
        int tableCount = dataTables.size() + downloadTables.size();
        return new CheckResult(complete, figures.size(), generations, tableCount, mapFiles,
                Duration.ofNanos(System.nanoTime() - start));
    }

    private FigureOutcome checkFigure(Path file, Map<String, Path> dataTables) {
        String path = relative(file);
        String name = file.getFileName().toString();
        String baseName = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        FindingSink sink = new FindingSink(path);
        List<Finding> tableFindings = new ArrayList<>();
        try {
            byte[] bytes = TextFiles.readBytes(file, request.maxFileSize(), sink);
            MapNode root = bytes == null ? null : readers.get().read(bytes, sink);
            if (root == null) {
                index.addUnparsed(baseName);
                return new FigureOutcome(sink.findings(), null);
            }
            FigureRecord record = new FigureRecord(path, baseName, root);
            sink.figid(record.figid());
            figidByPath.put(path, record.figid());
            linkTables(record, dataTables, tableFindings);
            for (RecordCheck check : RuleRegistry.RECORD_CHECKS) {
                check.check(record, sink);
            }
            index.add(FigureFacts.of(record));
            tableFindings.addAll(sink.findings());
            return new FigureOutcome(tableFindings, record.generation());
        } catch (RuntimeException | StackOverflowError e) {
            index.addUnparsed(baseName);
            FindingSink failed = new FindingSink(path);
            failed.report(ReadRules.INTERNAL_ERROR, 1, 1, "the checker failed on this file: " + e, null, null);
            return new FigureOutcome(failed.findings(), null);
        }
    }

    /** Reads the record's tables; the first record to claim a table reports its layout findings. */
    private void linkTables(FigureRecord record, Map<String, Path> dataTables, List<Finding> out) {
        for (TsvKind kind : TsvKind.values()) {
            String tableName = record.figid() + kind.suffix();
            Path table = dataTables.get(tableName);
            if (table == null) {
                continue;
            }
            FindingSink tableSink = new FindingSink(relative(table));
            tableSink.figid(record.figid());
            TsvTable t = TsvReader.read(table, kind, request.maxFileSize(), tableSink);
            if (t != null) {
                record.table(kind, t);
            }
            if (claimedTables.add(tableName)) {
                out.addAll(tableSink.findings());
            }
        }
    }

    private List<Finding> checkStandaloneTable(Path table) {
        String name = table.getFileName().toString();
        TsvKind kind = TsvKind.of(name);
        String figid = kind.figid(name);
        FindingSink sink = new FindingSink(relative(table));
        sink.figid(figid);
        try {
            TsvReader.read(table, kind, request.maxFileSize(), sink);
            if (!index.hasFigure(figid)) {
                sink.report(RepositoryRules.TSV_ORPHAN, 1, 1, "expected a figure " + relative(
                        request.figuresDirectory().resolve(figid + ".md")) + " for this table, found none", null, name);
            }
        } catch (RuntimeException | StackOverflowError e) {
            sink.report(ReadRules.INTERNAL_ERROR, 1, 1, "the checker failed on this file: " + e, null, null);
        }
        return sink.findings();
    }

    /** Cross-file findings are made without a figid: take the record's, or the table's from its name. */
    private Finding withFigid(Finding f) {
        String figid = f.figid() != null ? f.figid() : figidByPath.get(f.path());
        if (figid == null) {
            String name = f.path().substring(f.path().lastIndexOf('/') + 1);
            TsvKind kind = TsvKind.of(name);
            figid = kind == null ? null : kind.figid(name);
        }
        return figid == f.figid() ? f : new Finding(f.path(), f.line(), f.column(), f.severity(), f.ruleId(),
                f.message(), figid, f.expected(), f.value());
    }

    /** Runs {@code task} for 0..n-1 on the request's number of threads, results in index order. */
    private <T> T[] parallel(int n, IntFunction<T> task, IntFunction<T[]> array) {
        T[] results = array.apply(n);
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, request.threads()));
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> results[i] = task.apply(i))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return results;
    }

    /** The included figure files, in path order. */
    private List<Path> figureFiles() {
        List<PathMatcher> includes = matchers(request.includes());
        List<PathMatcher> excludes = matchers(request.excludes());
        Path dir = request.figuresDirectory();
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> {
                        Path rel = dir.relativize(p);
                        return includes.stream().anyMatch(m -> m.matches(rel))
                                && excludes.stream().noneMatch(m -> m.matches(rel));
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
    }

    /** Glob matchers; like Maven's, a leading {@code **}{@code /} also matches at the top level. */
    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
            }
        }
        return out;
    }

    /** The entity tables directly inside {@code dir}, by file name, in name order. */
    private static Map<String, Path> tables(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            return Collections.emptyMap();
        }
        try (Stream<Path> list = Files.list(dir)) {
            Map<String, Path> out = new TreeMap<>();
            list.filter(Files::isRegularFile)
                    .filter(p -> TsvKind.of(p.getFileName().toString()) != null)
                    .forEach(p -> out.put(p.getFileName().toString(), p));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
    }

    private String relative(Path file) {
        return request.baseDirectory().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize())
                .toString().replace(File.separatorChar, '/');
    }
}
