package io.github.pfocr.core.read;

import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * A parser for the small block-YAML subset that R's yaml package writes (block mappings and sequences, plain and
 * single-quoted scalars folded over lines, empty {@code []} and {@code {}}), yielding exactly the events, marks
 * included, that SnakeYAML's {@code ParserImpl} yields for the same text. {@link #of} parses the whole range up
 * front and returns null (declines) on anything outside the subset or anything doubtful; the caller then falls back
 * to SnakeYAML. Declining is always safe, so every rule here errs that way. Iterative, nesting capped at
 * {@link #MAX_DEPTH}. Only BMP text is accepted, so SnakeYAML's code-point marks equal char offsets.
 */
final class FastBlockParser implements Parser {
    /** Deeper nesting is declined (the format nests three levels). */
    private static final int MAX_DEPTH = 8;
    /** SnakeYAML drops a simple key longer than 1024 code points; decline well before. */
    private static final int MAX_KEY = 1000;
    private static final int[] NO_BUFFER = new int[0];
    private static final ImplicitTuple PLAIN_IMPLICIT = new ImplicitTuple(true, false);
    private static final ImplicitTuple QUOTED_IMPLICIT = new ImplicitTuple(false, true);
    /** Chars that may not start a plain scalar here ('-' is handled apart); '"' too: double quotes are declined. */
    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";

    /** Thrown (without a stack trace) to decline; caught in {@link #of}. */
    private static final class Decline extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Decline INSTANCE = new Decline();

        private Decline() {
            super(null, null, false, false);
        }
    }

    private final List<Event> events = new ArrayList<>();
    private int next;

    // Parse state.
    private final String s;
    private final int from;
    private final int to;
    private int pos;
    private int line;
    private int lineStart;
    /** Open block collections, innermost last: column, and whether a mapping / an indentless sequence. */
    private final int[] cols = new int[MAX_DEPTH];
    private final boolean[] isMap = new boolean[MAX_DEPTH];
    private final boolean[] indentless = new boolean[MAX_DEPTH];
    private int depth;

    private FastBlockParser(String s, int from, int to) {
        this.s = s;
        this.from = from;
        this.to = to;
        this.pos = from;
        this.lineStart = from;
    }

    /** @return a parser over chars {@code from..to} of {@code text}, or null when it declines the text */
    static FastBlockParser of(String text, int from, int to, int codePointLimit) {
        if (to - from >= codePointLimit || !plainText(text, from, to)) {
            return null;
        }
        FastBlockParser p = new FastBlockParser(text, from, to);
        try {
            p.parse();
            return p;
        } catch (Decline | StringIndexOutOfBoundsException e) {
            return null; // every read is bounds-checked; should one slip, SnakeYAML still reads the text
        }
    }

    /**
     * Only printable chars SnakeYAML reads as one column each, no tab, no CR, no YAML 1.1 line break but '\n', and
     * no line starting with '---' or '...' (document markers, also inside scalars).
     */
    private static boolean plainText(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c <= 0x7E || c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029
                    || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) {
                continue;
            }
            if (c != '\n') {
                return false;
            }
            if (i + 4 <= to && marker(s, i + 1)) {
                return false;
            }
        }
        return from + 3 > to || !marker(s, from);
    }

    private static boolean marker(String s, int i) {
        char c = s.charAt(i);
        return (c == '-' || c == '.') && s.charAt(i + 1) == c && s.charAt(i + 2) == c;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return next < events.size() && events.get(next).is(choice);
    }

    @Override
    public Event peekEvent() {
        return next < events.size() ? events.get(next) : null;
    }

    @Override
    public Event getEvent() {
        return next < events.size() ? events.get(next++) : null;
    }

    private Mark mark(int at) {
        return new Mark("'reader'", at - from, line, at - lineStart, NO_BUFFER, 0);
    }

    private static Decline decline() {
        return Decline.INSTANCE;
    }

    private char at(int i) {
        return i < to ? s.charAt(i) : '\n';
    }

    private boolean blankOrEnd(int i) {
        return i >= to || s.charAt(i) == ' ' || s.charAt(i) == '\n';
    }

    /**
     * Moves past spaces and line breaks to the next content char (or the end), as SnakeYAML's scanToNextToken does.
     *
     * @return the number of line breaks crossed
     */
    private int nextContent() {
        int breaks = 0;
        while (pos < to) {
            char c = s.charAt(pos);
            if (c == '\n') {
                breaks++;
                lineStart = pos + 1;
                line++;
            } else if (c != ' ') {
                break;
            }
            pos++;
        }
        return breaks;
    }

    private int col() {
        return pos - lineStart;
    }

    /** Requires only spaces up to the line's end, then moves to the next content. */
    private void endLine(int i) {
        while (i < to && s.charAt(i) == ' ') {
            i++;
        }
        if (i < to && s.charAt(i) != '\n') {
            throw decline();
        }
        pos = i;
        nextContent();
    }

    private boolean isItem(int i) {
        return at(i) == '-' && blankOrEnd(i + 1);
    }

    private void push(boolean map, boolean isIndentless, int col) {
        if (depth == MAX_DEPTH) {
            throw decline();
        }
        cols[depth] = col;
        isMap[depth] = map;
        indentless[depth++] = isIndentless;
    }

    private void parse() {
        Mark start = mark(from);
        events.add(new StreamStartEvent(start, start));
        nextContent();
        if (pos >= to || col() != 0) {
            throw decline(); // empty, or a root not at column 0: not the format
        }
        Mark first = mark(pos);
        events.add(new DocumentStartEvent(first, first, false, null, null));
        if (isItem(pos)) {
            push(false, false, 0);
            events.add(new SequenceStartEvent(null, null, true, first, first, FlowStyle.BLOCK));
        } else {
            push(true, false, 0);
            events.add(new MappingStartEvent(null, null, true, first, first, FlowStyle.BLOCK));
        }
        while (true) {
            // pos is at the first char of a line, in the innermost collection, at its column.
            Mark pending = isMap[depth - 1] ? entry(pos) : item();
            if (pending != null && pos < to) {
                // "key:" with nothing after it: a nested collection, an indentless list, or null.
                int c = col();
                int m = cols[depth - 1];
                if (c > m && isItem(pos)) {
                    push(false, false, c);
                    Mark here = mark(pos);
                    events.add(new SequenceStartEvent(null, null, true, here, here, FlowStyle.BLOCK));
                    continue;
                } else if (c > m) {
                    if (keyEnd(pos) < 0) {
                        throw decline(); // e.g. a scalar on the next line
                    }
                    push(true, false, c);
                    Mark here = mark(pos);
                    events.add(new MappingStartEvent(null, null, true, here, here, FlowStyle.BLOCK));
                    continue;
                } else if (c == m && isItem(pos)) {
                    push(false, true, c);
                    events.add(new SequenceStartEvent(null, null, true, mark(pos), mark(pos + 1), FlowStyle.BLOCK));
                    continue;
                }
            }
            if (pending != null) {
                events.add(new ScalarEvent(null, null, PLAIN_IMPLICIT, "", pending, pending, ScalarStyle.PLAIN));
            }
            // Close what the next line (or the end) closes; all closing events sit at the next token.
            Mark here = null;
            int c = col();
            while (depth > 0 && (pos >= to || cols[depth - 1] > c
                    || indentless[depth - 1] && cols[depth - 1] == c && !isItem(pos))) {
                here = here != null ? here : mark(pos);
                depth--;
                events.add(isMap[depth] ? new MappingEndEvent(here, here) : new SequenceEndEvent(here, here));
            }
            if (pos >= to) {
                here = here != null ? here : mark(pos);
                events.add(new DocumentEndEvent(here, here, false));
                events.add(new StreamEndEvent(here, here));
                return;
            }
            if (depth == 0 || cols[depth - 1] != c || isMap[depth - 1] == isItem(pos)) {
                throw decline(); // a misplaced line
            }
        }
    }

    /** A "- " item at pos; returns the pending mark when it opens a mapping whose first value is empty. */
    private Mark item() {
        int q = pos + 1;
        while (at(q) == ' ' && q < to) {
            q++;
        }
        if (blankOrEnd(q) || isItem(q)) {
            throw decline(); // "-" alone, or "- - x"
        }
        if (keyEnd(q) >= 0) {
            push(true, false, q - lineStart);
            Mark here = mark(q);
            events.add(new MappingStartEvent(null, null, true, here, here, FlowStyle.BLOCK));
            return entry(q);
        }
        value(q);
        return null;
    }

    /**
     * Where the key of a "key: value" line starting at q ends (its ':'), or -1 when the line is no such line. A key
     * is a single-quoted scalar or a plain scalar not starting with an indicator, on one line, followed by ':' and a
     * space or the line's end.
     */
    private int keyEnd(int q) {
        char c = at(q);
        if (c == '\'') {
            int i = q + 1;
            while (true) {
                if (i >= to || s.charAt(i) == '\n') {
                    return -1;
                } else if (s.charAt(i) == '\'') {
                    if (at(i + 1) != '\'') {
                        return at(i + 1) == ':' && blankOrEnd(i + 2) ? i + 1 : -1;
                    }
                    i++;
                }
                i++;
            }
        }
        if (INDICATORS.indexOf(c) >= 0) {
            return -1;
        }
        for (int i = q; i < to; i++) {
            char d = s.charAt(i);
            if (d == '\n' || d == '#' && s.charAt(i - 1) == ' ') {
                return -1;
            } else if (d == ':' && blankOrEnd(i + 1)) {
                return i;
            }
        }
        return -1;
    }

    /** A "key: value" entry at q; returns the mark after ':' when the value is left empty on the line. */
    private Mark entry(int q) {
        int k = keyEnd(q);
        if (k < 0 || k - q > MAX_KEY || s.charAt(k - 1) == ' ') {
            throw decline();
        }
        if (s.charAt(q) == '\'') {
            events.add(new ScalarEvent(null, null, QUOTED_IMPLICIT, unquote(q + 1, k - 1), mark(q), mark(k),
                    ScalarStyle.SINGLE_QUOTED));
        } else {
            events.add(new ScalarEvent(null, null, PLAIN_IMPLICIT, s.substring(q, k), mark(q), mark(k),
                    ScalarStyle.PLAIN));
        }
        int r = k + 1;
        while (r < to && s.charAt(r) == ' ') {
            r++;
        }
        if (r >= to || s.charAt(r) == '\n') {
            Mark pending = mark(k + 1);
            pos = r;
            nextContent();
            return pending;
        }
        value(r);
        return null;
    }

    /** A line break folds to a space; n empty lines after it to n line breaks. */
    private static void fold(StringBuilder b, int breaks) {
        if (breaks == 1) {
            b.append(' ');
        }
        for (int i = 1; i < breaks; i++) {
            b.append('\n');
        }
    }

    /** The one-line text between quotes from..to (exclusive), with '' read as '. */
    private String unquote(int start, int end) {
        String raw = s.substring(start, end);
        return raw.indexOf('\'') < 0 ? raw : raw.replace("''", "'");
    }

    /** A value starting at q on this line: a scalar, [] or {}. Leaves pos at the next content. */
    private void value(int q) {
        char c = s.charAt(q);
        if (c == '\'') {
            quoted(q);
        } else if ((c == '[' || c == '{') && at(q + 1) == (c == '[' ? ']' : '}')) {
            Mark open = mark(q);
            Mark mid = mark(q + 1);
            Mark close = mark(q + 2);
            if (c == '[') {
                events.add(new SequenceStartEvent(null, null, true, open, mid, FlowStyle.FLOW));
                events.add(new SequenceEndEvent(mid, close));
            } else {
                events.add(new MappingStartEvent(null, null, true, open, mid, FlowStyle.FLOW));
                events.add(new MappingEndEvent(mid, close));
            }
            endLine(q + 2);
        } else if (c == '-' ? blankOrEnd(q + 1) : INDICATORS.indexOf(c) >= 0) {
            throw decline();
        } else {
            plain(q);
        }
    }

    /**
     * The end of a plain scalar's text on the line from q (after its last non-space char); declines at ": ", a
     * ':' ending the line, or " #" (a comment), where the scalar would stop early. Leaves pos at the line's end.
     */
    private int plainLine(int q) {
        int end = q;
        int i = q;
        for (; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                break;
            } else if (c == ':' && blankOrEnd(i + 1) || c == '#' && (i == q || s.charAt(i - 1) == ' ')) {
                throw decline();
            } else if (c != ' ') {
                end = i + 1;
            }
        }
        pos = i;
        return end;
    }

    /**
     * A plain scalar from q, folded over the lines that follow while they are indented past the enclosing
     * collection (SnakeYAML's rule): a single line break reads as a space, n empty lines as n line breaks, and
     * spaces around line breaks are dropped.
     */
    private void plain(int q) {
        Mark start = mark(q);
        int end = plainLine(q);
        String first = s.substring(q, end);
        StringBuilder folded = null;
        int endLine = line;
        int endLineStart = lineStart;
        while (true) {
            int breaks = nextContent();
            if (pos >= to || col() <= cols[depth - 1]) {
                break;
            }
            int chunk = pos;
            int chunkEnd = plainLine(chunk);
            if (folded == null) {
                folded = new StringBuilder(first);
            }
            fold(folded, breaks);
            folded.append(s, chunk, chunkEnd);
            end = chunkEnd;
            endLine = line;
            endLineStart = lineStart;
        }
        Mark stop = new Mark("'reader'", end - from, endLine, end - endLineStart, NO_BUFFER, 0);
        events.add(new ScalarEvent(null, null, PLAIN_IMPLICIT, folded == null ? first : folded.toString(), start,
                stop, ScalarStyle.PLAIN));
    }

    /**
     * A single-quoted scalar from q, folded like a plain one; its continuation lines must be indented past the
     * enclosing collection (SnakeYAML does not check; the format always does it). Ends its line.
     */
    private void quoted(int q) {
        Mark start = mark(q);
        StringBuilder value = null; // only when the text is not one run of the line
        int run = q + 1; // the start of the text not yet copied to value
        int i = run;
        while (true) {
            if (i >= to) {
                throw decline(); // unterminated
            }
            char c = s.charAt(i);
            if (c == '\'') {
                if (at(i + 1) != '\'') {
                    break;
                }
                value = (value == null ? new StringBuilder() : value).append(s, run, i + 1); // '' is '
                i += 2;
                run = i;
            } else if (c == ' ' || c == '\n') {
                int j = i;
                while (j < to && s.charAt(j) == ' ') {
                    j++;
                }
                if (j < to && s.charAt(j) != '\n') {
                    i = j; // spaces inside a line are kept
                    continue;
                }
                value = (value == null ? new StringBuilder() : value).append(s, run, i);
                pos = j;
                int breaks = nextContent();
                if (pos >= to || col() <= cols[depth - 1]) {
                    throw decline();
                }
                fold(value, breaks);
                i = pos;
                run = i;
            } else {
                i++;
            }
        }
        String text = value == null ? s.substring(run, i) : value.append(s, run, i).toString();
        events.add(new ScalarEvent(null, null, QUOTED_IMPLICIT, text, start, mark(i + 1),
                ScalarStyle.SINGLE_QUOTED));
        endLine(i + 1);
    }
}
