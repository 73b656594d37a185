package io.github.pfocr.core.fix;

import io.github.pfocr.core.model.Printable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified diff (as {@code diff -u} prints it, three lines of context) of a text and the same text with some
 * changes, built from the changes themselves: no line matching, so it costs the size of the changed lines only.
 * Lines are shown without their line break and with control characters escaped, safe to print to a console.
 */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;
    /** The largest block (old lines times new lines) aligned line by line. */
    private static final long MAX_ALIGNED = 1_000_000;

    /** Replace {@code [start, end)} of the old text by {@code replacement}. */
    public record Change(int start, int end, String replacement) {
    }

    /** Changed old lines {@code [from, to)} and the new lines replacing them. */
    private record Block(int from, int to, List<String> lines) {
    }

    private UnifiedDiff() {
    }

    /** The diff lines for {@code path}; empty without changes. */
    public static List<String> of(String path, String text, List<Change> changes) {
        if (changes.isEmpty()) {
            return List.of();
        }
        int[] starts = lineStarts(text);
        int lineCount = starts.length - 1;
        List<Block> blocks = blocks(text, starts, changes);
        List<String> out = new ArrayList<>();
        out.add("--- a/" + Printable.escape(path));
        out.add("+++ b/" + Printable.escape(path));
        int shift = 0;
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            // Blocks whose context would touch share one hunk.
            while (j + 1 < blocks.size() && blocks.get(j + 1).from() - blocks.get(j).to() <= 2 * CONTEXT) {
                j++;
            }
            int from = Math.max(0, blocks.get(i).from() - CONTEXT);
            int to = Math.min(lineCount, blocks.get(j).to() + CONTEXT);
            List<String> body = new ArrayList<>();
            int oldLines = 0;
            int newLines = 0;
            int hunkShift = shift;
            int line = from;
            for (int k = i; k <= j; k++) {
                Block b = blocks.get(k);
                for (; line < b.from(); line++, oldLines++, newLines++) {
                    body.add(" " + show(text, starts, line));
                }
                for (; line < b.to(); line++, oldLines++) {
                    body.add("-" + show(text, starts, line));
                }
                for (String n : b.lines()) {
                    body.add("+" + Printable.escape(stripBreak(n)));
                    newLines++;
                }
                shift += b.lines().size() - (b.to() - b.from());
            }
            for (; line < to; line++, oldLines++, newLines++) {
                body.add(" " + show(text, starts, line));
            }
            out.add("@@ -" + range(from, oldLines) + " +" + range(from + hunkShift, newLines) + " @@");
            out.addAll(body);
            i = j + 1;
        }
        return out;
    }

    /** Offsets at which lines start, plus the text's length as the end of the last line. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 0;
        int at = 0;
        while (at < text.length()) {
            if (n + 1 >= starts.length) {
                starts = Arrays.copyOf(starts, starts.length * 2);
            }
            starts[n++] = at;
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
        }
        starts[n] = text.length();
        return Arrays.copyOf(starts, n + 1);
    }

    private static List<Block> blocks(String text, int[] starts, List<Change> changes) {
        List<Block> blocks = new ArrayList<>();
        int c = 0;
        while (c < changes.size()) {
            int from = lineOf(starts, changes.get(c).start());
            int to = lastLine(starts, changes.get(c), from);
            int d = c + 1;
            // Changes sharing a changed line belong to one block.
            while (d < changes.size() && lineOf(starts, changes.get(d).start()) < to) {
                to = Math.max(to, lastLine(starts, changes.get(d), from));
                d++;
            }
            StringBuilder replaced = new StringBuilder();
            int at = starts[from];
            for (int k = c; k < d; k++) {
                Change ch = changes.get(k);
                replaced.append(text, at, ch.start()).append(ch.replacement());
                at = ch.end();
            }
            replaced.append(text, at, Math.max(at, starts[to]));
            refine(text, starts, new Block(from, to, splitLines(replaced.toString())), blocks);
            c = d;
        }
        return blocks;
    }

    /**
     * Splits a block into the lines that really differ (a longest common subsequence of its old and new lines), so
     * a rewritten list shows only its changed items. Very large blocks are shown whole.
     */
    private static void refine(String text, int[] starts, Block block, List<Block> out) {
        int n = block.to() - block.from();
        List<String> lines = block.lines();
        int m = lines.size();
        if ((long) (n + 1) * (m + 1) > MAX_ALIGNED) {
            out.add(block);
            return;
        }
        String[] old = new String[n];
        for (int i = 0; i < n; i++) {
            old[i] = text.substring(starts[block.from() + i], starts[block.from() + i + 1]);
        }
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = old[i].equals(lines.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        int pendingFrom = 0;
        List<String> pending = new ArrayList<>();
        boolean open = false;
        while (i < n || j < m) {
            if (i < n && j < m && old[i].equals(lines.get(j))) {
                if (open) {
                    out.add(new Block(block.from() + pendingFrom, block.from() + i, List.copyOf(pending)));
                    pending.clear();
                    open = false;
                }
                i++;
                j++;
                continue;
            }
            if (!open) {
                open = true;
                pendingFrom = i;
            }
            if (j >= m || i < n && common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                pending.add(lines.get(j++));
            }
        }
        if (open) {
            out.add(new Block(block.from() + pendingFrom, block.from() + n, List.copyOf(pending)));
        }
    }

    /** The line after the last one a change touches; its first line for an insertion at a line start. */
    private static int lastLine(int[] starts, Change ch, int from) {
        int first = lineOf(starts, ch.start());
        if (ch.start() == ch.end() && ch.start() == starts[first]) {
            return Math.max(from, first);
        }
        return lineOf(starts, Math.max(ch.start(), ch.end() - 1)) + 1;
    }

    private static int lineOf(int[] starts, int offset) {
        int i = Arrays.binarySearch(starts, 0, starts.length - 1, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    private static List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>();
        int at = 0;
        while (at < s.length()) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl + 1;
            lines.add(s.substring(at, end));
            at = end;
        }
        return lines;
    }

    private static String show(String text, int[] starts, int line) {
        return Printable.escape(stripBreak(text.substring(starts[line], starts[line + 1])));
    }

    private static String stripBreak(String line) {
        String l = line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }

    /** "start,count" with diff's convention for an empty range (the line before it). */
    private static String range(int from, int count) {
        return (count == 0 ? from : from + 1) + "," + count;
    }
}
