package io.github.pfocr.core.output;

import java.util.Locale;
import java.util.Map;

/**
 * A small horizontal bar chart as inline SVG (no script, no external resource), for the site report. Labels are
 * rule ids and years, but are escaped all the same.
 */
public final class SvgBarChart {
    private static final int BAR = 14;
    private static final int GAP = 4;
    private static final int LABEL = 190;
    private static final int WIDTH = 300;

    private SvgBarChart() {
    }

    /** One bar per entry, in the map's order, scaled to the largest value, each labelled with its value. */
    public static String svg(String title, Map<String, ? extends Number> values) {
        long max = values.values().stream().mapToLong(Number::longValue).max().orElse(0);
        int height = values.size() * (BAR + GAP) + GAP;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" "
                + "height=\"%d\" viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">",
                LABEL + WIDTH + 60, height, LABEL + WIDTH + 60, height));
        sb.append("<title>").append(escape(title)).append("</title>");
        int y = GAP;
        for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
            long v = e.getValue().longValue();
            long w = max == 0 ? 0 : Math.max(1, v * WIDTH / max);
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", LABEL - 6,
                    y + BAR - 3, escape(e.getKey())));
            sb.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#4a7ab5\"/>",
                    LABEL, y, w, BAR));
            sb.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%d</text>", LABEL + w + 4, y + BAR - 3, v));
            y += BAR + GAP;
        }
        return sb.append("</svg>").toString();
    }

    /** XML text: markup characters as entities, control characters dropped. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20) {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
