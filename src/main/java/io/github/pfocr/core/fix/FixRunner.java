package io.github.pfocr.core.fix;

import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.engine.Parallel;
import io.github.pfocr.core.fix.FixResult.FileFix;
import io.github.pfocr.core.fix.FixResult.Unrepaired;
import io.github.pfocr.core.fix.Repair.Unrepairable;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Finding;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.output.AtomicFiles;
import io.github.pfocr.core.read.ContentHash;
import io.github.pfocr.core.read.FrontMatterReader;
import io.github.pfocr.core.read.RecordLoader;
import io.github.pfocr.core.read.RepositoryFiles;
import io.github.pfocr.core.read.TextFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The fix pipeline: run the check, select the findings that have a repair, and repair them file by file. Each
 * figure file is read once more, edited textually, parsed again to prove every repaired field reads back as
 * intended, and written atomically; anything that fails leaves the file as it was and is reported.
 */
public final class FixRunner {

    /** What fixing one file yields. */
    private record Outcome(FileFix fix, List<Unrepaired> unrepaired) {
    }

    private final FixRequest request;
    private final CheckRequest check;
    /** The lines of each map file read again, by path. */
    private final Map<String, List<String>> mapLines = new HashMap<>();

    private FixRunner(FixRequest request) {
        this.request = request;
        this.check = request.check();
    }

    public static FixResult run(FixRequest request) {
        return run(request, CheckRunner.run(request.check()));
    }

    /**
     * Repairs the findings of {@code result}, the check of {@code request.check()} as the caller ran it (the Maven
     * goal runs it as {@code pfocr:check} does: with its cache and the project-level checks).
     */
    public static FixResult run(FixRequest request, CheckResult result) {
        return new FixRunner(request).run(result);
    }

    private FixResult run(CheckResult result) {
        RepositoryFiles files = RepositoryFiles.list(check.baseDirectory(), check.figuresDirectory(),
                check.includes(), check.excludes(), check.dataDirectory(), check.downloadDirectory(),
                Arrays.asList(check.wpidMapFile(), check.ndexMapFile()));
        Map<String, String> figureByName = new HashMap<>();
        for (Path p : files.figures()) {
            figureByName.putIfAbsent(RepositoryFiles.baseName(p), relative(p));
        }
        String figures = relative(check.figuresDirectory());
        String figuresPrefix = figures.isEmpty() ? "" : figures + "/";
        List<Unrepaired> unrepaired = new ArrayList<>();
        Map<String, List<Finding>> byFile = new TreeMap<>();
        for (Finding f : result.findings()) {
            if (!Repairs.selected(f, request.rules())) {
                continue;
            }
            String figid = f.figid() != null ? f.figid() : mapLineFigid(f, files);
            String target = f.path().startsWith(figuresPrefix) && f.path().endsWith(".md") ? f.path()
                    : figid != null ? figureByName.get(figid) : null;
            if (target == null) {
                unrepaired.add(new Unrepaired(f, "no figure file " + figid + ".md among the files checked"));
            } else {
                byFile.computeIfAbsent(target, k -> new ArrayList<>()).add(f);
            }
        }
        RecordLoader loader = new RecordLoader(check.baseDirectory(), check.maxFileSize(), check.maxFindingsPerFile(),
                files.dataTables()::path);
        List<Map.Entry<String, List<Finding>>> work = new ArrayList<>(byFile.entrySet());
        Outcome[] outcomes;
        try (Parallel parallel = new Parallel(check.threads())) {
            outcomes = parallel.map(work.size(), i -> fixFile(work.get(i).getKey(), work.get(i).getValue(), loader),
                    Outcome[]::new);
        }
        List<FileFix> fixes = new ArrayList<>();
        for (Outcome o : outcomes) {
            if (o.fix() != null) {
                fixes.add(o.fix());
            }
            unrepaired.addAll(o.unrepaired());
        }
        unrepaired.sort(Comparator.comparing(Unrepaired::finding, Finding.ORDER));
        return new FixResult(result, fixes, unrepaired);
    }

    private Outcome fixFile(String path, List<Finding> findings, RecordLoader loader) {
        List<Unrepaired> unrepaired = new ArrayList<>();
        try {
            Path file = check.baseDirectory().resolve(path);
            checkTarget(file);
            FindingSink sink = new FindingSink(path);
            byte[] bytes = TextFiles.readBytes(file, check.maxFileSize(), sink);
            String text = bytes == null ? null : TextFiles.decode(bytes, sink);
            FigureRecord record = text == null ? null : loader.load(file, bytes, sink, table -> { },
                    new ContentHash());
            if (record == null) {
                throw new Unrepairable("the file could not be read again");
            }
            int readFindings = sink.hits().size();
            FrontMatterEditor editor = new FrontMatterEditor(text, record.root());
            List<Finding> planned = new ArrayList<>();
            List<Finding> ordered = new ArrayList<>(findings);
            ordered.sort(Comparator.comparingInt((Finding f) -> Repairs.order(f.ruleId())).thenComparing(Finding.ORDER));
            for (Finding f : ordered) {
                try {
                    Repairs.forRule(f.ruleId()).plan(record, f, editor);
                    planned.add(f);
                } catch (Unrepairable e) {
                    unrepaired.add(new Unrepaired(f, e.getMessage()));
                }
            }
            if (planned.isEmpty()) {
                return new Outcome(null, unrepaired);
            }
            List<UnifiedDiff.Change> changes = editor.changes();
            String edited = editor.apply();
            if (edited.equals(text)) {
                throw new Unrepairable("the repair would change nothing");
            }
            byte[] out = edited.getBytes(StandardCharsets.UTF_8);
            verify(path, out, editor, readFindings);
            if (!request.dryRun()) {
                checkTarget(file);
                AtomicFiles.write(file, stream -> stream.write(out));
            }
            return new Outcome(new FileFix(path, List.copyOf(planned), UnifiedDiff.of(path, text, changes)),
                    unrepaired);
        } catch (Unrepairable e) {
            return failed(findings, unrepaired, e.getMessage());
        } catch (IOException | RuntimeException e) {
            return failed(findings, unrepaired, "the file could not be written: " + e);
        }
    }

    private static Outcome failed(List<Finding> findings, List<Unrepaired> already, String reason) {
        List<Unrepaired> out = new ArrayList<>(already);
        for (Finding f : findings) {
            if (already.stream().noneMatch(u -> u.finding() == f)) {
                out.add(new Unrepaired(f, reason));
            }
        }
        return new Outcome(null, out);
    }

    /** The edited file must parse with no more reading findings than before and read back as each repair meant. */
    private void verify(String path, byte[] edited, FrontMatterEditor editor, int readFindingsBefore)
            throws Unrepairable {
        FindingSink sink = new FindingSink(path);
        MapNode root = new FrontMatterReader(check.maxFileSize()).read(edited, sink);
        if (root == null || sink.hits().size() > readFindingsBefore) {
            throw new Unrepairable("the edited file would not read back cleanly; it was left as it is");
        }
        List<String> problems = editor.verify(root);
        if (!problems.isEmpty()) {
            throw new Unrepairable(String.join("; ", problems) + "; the file was left as it is");
        }
    }

    /**
     * Only a regular file inside the figures directory is written, never one reached through a symbolic link
     * (the file itself or any directory between it and the figures directory).
     */
    private void checkTarget(Path file) throws Unrepairable {
        Path dir = check.figuresDirectory().toAbsolutePath().normalize();
        Path abs = file.toAbsolutePath().normalize();
        if (!abs.startsWith(dir) || abs.equals(dir)) {
            throw new Unrepairable("the file is outside the figures directory");
        }
        if (Files.isSymbolicLink(abs) || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
            throw new Unrepairable("the file is a symbolic link or not a regular file; links are never followed");
        }
        try {
            if (!abs.toRealPath().equals(dir.toRealPath().resolve(dir.relativize(abs)))) {
                throw new Unrepairable("the file is reached through a symbolic link; links are never followed");
            }
        } catch (IOException e) {
            throw new Unrepairable("the file's real path could not be resolved: " + e.getMessage());
        }
    }

    /**
     * The figid of the map line a wpid-map or ndex-map finding points at when the figure lacks the field (the
     * finding then sits on the map file): the line's first cell, read again from the configured map file.
     */
    private String mapLineFigid(Finding f, RepositoryFiles files) {
        Path map = Stream.of(files.wpidMap(), files.ndexMap())
                .filter(m -> m != null && relative(m).equals(f.path())).findFirst().orElse(null);
        if (map == null) {
            return null;
        }
        List<String> lines = mapLines.computeIfAbsent(f.path(), k -> {
            FindingSink ignored = new FindingSink(k);
            byte[] bytes = TextFiles.readBytes(map, Long.MAX_VALUE, ignored);
            String text = bytes == null ? null : TextFiles.decode(bytes, ignored);
            // Split as the map rule does: by \n, a \r before it dropped.
            return text == null ? List.of() : List.of(text.split("\n", -1));
        });
        if (f.line() < 1 || f.line() > lines.size()) {
            return null;
        }
        String line = lines.get(f.line() - 1);
        String[] cells = (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).split("\t", -1);
        return cells.length == 2 ? cells[0] : null;
    }

    private String relative(Path p) {
        return RepositoryFiles.relative(check.baseDirectory(), p);
    }
}
