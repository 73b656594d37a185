package io.github.pfocr.core.read;

import io.github.pfocr.core.model.Fields;
import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.MapNode;
import io.github.pfocr.core.model.Node;
import io.github.pfocr.core.model.ScalarNode;
import io.github.pfocr.core.model.ScalarType;
import io.github.pfocr.core.model.UnicodeText;
import io.github.pfocr.core.model.SeqNode;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;

import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Builds a {@link Node} tree from SnakeYAML's event stream, iteratively (no recursion, so no input can overflow
 * the stack). Scalars are typed with SnakeYAML's YAML 1.1 resolver, the resolution Jekyll applies, so an unquoted
 * {@code 3716} is an integer and {@code NO} a boolean. Anchors, aliases, tags, complex and duplicate keys and
 * over-deep nesting are reported at their position and never expanded. Not thread-safe: one per thread.
 */
final class YamlTreeBuilder {
    /** The format nests at most three collections: root, then schema-jsonld or genes, then creator or an item. */
    static final int MAX_DEPTH = 3;
    /**
     * Nesting past which reading stops: SnakeYAML's scanner slows quadratically with flow depth, and no figure
     * file nests anywhere near this deep.
     */
    static final int ABANDON_DEPTH = 64;

    /** Thrown inside a parse to give up on a pathologically nested file. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super(null, null, false, false);
        }
    }

    /**
     * The format's keys, each mapped to its constant: a key read is kept as that constant, so the lookups and
     * duplicate tests that find it (the rules look keys up by the constants) compare one reference, not two texts.
     */
    private static final Map<String, String> KEYS = Fields.KEYS.stream()
            .collect(Collectors.toUnmodifiableMap(k -> k, k -> k, (a, b) -> a));

    private final PlainScalars plainScalars = new PlainScalars();
    private final LoaderOptions options = new LoaderOptions();

    YamlTreeBuilder(int codePointLimit) {
        options.setCodePointLimit(Math.max(1, codePointLimit));
    }

    /**
     * Parses the chars {@code from} to {@code to} of {@code text} (read in place, not copied first), whose first line
     * is line {@code firstLine} of the file and whose first char is at offset {@code firstOffset} of the file's text.
     *
     * @return the root node (a null scalar for an empty range), or null after a syntax error (which is reported)
     */
    Node build(String text, int from, int to, int firstLine, int firstOffset, FindingSink sink) {
        Build b = new Build(text, from, to, firstLine, firstOffset, sink);
        try {
            // The common record shapes are read by a parser that yields SnakeYAML's very events, several times
            // faster; it declines anything else, which SnakeYAML then reads.
            Parser parser = FastBlockParser.of(text, from, to, options.getCodePointLimit());
            if (parser == null) {
                parser = new ParserImpl(new StreamReader(new RangeReader(text, from, to)), options);
            }
            int documents = 0;
            while (true) {
                Event ev = parser.getEvent();
                switch (ev.getEventId()) {
                    case StreamStart, StreamEnd -> { }
                    case DocumentStart -> {
                        if (++documents > 1) {
                            sink.report(ReadRules.YAML_SYNTAX, b.line(ev.getStartMark()), b.col(ev.getStartMark()),
                                    "expected one YAML document in the front matter, found a second one", null, null);
                            return null;
                        }
                    }
                    case DocumentEnd -> { }
                    case Scalar -> b.scalar((ScalarEvent) ev);
                    case Alias -> b.alias((AliasEvent) ev);
                    case MappingStart, SequenceStart -> b.start((CollectionStartEvent) ev);
                    case MappingEnd, SequenceEnd -> b.end(ev);
                    default -> { }
                }
                if (ev.is(Event.ID.StreamEnd)) {
                    return b.root != null ? b.root
                            : new ScalarNode("", ScalarType.NULL, true, firstLine, 1, firstOffset, firstOffset);
                }
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String what = e.getProblem() != null ? e.getProblem() : e.getContext();
            // The context often points at the real mistake (e.g. where an unterminated quote was opened).
            Mark at = e.getContextMark();
            String context = e.getContext() != null && e.getProblem() != null ? " (" + oneLine(e.getContext())
                    + (at != null ? " at line " + b.line(at) + ", column " + b.col(at) : "") + ")" : "";
            sink.report(ReadRules.YAML_SYNTAX, mark == null ? firstLine : b.line(mark), mark == null ? 1 : b.col(mark),
                    "invalid YAML: " + oneLine(what) + context, null, null);
            return null;
        } catch (YAMLException | IllegalArgumentException e) {
            // SnakeYAML also signals some malformed input (e.g. a tag escaping to a space) with plain exceptions.
            sink.report(ReadRules.YAML_SYNTAX, firstLine, 1, "invalid YAML: " + oneLine(e.getMessage()), null, null);
            return null;
        } catch (Abandoned e) {
            sink.report(ReadRules.YAML_NESTING, b.skipLine, b.skipColumn, "expected at most " + MAX_DEPTH
                    + " nested levels, found more than " + ABANDON_DEPTH + "; the rest of the file was not read",
                    null, null);
            return null;
        }
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** The state of one parse. */
    private final class Build {
        private final int lineOffset;
        private final int charOffset;
        /** Char offset of each code point when the text has surrogate pairs (SnakeYAML counts code points). */
        private final int[] chars;
        private int skipStart;
        private final FindingSink sink;
        private final Deque<Frame> stack = new ArrayDeque<>();
        /** While above zero, events belong to a collection that is being skipped. */
        private int skipDepth;
        private int skipLine;
        private int skipColumn;
        private boolean nestingReported;
        private Node root;

        Build(String text, int from, int to, int firstLine, int firstOffset, FindingSink sink) {
            this.lineOffset = firstLine;
            this.charOffset = firstOffset;
            this.sink = sink;
            this.chars = text.codePointCount(from, to) == to - from ? null
                    : text.substring(from, to).codePoints().map(Character::charCount).toArray();
            if (chars != null) {
                int sum = 0;
                for (int i = 0; i < chars.length; i++) {
                    int n = chars[i];
                    chars[i] = sum;
                    sum += n;
                }
            }
        }

        /** The file offset of a mark. */
        int offset(Mark m) {
            int i = m.getIndex();
            return charOffset + (chars == null ? i : i < chars.length ? chars[i] : chars[chars.length - 1] + 1);
        }

        int line(Mark m) {
            return m.getLine() + lineOffset;
        }

        int col(Mark m) {
            return m.getColumn() + 1;
        }

        void scalar(ScalarEvent ev) {
            if (skipDepth > 0) {
                return;
            }
            checkAnchorAndTag(ev, ev.getTag(), !isExplicitTag(ev));
            if (UnicodeText.firstInvalid(ev.getValue()) >= 0) {
                sink.report(ReadRules.TEXT_INVALID_UNICODE, line(ev.getStartMark()), col(ev.getStartMark()),
                        "expected Unicode text, found an unpaired surrogate or a noncharacter (from a \\u escape?); "
                                + "outputs write U+FFFD instead", null, null);
            }
            String value = ev.getValue();
            if (stack.peek() instanceof MapFrame m && m.expectingKey()) {
                value = KEYS.getOrDefault(value, value);
            }
            deliver(new ScalarNode(value, type(ev), ev.isPlain(), line(ev.getStartMark()),
                    col(ev.getStartMark()), offset(ev.getStartMark()), offset(ev.getEndMark())));
        }

        void alias(AliasEvent ev) {
            if (skipDepth > 0) {
                return;
            }
            int l = line(ev.getStartMark());
            int c = col(ev.getStartMark());
            sink.report(ReadRules.YAML_ANCHOR, l, c, "alias *" + ev.getAnchor()
                    + " is not allowed: write the value itself", null, "*" + ev.getAnchor());
            deliver(new ScalarNode("*" + ev.getAnchor(), ScalarType.OMITTED, true, l, c, offset(ev.getStartMark()),
                    offset(ev.getEndMark())));
        }

        void start(CollectionStartEvent ev) {
            int l = line(ev.getStartMark());
            int c = col(ev.getStartMark());
            if (skipDepth > 0) {
                if (++skipDepth + MAX_DEPTH > ABANDON_DEPTH) {
                    throw new Abandoned();
                }
                return;
            }
            checkAnchorAndTag(ev, ev.getTag(), ev.getImplicit());
            Frame parent = stack.peek();
            if (parent instanceof MapFrame m && m.expectingKey()) {
                sink.report(ReadRules.YAML_COMPLEX_KEY, l, c, "a mapping key must be a string, found "
                        + (ev instanceof MappingStartEvent ? "a mapping" : "a list"), null, null);
                startSkip(l, c, offset(ev.getStartMark()));
                return;
            }
            if (stack.size() >= MAX_DEPTH) {
                if (!nestingReported) {
                    nestingReported = true;
                    sink.report(ReadRules.YAML_NESTING, l, c, "expected at most " + MAX_DEPTH
                            + " nested levels of lists and mappings, found a deeper one", null, null);
                }
                startSkip(l, c, offset(ev.getStartMark()));
                return;
            }
            int start = offset(ev.getStartMark());
            stack.push(ev instanceof MappingStartEvent ? new MapFrame(l, c, start, ev.isFlow())
                    : new SeqFrame(l, c, start, ev.isFlow()));
        }

        private void startSkip(int l, int c, int start) {
            skipDepth = 1;
            skipLine = l;
            skipColumn = c;
            skipStart = start;
        }

        void end(Event ev) {
            if (skipDepth > 0) {
                if (--skipDepth == 0) {
                    deliver(new ScalarNode("", ScalarType.OMITTED, false, skipLine, skipColumn, skipStart,
                            offset(ev.getEndMark())));
                }
                return;
            }
            deliver(stack.pop().node(offset(ev.getEndMark())));
        }

        private void deliver(Node node) {
            Frame top = stack.peek();
            if (top == null) {
                root = node;
            } else {
                top.add(node, sink);
            }
        }

        private void checkAnchorAndTag(NodeEvent ev, String tag, boolean implicit) {
            if (ev.getAnchor() != null) {
                sink.report(ReadRules.YAML_ANCHOR, line(ev.getStartMark()), col(ev.getStartMark()),
                        "anchor &" + ev.getAnchor() + " is not allowed: the format uses no anchors", null,
                        "&" + ev.getAnchor());
            }
            if (tag != null && !implicit && !"!".equals(tag)) {
                sink.report(ReadRules.YAML_TAG, line(ev.getStartMark()), col(ev.getStartMark()),
                        "explicit tag " + tag + " is not allowed: write a plain or quoted value", null, tag);
            }
        }
    }

    private static boolean isExplicitTag(ScalarEvent ev) {
        return ev.getTag() != null && !"!".equals(ev.getTag())
                && !ev.getImplicit().canOmitTagInPlainScalar() && !ev.getImplicit().canOmitTagInNonPlainScalar();
    }

    private ScalarType type(ScalarEvent ev) {
        if (isExplicitTag(ev)) {
            try {
                return PlainScalars.of(new Tag(ev.getTag()));
            } catch (IllegalArgumentException e) {
                return ScalarType.STRING;
            }
        }
        return ev.isPlain() ? plainScalars.type(ev.getValue()) : ScalarType.STRING;
    }

    /** A range of a string as a reader, so the front matter is not copied out of the file's text first. */
    private static final class RangeReader extends Reader {
        private final String text;
        private final int end;
        private int pos;

        RangeReader(String text, int from, int to) {
            this.text = text;
            this.pos = from;
            this.end = to;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (pos >= end) {
                return -1;
            }
            int n = Math.min(length, end - pos);
            text.getChars(pos, pos + n, buffer, offset);
            pos += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    /** A collection under construction. */
    private abstract static class Frame {
        final int line;
        final int column;
        final int start;
        final boolean flow;
        /** The end of the last value added: a block collection ends there, before any comment that follows. */
        int lastEnd;

        Frame(int line, int column, int start, boolean flow) {
            this.line = line;
            this.column = column;
            this.start = start;
            this.flow = flow;
            this.lastEnd = start;
        }

        abstract void add(Node node, FindingSink sink);

        /** @param endEventEnd where the collection's end event ends */
        abstract Node node(int endEventEnd);

        int end(int endEventEnd) {
            return flow ? endEventEnd : lastEnd;
        }
    }

    private static final class SeqFrame extends Frame {
        private final List<Node> items = new ArrayList<>();

        SeqFrame(int line, int column, int start, boolean flow) {
            super(line, column, start, flow);
        }

        @Override
        void add(Node node, FindingSink sink) {
            items.add(node);
            lastEnd = node.end();
        }

        @Override
        Node node(int endEventEnd) {
            return new SeqNode(List.copyOf(items), line, column, start, end(endEventEnd));
        }
    }

    private static final class MapFrame extends Frame {
        /** Up to this many keys, a duplicate is found by comparing with each (no hashing of every key). */
        private static final int LINEAR_KEYS = 32;
        private final List<MapNode.Entry> entries = new ArrayList<>();
        /** The keys so far; a lookup table only for a long mapping, where scanning them would cost more. */
        private final List<ScalarNode> keys = new ArrayList<>();
        /** The hash of each of {@link #keys}: a scan compares ints, and texts only where they match. */
        private int[] keyHashes = new int[8];
        private Map<String, ScalarNode> keyIndex;
        private ScalarNode key;
        /** True between a key and its value. */
        private boolean haveKey;
        /** The pending key was rejected (complex or duplicate): its value is read and dropped. */
        private boolean dropValue;

        MapFrame(int line, int column, int start, boolean flow) {
            super(line, column, start, flow);
        }

        boolean expectingKey() {
            return !haveKey;
        }

        @Override
        void add(Node node, FindingSink sink) {
            lastEnd = node.end();
            if (!haveKey) {
                haveKey = true;
                if (node instanceof ScalarNode k && k.type() != ScalarType.OMITTED) {
                    ScalarNode first = putKey(k);
                    key = k;
                    dropValue = first != null;
                    if (first != null) {
                        sink.report(ReadRules.YAML_DUPLICATE_KEY, k.line(), k.column(), "duplicate key '" + k.value()
                                + "': first defined at line " + first.line() + "; Jekyll would silently use this later value",
                                null, k.value());
                    }
                } else {
                    dropValue = true;
                }
                return;
            }
            haveKey = false;
            if (!dropValue) {
                entries.add(new MapNode.Entry(key, node));
            }
        }

        /** Adds a key unless it is there already; returns the first key of that text, or null. */
        private ScalarNode putKey(ScalarNode k) {
            if (keyIndex != null) {
                return keyIndex.putIfAbsent(k.value(), k);
            }
            int hash = k.value().hashCode();
            for (int i = 0; i < keys.size(); i++) {
                if (keyHashes[i] == hash && keys.get(i).value().equals(k.value())) {
                    return keys.get(i);
                }
            }
            if (keys.size() == keyHashes.length) {
                keyHashes = Arrays.copyOf(keyHashes, 2 * keyHashes.length);
            }
            keyHashes[keys.size()] = hash;
            keys.add(k);
            if (keys.size() > LINEAR_KEYS) {
                keyIndex = new HashMap<>();
                keys.forEach(seen -> keyIndex.put(seen.value(), seen));
            }
            return null;
        }

        @Override
        Node node(int endEventEnd) {
            return new MapNode(List.copyOf(entries), line, column, start, end(endEventEnd));
        }
    }
}
