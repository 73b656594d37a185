package io.github.pfocr.core.fix;

import io.github.pfocr.core.fix.Repair.Unrepairable;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.SeqNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Textual edits of one figure file's front matter, placed by the offsets of the reader's tree: only the text of a
 * repaired value changes; every other byte (key order, quoting, comments, folding, line endings) stays as it is.
 * Values are written by {@link YamlScalars}, so no value can add structure. A later edit of the same field
 * replaces an earlier one.
 */
public final class FrontMatterEditor {

    /** One change of the text, and what its field must read back as: a String, a List of String, or null (removed). */
    private record Op(List<String> path, int start, int end, String replacement, Object intended) {
    }

    private final String text;
    private final MapNode root;
    private final String eol;
    private final Map<List<String>, Op> ops = new LinkedHashMap<>();

    /**
     * @param text the whole file as decoded text (the offsets of {@code root} point into it)
     * @param root the front matter's tree as the reader built it from {@code text}
     */
    public FrontMatterEditor(String text, MapNode root) {
        this.text = text;
        this.root = root;
        int nl = text.indexOf('\n');
        this.eol = nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n";
    }

    /**
     * Sets a string field; a missing field is added after the entry {@code after} (or at the end of its mapping
     * when {@code after} is null or absent).
     */
    public void set(List<String> path, String value, String after) throws Unrepairable {
        MapNode map = parent(path);
        String key = last(path);
        MapNode.Entry e = map.entry(key);
        boolean flow = isFlow(map);
        String rendered = flow ? YamlScalars.quoted(value) : YamlScalars.render(value);
        if (e == null) {
            insert(path, map, after, key + ": " + rendered + eol, value);
            return;
        }
        if (!(e.value() instanceof ScalarNode s)) {
            throw new Unrepairable(describe(path) + " is " + e.value().describe() + ", not a single value");
        }
        int end = trimmedEnd(s.start(), s.end());
        String space = s.start() > 0 && text.charAt(s.start() - 1) == ':' ? " " : "";
        put(new Op(path, s.start(), end, space + rendered, value));
    }

    /** Sets a field to a list of strings, written as the generators write lists; added like {@link #set}. */
    public void setList(List<String> path, List<String> items, String after) throws Unrepairable {
        MapNode map = parent(path);
        String key = last(path);
        MapNode.Entry e = map.entry(key);
        boolean flow = isFlow(map);
        if (e == null) {
            String indent = " ".repeat(keyIndent(map));
            insert(path, map, after, key + list(items, indent, flow, Map.of()) + eol, List.copyOf(items));
            return;
        }
        Node value = e.value();
        boolean block = value instanceof SeqNode seq && !isFlow(seq) && !seq.items().isEmpty();
        int indent = block ? value.start() - lineStart(value.start()) : e.key().start() - lineStart(e.key().start());
        Map<String, Deque<String>> kept = block ? itemTexts((SeqNode) value) : Map.of();
        int end = trimmedEnd(e.key().end(), value.end());
        put(new Op(path, e.key().end(), end, list(items, " ".repeat(indent), flow, kept), List.copyOf(items)));
    }

    /** The source text of each string item by value, so an item that stays keeps its quoting and folding. */
    private Map<String, Deque<String>> itemTexts(SeqNode seq) {
        Map<String, Deque<String>> texts = new HashMap<>();
        for (Node item : seq.items()) {
            if (item instanceof ScalarNode s && s.isString()) {
                texts.computeIfAbsent(s.value(), k -> new ArrayDeque<>())
                        .add(text.substring(s.start(), trimmedEnd(s.start(), s.end())));
            }
        }
        return texts;
    }

    /** Removes a field, its whole lines. */
    public void remove(List<String> path) throws Unrepairable {
        MapNode map = parent(path);
        MapNode.Entry e = map.entry(last(path));
        if (e == null) {
            return;
        }
        if (isFlow(map)) {
            throw new Unrepairable("cannot remove " + describe(path) + " from a mapping written in flow style");
        }
        int start = lineStart(e.key().start());
        if (!text.substring(start, e.key().start()).isBlank()) {
            throw new Unrepairable(describe(path) + " does not start its line");
        }
        put(new Op(path, start, lineEndAfter(trimmedEnd(e.value().start(), e.value().end())), "", null));
    }

    /** The planned changes in text order; they do not overlap. */
    public List<UnifiedDiff.Change> changes() throws Unrepairable {
        List<Op> sorted = new ArrayList<>(ops.values());
        sorted.sort(Comparator.comparingInt(Op::start));
        List<UnifiedDiff.Change> out = new ArrayList<>(sorted.size());
        int at = 0;
        for (Op op : sorted) {
            if (op.start() < at) {
                throw new Unrepairable("the repairs of " + describe(op.path()) + " and another field overlap");
            }
            out.add(new UnifiedDiff.Change(op.start(), op.end(), op.replacement()));
            at = op.end();
        }
        return out;
    }

    /** The new text, or the old one when nothing was planned. */
    public String apply() throws Unrepairable {
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (UnifiedDiff.Change c : changes()) {
            out.append(text, at, c.start()).append(c.replacement());
            at = c.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * Checks the edited file's tree against what each edit meant to write.
     *
     * @return one message per field that does not read back as intended; empty when all do
     */
    public List<String> verify(MapNode edited) {
        List<String> problems = new ArrayList<>();
        for (Op op : ops.values()) {
            Object found = read(edited, op.path());
            if (!Objects.equals(found, op.intended())) {
                problems.add(describe(op.path()) + " would read back as " + (found == null ? "nothing" : "another value"));
            }
        }
        return problems;
    }

    private void put(Op op) {
        ops.remove(op.path());
        ops.put(op.path(), op);
    }

    private void insert(List<String> path, MapNode map, String after, String entry, Object intended)
            throws Unrepairable {
        if (isFlow(map) || map.entries().isEmpty()) {
            throw new Unrepairable("cannot add " + describe(path) + " to a mapping written in flow style or empty");
        }
        MapNode.Entry anchor = after == null ? null : map.entry(after);
        Node previous = (anchor != null ? anchor : map.entries().get(map.entries().size() - 1)).value();
        int at = lineEndAfter(trimmedEnd(previous.start(), previous.end()));
        String prefix = at > 0 && text.charAt(at - 1) != '\n' ? eol : "";
        put(new Op(path, at, at, prefix + " ".repeat(keyIndent(map)) + entry, intended));
    }

    /**
     * ": []" or ":" then one "- item" line per item at {@code indent}, without the final line break; an item found
     * in {@code kept} is written as it was.
     */
    private String list(List<String> items, String indent, boolean flow, Map<String, Deque<String>> kept) {
        if (items.isEmpty()) {
            return ": []";
        }
        if (flow) {
            return ": [" + String.join(", ", items.stream().map(YamlScalars::quoted).toList()) + "]";
        }
        StringBuilder b = new StringBuilder(":");
        for (String item : items) {
            Deque<String> source = kept.get(item);
            String written = source != null && !source.isEmpty() ? source.poll() : YamlScalars.render(item);
            b.append(eol).append(indent).append("- ").append(written);
        }
        return b.toString();
    }

    private MapNode parent(List<String> path) throws Unrepairable {
        MapNode map = root;
        for (String key : path.subList(0, path.size() - 1)) {
            if (!(map.get(key) instanceof MapNode m)) {
                throw new Unrepairable(key + " is not a mapping");
            }
            map = m;
        }
        return map;
    }

    private static Object read(MapNode root, List<String> path) {
        Node node = root;
        for (String key : path) {
            node = node instanceof MapNode m ? m.get(key) : null;
        }
        if (node instanceof ScalarNode s && s.isString()) {
            return s.value();
        }
        if (node instanceof SeqNode seq) {
            List<String> values = new ArrayList<>();
            for (Node item : seq.items()) {
                if (!(item instanceof ScalarNode s && s.isString())) {
                    return seq;
                }
                values.add(s.value());
            }
            return values;
        }
        return node;
    }

    private boolean isFlow(Node collection) {
        return collection.start() < text.length() && (text.charAt(collection.start()) == '{'
                || text.charAt(collection.start()) == '[');
    }

    private int keyIndent(MapNode map) {
        int keyStart = map.entries().get(0).key().start();
        return keyStart - lineStart(keyStart);
    }

    private int lineStart(int offset) {
        return text.lastIndexOf('\n', offset - 1) + 1;
    }

    private int lineEndAfter(int offset) {
        int nl = text.indexOf('\n', offset);
        return nl < 0 ? text.length() : nl + 1;
    }

    /** A block scalar's span takes in its final line breaks; an edit stops before them. */
    private int trimmedEnd(int start, int end) {
        int e = end;
        while (e > start && (text.charAt(e - 1) == '\n' || text.charAt(e - 1) == '\r')) {
            e--;
        }
        return e;
    }

    private static String last(List<String> path) {
        return path.get(path.size() - 1);
    }

    private static String describe(List<String> path) {
        return String.join(".", path);
    }
}
