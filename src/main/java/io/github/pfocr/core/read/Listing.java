package io.github.pfocr.core.read;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;

/**
 * The files listed under one directory, as compactly as a listing of a million files needs: their names relative to
 * the directory, sorted, with the size and modification time each had when listed. A {@link Path} is made only
 * when asked for: one kept per file, with the string and name offsets a directory walk leaves cached on it, costs
 * three times its name.
 */
public final class Listing extends AbstractList<Path> implements RandomAccess {
    private final Path dir;
    private final String[] names;
    private final long[] sizes;
    private final long[] times;

    private Listing(Path dir, String[] names, long[] sizes, long[] times) {
        this.dir = dir;
        this.names = names;
        this.sizes = sizes;
        this.times = times;
    }

    static Listing empty(Path dir) {
        return new Listing(dir, new String[0], new long[0], new long[0]);
    }

    /** The file at {@code index}, in name order. */
    @Override
    public Path get(int index) {
        return dir.resolve(names[index]);
    }

    @Override
    public int size() {
        return names.length;
    }

    /** The name of the file at {@code index}, relative to the directory, with the platform's separator. */
    public String name(int index) {
        return names[index];
    }

    /** The size of the file at {@code index} when it was listed. */
    public long length(int index) {
        return sizes[index];
    }

    /** The modification time, in milliseconds, of the file at {@code index} when it was listed. */
    public long modified(int index) {
        return times[index];
    }

    /** The names, in order. */
    public List<String> names() {
        return Collections.unmodifiableList(Arrays.asList(names));
    }

    /** The index of the file of this name, or -1. */
    public int find(String name) {
        int i = Arrays.binarySearch(names, name);
        return i < 0 ? -1 : i;
    }

    /** The file of this name, or null when it was not listed. */
    public Path path(String name) {
        int i = find(name);
        return i < 0 ? null : get(i);
    }

    /** Collects the entries of a listing in any order. */
    static final class Builder {
        private record Entry(String name, long size, long time) {
        }

        private final List<Entry> entries = new ArrayList<>();

        void add(String name, BasicFileAttributes attributes) {
            entries.add(new Entry(name, attributes.size(), attributes.lastModifiedTime().toMillis()));
        }

        Listing build(Path dir) {
            entries.sort(Comparator.comparing(Entry::name));
            int n = entries.size();
            String[] names = new String[n];
            long[] sizes = new long[n];
            long[] times = new long[n];
            for (int i = 0; i < n; i++) {
                Entry e = entries.get(i);
                names[i] = e.name();
                sizes[i] = e.size();
                times[i] = e.time();
            }
            return new Listing(dir, names, sizes, times);
        }
    }
}
