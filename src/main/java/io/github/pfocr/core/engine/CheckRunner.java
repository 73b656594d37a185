package io.github.pfocr.core.engine;

import io.github.pfocr.core.read.RepositoryFiles;
import io.github.pfocr.core.read.RecordLoader;
import io.github.pfocr.core.model.CheckResult;

import io.github.pfocr.core.model.Suppression;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.read.ReadRules;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.rules.RecordCheck;
import io.github.pfocr.core.rules.RuleRegistry;
import io.github.pfocr.core.rules.FigureFacts;
import io.github.pfocr.core.rules.MapFileCheck;
import io.github.pfocr.core.rules.RepositoryIndex;
import io.github.pfocr.core.rules.RepositoryRules;
import io.github.pfocr.core.model.TsvKind;
import io.github.pfocr.core.read.TsvReader;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
    private final Map<String, List<Suppression>> suppressions = new ConcurrentHashMap<>();

    private CheckRunner(CheckRequest request) {
        this.request = request;
    }

    public static CheckResult run(CheckRequest request) {
        return new CheckRunner(request).run();
    }

    private CheckResult run() {
        long start = System.nanoTime();
        RepositoryFiles files = RepositoryFiles.list(request);
        List<Path> figures = files.figures();
        Map<String, Path> dataTables = files.dataTables();
        Map<String, Path> downloadTables = files.downloadTables();
        RecordLoader loader = new RecordLoader(request, dataTables);

        List<Finding> findings = new ArrayList<>(files.findings());
        FigureOutcome[] outcomes = Parallel.map(figures.size(), request.threads(),
                i -> checkFigure(figures.get(i), loader), FigureOutcome[]::new);
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
        List<Finding>[] tableFindings = Parallel.map(standalone.size(), request.threads(),
                i -> checkStandaloneTable(standalone.get(i)), List[]::new);
        for (List<Finding> f : tableFindings) {
            findings.addAll(f);
        }

        Map<Path, MapFileCheck.Kind> mapFiles = mapFiles(files);
        mapFiles.forEach((file, kind) -> findings.addAll(MapFileCheck.check(file, relative(file), kind,
                request.maxFileSize(), request.maxFindingsPerFile(), index, relative(request.figuresDirectory()))));
        findings.addAll(index.findings());

        RuleSettings settings = request.ruleSettings();
        List<Finding> configured = findings.stream().map(settings::apply).filter(Objects::nonNull).toList();
        List<Finding> complete = Suppressions.apply(configured, suppressions, settings).stream()
                .map(this::withFigid).sorted(Finding.ORDER).toList();
        int tableCount = dataTables.size() + downloadTables.size();
        return new CheckResult(complete, figures.size(), generations, tableCount, mapFiles.size(),
                checkedFiles(files, mapFiles.keySet()),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The map files to read, wpid first. */
    private static Map<Path, MapFileCheck.Kind> mapFiles(RepositoryFiles files) {
        Map<Path, MapFileCheck.Kind> maps = new LinkedHashMap<>();
        if (files.wpidMap() != null) {
            maps.put(files.wpidMap(), MapFileCheck.Kind.WPID);
        }
        if (files.ndexMap() != null) {
            maps.put(files.ndexMap(), MapFileCheck.Kind.NDEX);
        }
        return maps;
    }

    private List<String> checkedFiles(RepositoryFiles files, Collection<Path> mapFiles) {
        List<Path> all = new ArrayList<>(files.figures());
        all.addAll(files.dataTables().values());
        all.addAll(files.downloadTables().values());
        all.addAll(mapFiles);
        return all.stream().map(this::relative).sorted().toList();
    }

    private FigureOutcome checkFigure(Path file, RecordLoader loader) {
        String path = relative(file);
        FindingSink sink = new FindingSink(path, request.maxFindingsPerFile());
        List<Finding> findings = new ArrayList<>();
        try {
            // The first record to claim a table reports its layout findings (figids may be duplicated).
            FigureRecord record = loader.load(file, sink, (table, f) -> {
                if (claimedTables.add(table)) {
                    findings.addAll(f);
                }
            });
            if (record == null) {
                index.addUnparsed(RepositoryFiles.baseName(file));
                return new FigureOutcome(sink.findings(), null);
            }
            figidByPath.put(path, record.figid());
            if (!sink.suppressions().isEmpty()) {
                suppressions.put(path, List.copyOf(sink.suppressions()));
            }
            for (RecordCheck check : RuleRegistry.RECORD_CHECKS) {
                check.check(record, sink);
            }
            index.add(FigureFacts.of(record));
            findings.addAll(sink.findings());
            return new FigureOutcome(findings, record.generation());
        } catch (RuntimeException | StackOverflowError e) {
            index.addUnparsed(RepositoryFiles.baseName(file));
            FindingSink failed = new FindingSink(path);
            failed.report(ReadRules.INTERNAL_ERROR, 1, 1, "the checker failed on this file: " + e, null, null);
            return new FigureOutcome(failed.findings(), null);
        }
    }

    private List<Finding> checkStandaloneTable(Path table) {
        String name = table.getFileName().toString();
        TsvKind kind = TsvKind.of(name);
        String figid = kind.figid(name);
        FindingSink sink = new FindingSink(relative(table), request.maxFindingsPerFile());
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

    private String relative(Path file) {
        return RepositoryFiles.relative(request.baseDirectory(), file);
    }
}
