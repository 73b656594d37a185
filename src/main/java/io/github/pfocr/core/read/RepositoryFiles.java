package io.github.pfocr.core.read;

import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.CheckConfigurationException;

import io.github.pfocr.core.model.TsvKind;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a data repository a request selects: included figure files in path order, and the entity tables
 * of the data and download directories by file name.
 *
 * @param unselected the base names of the figure files that exist but were not selected (includes/excludes): a
 *        partial run must not call their tables and map entries orphans, nor check those tables
 */
public record RepositoryFiles(List<Path> figures, Map<String, Path> dataTables, Map<String, Path> downloadTables,
        Set<String> unselected) {

    public static RepositoryFiles list(CheckRequest request) {
        if (!Files.isDirectory(request.figuresDirectory())) {
            throw new CheckConfigurationException("the figures directory " + request.figuresDirectory()
                    + " does not exist or is not a directory");
        }
        List<Path> all = allFigureFiles(request.figuresDirectory());
        List<Path> selected = select(all, request);
        Set<String> unselected = new HashSet<>();
        all.stream().filter(p -> p.getFileName().toString().endsWith(".md")).forEach(p -> unselected.add(baseName(p)));
        selected.forEach(p -> unselected.remove(baseName(p)));
        return new RepositoryFiles(selected, tables(request.dataDirectory()), tables(request.downloadDirectory()),
                unselected);
    }

    /** Whether some figure files were left out by includes/excludes. */
    public boolean partial() {
        return !unselected.isEmpty();
    }

    /** A path relative to the base directory, with {@code /}, as findings and catalogs show it. */
    public static String relative(Path base, Path file) {
        return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(File.separatorChar, '/');
    }

    /** A figure file's name without {@code .md}. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /** Every {@code .md} file under the figures directory, in path order. */
    private static List<Path> allFigureFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
    }

    private static List<Path> select(List<Path> all, CheckRequest request) {
        List<PathMatcher> includes = matchers(request.includes());
        List<PathMatcher> excludes = matchers(request.excludes());
        Path dir = request.figuresDirectory();
        return all.stream().filter(p -> {
            Path rel = dir.relativize(p);
            return includes.stream().anyMatch(m -> m.matches(rel)) && excludes.stream().noneMatch(m -> m.matches(rel));
        }).toList();
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
}
