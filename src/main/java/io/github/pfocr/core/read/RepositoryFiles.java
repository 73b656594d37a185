package io.github.pfocr.core.read;

import io.github.pfocr.core.model.CheckConfigurationException;

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

    /**
     * @param includes glob patterns, relative to the figures directory, of the figure files
     * @param excludes glob patterns of figure files to leave out
     * @param downloadDirectory the legacy G1 tables; may be null or missing
     */
    public static RepositoryFiles list(Path figuresDirectory, List<String> includes, List<String> excludes,
            Path dataDirectory, Path downloadDirectory) {
        if (!Files.isDirectory(figuresDirectory)) {
            throw new CheckConfigurationException("the figures directory " + figuresDirectory
                    + " does not exist or is not a directory");
        }
        List<Path> all = allFigureFiles(figuresDirectory);
        List<Path> selected = select(all, figuresDirectory, includes, excludes);
        Set<String> unselected = new HashSet<>();
        all.stream().filter(p -> p.getFileName().toString().endsWith(".md")).forEach(p -> unselected.add(baseName(p)));
        selected.forEach(p -> unselected.remove(baseName(p)));
        return new RepositoryFiles(selected, tables(dataDirectory), tables(downloadDirectory), unselected);
    }

    /** Whether some figure files were left out by includes/excludes. */
    public boolean partial() {
        return !unselected.isEmpty();
    }

    /** Whether a table belongs to a figure that exists but was not selected; such a table is not checked. */
    public boolean ofUnselectedFigure(String tableName) {
        TsvKind kind = TsvKind.of(tableName);
        return kind != null && unselected.contains(kind.figid(tableName));
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

    /** Every file under the figures directory, in path order. */
    private static List<Path> allFigureFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir, e);
        }
    }

    private static List<Path> select(List<Path> all, Path dir, List<String> includeGlobs, List<String> excludeGlobs) {
        List<PathMatcher> includes = matchers(includeGlobs);
        List<PathMatcher> excludes = matchers(excludeGlobs);
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
