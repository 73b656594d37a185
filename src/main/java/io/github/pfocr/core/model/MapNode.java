package io.github.pfocr.core.model;

import java.util.List;

/** A mapping in source order. Keys are unique: a repeated key is reported by the reader and dropped. */
public record MapNode(List<Entry> entries, int line, int column, int start, int end) implements Node {

    /** One key/value pair; the key keeps its own position. */
    public record Entry(ScalarNode key, Node value) {
    }

    public Node get(String key) {
        Entry e = entry(key);
        return e == null ? null : e.value();
    }

    public Entry entry(String key) {
        // The reader keeps the format's keys as the constants the rules look them up by: most lookups end in the
        // first loop, comparing references only.
        for (Entry e : entries) {
            if (e.key().value() == key) {
                return e;
            }
        }
        for (Entry e : entries) {
            if (e.key().value().equals(key)) {
                return e;
            }
        }
        return null;
    }

    public boolean has(String key) {
        return entry(key) != null;
    }

    /** The key following {@code key} in source order, or null. */
    public String keyAfter(String key) {
        for (int i = 0; i < entries.size() - 1; i++) {
            if (entries.get(i).key().value().equals(key)) {
                return entries.get(i + 1).key().value();
            }
        }
        return null;
    }

    @Override
    public String describe() {
        return "a mapping";
    }
}
