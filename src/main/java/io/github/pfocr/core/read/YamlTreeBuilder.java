package io.github.pfocr.core.read;

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
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final Resolver resolver = new Resolver();
    private final LoaderOptions options = new LoaderOptions();

    YamlTreeBuilder(int codePointLimit) {
        options.setCodePointLimit(Math.max(1, codePointLimit));
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of the file.
     *
     * @return the root node (a null scalar for an empty text), or null after a syntax error (which is reported)
     */
    Node build(String text, int firstLine, FindingSink sink) {
        Build b = new Build(firstLine, sink);
        try {
            Parser parser = new ParserImpl(new StreamReader(new StringReader(text)), options);
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
                    case MappingEnd, SequenceEnd -> b.end();
                    default -> { }
                }
                if (ev.is(Event.ID.StreamEnd)) {
                    return b.root != null ? b.root : new ScalarNode("", ScalarType.NULL, true, firstLine, 1);
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
        private final FindingSink sink;
        private final Deque<Frame> stack = new ArrayDeque<>();
        /** While above zero, events belong to a collection that is being skipped. */
        private int skipDepth;
        private int skipLine;
        private int skipColumn;
        private boolean nestingReported;
        private Node root;

        Build(int firstLine, FindingSink sink) {
            this.lineOffset = firstLine;
            this.sink = sink;
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
            deliver(new ScalarNode(ev.getValue(), type(ev), ev.isPlain(), line(ev.getStartMark()),
                    col(ev.getStartMark())));
        }

        void alias(AliasEvent ev) {
            if (skipDepth > 0) {
                return;
            }
            int l = line(ev.getStartMark());
            int c = col(ev.getStartMark());
            sink.report(ReadRules.YAML_ANCHOR, l, c, "alias *" + ev.getAnchor()
                    + " is not allowed: write the value itself", null, "*" + ev.getAnchor());
            deliver(new ScalarNode("*" + ev.getAnchor(), ScalarType.OMITTED, true, l, c));
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
                startSkip(l, c);
                return;
            }
            if (stack.size() >= MAX_DEPTH) {
                if (!nestingReported) {
                    nestingReported = true;
                    sink.report(ReadRules.YAML_NESTING, l, c, "expected at most " + MAX_DEPTH
                            + " nested levels of lists and mappings, found a deeper one", null, null);
                }
                startSkip(l, c);
                return;
            }
            stack.push(ev instanceof MappingStartEvent ? new MapFrame(l, c) : new SeqFrame(l, c));
        }

        private void startSkip(int l, int c) {
            skipDepth = 1;
            skipLine = l;
            skipColumn = c;
        }

        void end() {
            if (skipDepth > 0) {
                if (--skipDepth == 0) {
                    deliver(new ScalarNode("", ScalarType.OMITTED, false, skipLine, skipColumn));
                }
                return;
            }
            deliver(stack.pop().node());
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
        Tag tag;
        if (isExplicitTag(ev)) {
            try {
                tag = new Tag(ev.getTag());
            } catch (IllegalArgumentException e) {
                return ScalarType.STRING;
            }
        } else if (ev.isPlain()) {
            tag = resolver.resolve(NodeId.scalar, ev.getValue(), true);
        } else {
            return ScalarType.STRING;
        }
        if (Tag.INT.equals(tag)) {
            return ScalarType.INTEGER;
        } else if (Tag.FLOAT.equals(tag)) {
            return ScalarType.FLOAT;
        } else if (Tag.BOOL.equals(tag)) {
            return ScalarType.BOOLEAN;
        } else if (Tag.NULL.equals(tag)) {
            return ScalarType.NULL;
        } else if (Tag.TIMESTAMP.equals(tag)) {
            return ScalarType.TIMESTAMP;
        }
        return ScalarType.STRING;
    }

    /** A collection under construction. */
    private abstract static class Frame {
        final int line;
        final int column;

        Frame(int line, int column) {
            this.line = line;
            this.column = column;
        }

        abstract void add(Node node, FindingSink sink);

        abstract Node node();
    }

    private static final class SeqFrame extends Frame {
        private final List<Node> items = new ArrayList<>();

        SeqFrame(int line, int column) {
            super(line, column);
        }

        @Override
        void add(Node node, FindingSink sink) {
            items.add(node);
        }

        @Override
        Node node() {
            return new SeqNode(List.copyOf(items), line, column);
        }
    }

    private static final class MapFrame extends Frame {
        private final List<MapNode.Entry> entries = new ArrayList<>();
        private final Map<String, ScalarNode> seen = new HashMap<>();
        private ScalarNode key;
        /** True between a key and its value. */
        private boolean haveKey;
        /** The pending key was rejected (complex or duplicate): its value is read and dropped. */
        private boolean dropValue;

        MapFrame(int line, int column) {
            super(line, column);
        }

        boolean expectingKey() {
            return !haveKey;
        }

        @Override
        void add(Node node, FindingSink sink) {
            if (!haveKey) {
                haveKey = true;
                if (node instanceof ScalarNode k && k.type() != ScalarType.OMITTED) {
                    ScalarNode first = seen.putIfAbsent(k.value(), k);
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

        @Override
        Node node() {
            return new MapNode(List.copyOf(entries), line, column);
        }
    }
}
