package io.github.pfocr.core.read;

import io.github.pfocr.core.model.CheckConfigurationException;
import io.github.pfocr.core.model.Printable;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.RuleHit;
import io.github.pfocr.core.model.TsvKind;
import org.codehaus.plexus.util.MatchPatterns;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The files of a data repository a request selects: included figure files in path order, the entity tables of the
 * data and download directories by file name, and the map files. A repository takes pull requests, so nothing is
 * listed whose real path lies outside the project base directory (a symbolic link to {@code /etc/passwd} or
 * {@code ../.git/config}); such an entry, a broken link, a directory, FIFO or device named like a record or table,
 * and an unreadable directory each become a finding instead, and the rest is still listed.
 *
 * @param wpidMap the wpid map file to read, or null (absent or rejected)
 * @param ndexMap the NDEx map file to read, or null (absent or rejected)
 * @param unselected the base names of the figure files that exist but were not selected (includes/excludes): a
 *        partial run must not call their tables and map entries orphans, nor check those tables
 * @param rejected the entries that were not listed, each with its finding
 */
public record RepositoryFiles(Listing figures, Listing dataTables, Listing downloadTables,
        Set<String> unselected, Path wpidMap, Path ndexMap, List<Rejected> rejected) {

    /** An entry that is not read, and why. */
    public record Rejected(Path path, RuleHit hit) {
    }

    /**
     * Lists the files of a repository.
     *
     * @param baseDirectory nothing whose real path lies outside it (or in its .git) is listed
     * @param includes Maven patterns, relative to the figures directory, of the figure files
     * @param excludes Maven patterns of figure files to leave out
     * @param downloadDirectory the legacy G1 tables; may be null or missing
     * @param mapFiles the map files (wpid, then NDEx); either may be null or missing
     * @throws CheckConfigurationException when the figures directory does not exist, a pattern cannot be used, or no
     *         figure file is found (as surefire fails when no test ran: a check of nothing is a misconfiguration)
     */
    /** The figure files selected when no includes are given: every {@code .md} file below the figures directory. */
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md");

    public static RepositoryFiles list(Path baseDirectory, Path figuresDirectory, List<String> includes,
            List<String> excludes, Path dataDirectory, Path downloadDirectory, List<Path> mapFiles) {
        if (!Files.isDirectory(figuresDirectory)) {
            throw new CheckConfigurationException("the figures directory " + Printable.escape(
                    figuresDirectory.toString()) + " does not exist or is not a directory");
        }
        Lister lister = new Lister(baseDirectory);
        // The tables are listed on another thread while the figures' tree is walked: both wait on the file system.
        Lister tableLister = new Lister(baseDirectory);
        CompletableFuture<List<Listing>> tables = CompletableFuture.supplyAsync(() -> List.of(
                tableLister.tables(dataDirectory, mapFiles), tableLister.tables(downloadDirectory, mapFiles)));
        Listing figures = lister.figures(figuresDirectory, includes, excludes);
        Path wpid = lister.mapFile(mapFiles.get(0));
        Path ndex = lister.mapFile(mapFiles.get(1));
        List<Listing> listedTables = joined(tables);
        lister.take(tableLister);
        Listing data = listedTables.get(0);
        Listing download = listedTables.get(1);
        List<Rejected> rejected = lister.rejected();
        if (figures.isEmpty()) {
            StringBuilder why = new StringBuilder();
            rejected.stream().limit(5).forEach(r -> why.append("; ").append(Printable.escape(lister.relative(
                    r.path()))).append(" [").append(r.hit().rule().id()).append(']'));
            throw new CheckConfigurationException("no figure file found in " + Printable.escape(lister.relative(
                    figuresDirectory)) + " matching includes " + includes + " and excludes " + excludes
                    + (rejected.isEmpty() ? "" : " (" + rejected.size() + " entr(ies) rejected" + why + ")")
                    + ": check figuresDirectory, includes and excludes");
        }
        return new RepositoryFiles(figures, data, download, lister.unselected, wpid, ndex, rejected);
    }

    private static <T> T joined(CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error r) {
                throw r;
            }
            throw e;
        }
    }

    /** Whether a table belongs to a figure that exists but was not selected; such a table is not checked. */
    public boolean ofUnselectedFigure(String tableName) {
        if (unselected.isEmpty()) {
            return false; // every figure selected: no table name needs taking apart
        }
        TsvKind kind = TsvKind.of(tableName);
        return kind != null && unselected.contains(kind.figid(tableName));
    }

    /** A path relative to the base directory, with {@code /}, as findings and catalogs show it. */
    public static String relative(Path base, Path file) {
        return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(File.separatorChar, '/');
    }

    /**
     * {@code file} relative to {@code dir}, with the platform's separator: the walk names entries as {@code dir}
     * plus a separator plus the rest, so cutting the prefix off the string saves resolving the path's names.
     */
    private static String below(Path dir, Path file) {
        String d = dir.toString();
        String f = file.toString();
        if (!d.isEmpty() && f.length() > d.length() + 1 && f.startsWith(d)
                && f.charAt(d.length()) == File.separatorChar && !d.endsWith(File.separator)) {
            return f.substring(d.length() + 1);
        }
        return dir.relativize(file).toString();
    }

    /**
     * Whether a path below a walked directory (with the platform's separator) names a {@code .git}: told from the
     * string, without a {@code Path} for each of a hundred thousand names.
     */
    private static boolean isGit(String rel) {
        return rel.equals(".git") || rel.endsWith(File.separator + ".git");
    }

    /** A figure file's name without {@code .md}. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    /**
     * Whether a file may be opened: its real path (links resolved) lies inside the base directory, outside its
     * {@code .git}. A file that does not exist is inside when its parent is.
     */
    public static boolean isInside(Path base, Path file) {
        return new Guard(base).isInside(file);
    }

    /** Resolves real paths against the real base directory. */
    private static class Guard {
        final Path base;
        final Path realBase;

        Guard(Path base) {
            this.base = base.toAbsolutePath().normalize();
            Path real;
            try {
                real = base.toRealPath();
            } catch (IOException e) {
                real = this.base;
            }
            this.realBase = real;
        }

        /**
         * {@link #isInside} for an entry of a directory the walk found inside: unless the entry is itself a link
         * (or named {@code .git}) its real path is the directory's plus its name, so one lstat replaces resolving
         * every component of the path again for each of 100,000 files.
         */
        boolean entryInside(Path file) {
            return entryInside(file, Files.isSymbolicLink(file));
        }

        /** {@link #entryInside(Path)} when whether the entry is a link is already known. */
        boolean entryInside(Path file, boolean link) {
            Path name = file.getFileName();
            if (name != null && !name.toString().equals(".git") && !link) {
                return true;
            }
            return isInside(file);
        }

        /** Inside the base directory and not in its {@code .git} (a checkout keeps saved credentials there). */
        boolean isInside(Path file) {
            try {
                Path real = file.toRealPath();
                if (!real.startsWith(realBase)) {
                    return false;
                }
                for (Path part : realBase.relativize(real)) {
                    if (part.toString().equals(".git")) {
                        return false;
                    }
                }
                return true;
            } catch (NoSuchFileException e) {
                Path parent = file.toAbsolutePath().normalize().getParent();
                return parent != null && !Files.isSymbolicLink(file) && Files.exists(parent) && isInside(parent);
            } catch (IOException e) {
                return false;
            }
        }
    }

    /** One listing: collects the rejected entries. */
    private static final class Lister extends Guard {
        private final List<Rejected> rejected = new ArrayList<>();
        private final Set<String> unselected = new HashSet<>();

        Lister(Path baseDirectory) {
            super(baseDirectory);
        }

        List<Rejected> rejected() {
            rejected.sort(java.util.Comparator.comparing(r -> r.path().toString()));
            return List.copyOf(rejected);
        }

        String relative(Path p) {
            return RepositoryFiles.relative(base, p);
        }

        /** Takes what another listing of the same repository found (its rejected entries after this one's). */
        void take(Lister other) {
            rejected.addAll(other.rejected);
        }

        private void report(Rule rule, Path at, String message) {
            rejected.add(new Rejected(at, new RuleHit(rule, 1, 1, message, null, null)));
        }

        private void outside(Path link) {
            // Named by the link only: the target's name is content of a file outside the repository, too.
            report(ReadRules.FILE_OUTSIDE_REPOSITORY, link, "expected a file inside the repository, found a symbolic "
                    + "link (or a path) that leads outside it or into .git; not read");
        }

        private void broken(Path link) {
            boolean loop = false;
            try {
                link.toRealPath();
            } catch (NoSuchFileException e) {
                loop = false;
            } catch (IOException e) {
                loop = true;
            }
            report(ReadRules.FILE_LINK_BROKEN, link, loop ? "expected a readable file, found a symbolic link loop"
                    : "expected a readable file, found a dangling symbolic link (its target does not exist)");
        }

        private void notRegular(Path p, BasicFileAttributes a) {
            report(ReadRules.FILE_NOT_REGULAR, p, "expected a regular file, found "
                    + (a.isDirectory() ? "a directory" : "a FIFO, socket or device") + "; not read");
        }

        private void unreadable(Path dir, IOException e) {
            report(ReadRules.DIRECTORY_UNREADABLE, dir, "could not list this directory ("
                    + e.getClass().getSimpleName() + "); the files in it were not checked");
        }

        Listing figures(Path root, List<String> includePatterns, List<String> excludePatterns) {
            Predicate<String> selected = selection(includePatterns, excludePatterns);
            // Without links (the usual case) one lstat per entry lists the tree; a link anywhere means listing it
            // again following links, so links keep their exact handling (loops, targets outside).
            int reported = rejected.size();
            Listing out = walk(root, selected, false);
            if (out == null) {
                rejected.subList(reported, rejected.size()).clear();
                out = walk(root, selected, true);
            }
            return out;
        }

        /**
         * The selected figure files under {@code root}; without {@code follow}, null as soon as a symbolic link is
         * found (nothing of that walk is kept).
         */
        private Listing walk(Path root, Predicate<String> selection, boolean follow) {
            Listing.Builder out = new Listing.Builder();
            Set<String> skipped = new HashSet<>();
            boolean[] link = new boolean[1];
            try {
                Files.walkFileTree(root, follow ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                        : EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, new SimpleFileVisitor<Path>() {
                    /** @param rel the entry's path below the root */
                    private boolean selected(String rel) {
                        return selection.test(rel);
                    }

                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        if (!isInside(dir)) {
                            outside(dir);
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        if (!dir.equals(root) && selected(below(root, dir))) {
                            notRegular(dir, attrs);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (!follow && attrs.isSymbolicLink()) {
                            link[0] = true;
                            return FileVisitResult.TERMINATE;
                        }
                        String rel = below(root, file);
                        if (!selected(rel)) {
                            // Remembered for partial runs; never read, so never judged either.
                            if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".md")) {
                                skipped.add(baseName(file));
                            }
                        } else if (attrs.isSymbolicLink()) {
                            broken(file); // a link the walk could not follow
                        } else if (!(follow ? entryInside(file) : !isGit(rel) || isInside(file))) {
                            outside(file);
                        } else if (attrs.isRegularFile()) {
                            out.add(rel, attrs);
                        } else {
                            notRegular(file, attrs);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        if (e instanceof FileSystemLoopException) {
                            report(ReadRules.FILE_LINK_BROKEN, file, "expected a directory, found a symbolic link "
                                    + "to one of its own parent directories (a loop); not followed");
                        } else {
                            unreadable(file, e);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) {
                            unreadable(dir, e);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                unreadable(root, e);
            }
            if (link[0]) {
                return null;
            }
            unselected.addAll(skipped);
            return out.build(root);
        }

        /** The map file to read, or null when it is absent or rejected (reported). */
        Path mapFile(Path file) {
            if (file == null || !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            return accepted(file, false) != null ? file : null;
        }

        /**
         * A single named file's attributes when it may be read; else null, and reported.
         *
         * @param entry whether the file was listed in a directory already found inside
         */
        private BasicFileAttributes accepted(Path file, boolean entry) {
            BasicFileAttributes a = null;
            boolean link = true;
            if (entry) {
                // One lstat settles an entry that is not a link: its own attributes are those of what it names.
                try {
                    a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    link = a.isSymbolicLink();
                } catch (IOException e) {
                    // Reported below, when following it fails too.
                }
            }
            if (link) {
                try {
                    a = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    if (Files.isSymbolicLink(file)) {
                        broken(file);
                    } else {
                        report(ReadRules.FILE_UNREADABLE, file, "could not read the file's attributes ("
                                + e.getClass().getSimpleName() + ")");
                    }
                    return null;
                }
            }
            if (!(entry ? entryInside(file, link) : isInside(file))) {
                outside(file);
                return null;
            }
            if (!a.isRegularFile()) {
                notRegular(file, a);
                return null;
            }
            return a;
        }

        /** The tables of a directory by name; entries named *.tsv that cannot be read are reported. */
        Listing tables(Path dir, List<Path> mapFiles) {
            if (dir == null || !Files.isDirectory(dir)) {
                return Listing.empty(dir);
            }
            if (!isInside(dir)) {
                outside(dir);
                return Listing.empty(dir);
            }
            Listing.Builder out = new Listing.Builder();
            Set<Path> maps = new HashSet<>();
            Set<String> mapNames = new HashSet<>();
            mapFiles.stream().filter(m -> m != null).forEach(m -> {
                maps.add(m.toAbsolutePath().normalize());
                mapNames.add(String.valueOf(m.getFileName()));
            });
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
                for (Path p : entries) {
                    String name = p.getFileName().toString();
                    // Only an entry named like a map file can be one: the others need no absolute path.
                    boolean isMap = mapNames.contains(name) && maps.contains(p.toAbsolutePath().normalize());
                    BasicFileAttributes a = isMap || !name.endsWith(".tsv") ? null : accepted(p, true);
                    if (a != null && TsvKind.of(name) != null) {
                        out.add(name, a);
                    }
                }
            } catch (IOException e) {
                unreadable(dir, e);
            }
            return out.build(dir);
        }
    }

    /**
     * Which paths below the figures directory (with the platform's separator) the patterns select. The default,
     * every {@code .md} file, is told by the name's end: matching a hundred thousand paths against
     * {@code **}{@code /*.md} tokenizes each of them.
     */
    static Predicate<String> selection(List<String> includePatterns, List<String> excludePatterns) {
        MatchPatterns includes = patterns("includes", includePatterns);
        MatchPatterns excludes = patterns("excludes", excludePatterns);
        if (includePatterns.equals(DEFAULT_INCLUDES) && excludePatterns.isEmpty()) {
            return rel -> rel.endsWith(".md");
        }
        return rel -> includes.matches(rel, true) && !excludes.matches(rel, true);
    }

    /**
     * Maven's pattern syntax (plexus MatchPatterns, as in resources and DirectoryScanner): {@code **} any number
     * of directories, {@code *} and {@code ?} within one name, a trailing {@code /} meaning {@code /**}, and
     * {@code %regex[...]} for a regular expression. A pattern that cannot be used is a configuration error naming
     * the parameter.
     */
    static MatchPatterns patterns(String parameter, List<String> patterns) {
        List<String> normalised = new ArrayList<>();
        for (String raw : patterns) {
            String p = raw == null ? "" : raw.trim();
            if (p.isEmpty()) {
                throw new CheckConfigurationException("parameter " + parameter + ": empty pattern");
            }
            if (p.startsWith("/") || p.contains("..") && !p.startsWith("%regex[")) {
                throw new CheckConfigurationException("parameter " + parameter + ": pattern '" + Printable.escape(p)
                        + "' must be relative to the figures directory, without '..'");
            }
            if (p.startsWith("%regex[")) {
                // MatchPatterns compiles a regex only when it first matches; find a bad one before that.
                if (!p.endsWith("]")) {
                    throw new CheckConfigurationException("parameter " + parameter + ": pattern '"
                            + Printable.escape(p) + "' opens %regex[ without closing it with ]");
                }
                try {
                    Pattern.compile(p.substring("%regex[".length(), p.length() - 1));
                } catch (PatternSyntaxException e) {
                    throw new CheckConfigurationException("parameter " + parameter + ": invalid regular expression in '"
                            + Printable.escape(p) + "': " + e.getDescription());
                }
            }
            normalised.add(p.endsWith("/") ? p + "**" : p);
        }
        return MatchPatterns.from(normalised);
    }
}
