package io.github.pfocr.core.read;

import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.CheckConfigurationException;

import io.github.pfocr.core.model.Printable;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The files of a data repository a request selects: included figure files in path order, and the entity tables
 * of the data and download directories by file name.
 */
public record RepositoryFiles(List<Path> figures, Map<String, Path> dataTables, Map<String, Path> downloadTables) {

    public static RepositoryFiles list(CheckRequest request) {
        if (!Files.isDirectory(request.figuresDirectory())) {
            throw new CheckConfigurationException("the figures directory " + request.figuresDirectory()
                    + " does not exist or is not a directory");
        }
        return new RepositoryFiles(figureFiles(request), tables(request.dataDirectory()),
                tables(request.downloadDirectory()));
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

    private static List<Path> figureFiles(CheckRequest request) {
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
            try {
                out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            } catch (PatternSyntaxException e) {
                throw new CheckConfigurationException("the pattern '" + Printable.escape(g) + "' of includes/excludes "
                        + "(pfocr.includes, pfocr.excludes) is not a valid glob: " + e.getDescription() + " at index "
                        + e.getIndex());
            }
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
