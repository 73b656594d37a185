package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.github.pfocr.core.model.Fields.*;

/**
 * Section 3.1's per-field formats that stand alone (no other field involved), as a table: rule, field, which
 * generations, the test and what was expected.
 */
public final class FieldFormatCheck implements RecordCheck {
    public static final Rule PMCID_FORMAT = Rule.error("pmcid-format", "pmcid matches PMC<digits>.");
    public static final Rule SEO_VALUE = Rule.error("seo-value", "seo is CreativeWork.");
    public static final Rule PMC_RANKED_RESULT_INDEX_FORMAT = Rule.error("pmc-ranked-result-index-format",
            "G1: pmc_ranked_result_index is a quoted whole number.");
    public static final Rule DOI_FORMAT = Rule.warning("doi-format", "G2: doi is a DOI (10.<digits>/...) or "
            + ".na.character.");
    public static final Rule KEYWORDS_FORMAT = Rule.warning("keywords-format",
            "G2: keywords is '', .na.character or terms joined by ' | '.");
    public static final Rule FIGTITLE_LENGTH = Rule.warning("figtitle-length",
            "figtitle is 10 to 250 characters long, as the pipeline intends.");
    public static final Rule REFTEXT_FORMAT = Rule.warning("reftext-format", "reftext has a year before ';', no NA and "
            + "no leading or trailing blanks ('<authors>, et al. <journal>. <date>;<volume>...').");
    public static final Rule CAPTION_TRIVIAL = Rule.warning("caption-trivial",
            "caption is more than an empty text or the bare word 'Figure'.");

    /** Anchored formats are not tried on longer values: no identifier or short field is anywhere near as long. */
    static final int MAX_MATCHED_LENGTH = 10_000;

    private record Format(Rule rule, String field, boolean g1, boolean g2, Predicate<String> test, String expected) {
    }

    /**
     * The date part of a reftext: {@code ". <year>"} with a {@code ;} somewhere after it. Searched as the fixed-length
     * year, then one {@code indexOf}: the regex {@code \\. (19|20)\\d\\d[^;]*;} with {@code find()} rescans the tail
     * from every year and took minutes on a megabyte of them.
     */
    private static final Pattern REFTEXT_YEAR = Pattern.compile("\\. (?:19|20)\\d\\d");
    private static final Pattern NA_TOKEN = Pattern.compile("\\bNA\\b");

    private static final List<Format> FORMATS = List.of(
            new Format(PMCID_FORMAT, PMCID, true, true, matches("PMC\\d+"), "PMC<digits>"),
            new Format(SEO_VALUE, SEO, true, true, "CreativeWork"::equals, "'CreativeWork'"),
            new Format(PMC_RANKED_RESULT_INDEX_FORMAT, PMC_RANKED_RESULT_INDEX, true, false, matches("\\d+"),
                    "digits"),
            new Format(DOI_FORMAT, DOI, false, true, matches("10\\.\\d{4,9}/\\S+|\\.na\\.character"),
                    "10.<4-9 digits>/<suffix> or .na.character"),
            new Format(KEYWORDS_FORMAT, KEYWORDS, false, true,
                    FieldFormatCheck::isKeywordList,
                    "'', .na.character or 'term | term'"),
            new Format(FIGTITLE_LENGTH, FIGTITLE, true, true, s -> s.length() >= 10 && s.length() <= 250,
                    "10 to 250 characters"),
            new Format(REFTEXT_FORMAT, REFTEXT, true, true,
                    s -> s.equals(s.strip()) && hasDate(s) && !NA_TOKEN.matcher(s).find(),
                    "'<authors>, et al. <journal>. <year> <month>;<volume>(<issue>):<pages>.' without NA or "
                            + "surrounding blanks"),
            new Format(CAPTION_TRIVIAL, CAPTION, true, true,
                    s -> !s.isBlank() && !s.strip().matches("(?i)fig(ure|\\.)?"), "a descriptive caption"));

    @Override
    public List<Rule> rules() {
        return FORMATS.stream().map(Format::rule).toList();
    }

    @Override
    public void check(FigureRecord record, FindingSink sink) {
        Generation g = record.generation();
        for (Format f : FORMATS) {
            boolean applies = g == Generation.UNKNOWN ? f.g1() && f.g2() : g.isG1() ? f.g1() : f.g2();
            ScalarNode value = record.string(f.field());
            if (applies && value != null && !f.test().test(value.value())) {
                sink.report(f.rule(), value, f.field() + ": expected " + f.expected() + ", found '"
                        + abbreviate(value.value()) + "'" + (f.rule() == FIGTITLE_LENGTH
                                ? " (" + value.value().length() + " characters)" : ""));
            }
        }
    }

    /** An anchored match, never tried on a value longer than {@link #MAX_MATCHED_LENGTH} (which fails). */
    private static Predicate<String> matches(String regex) {
        Predicate<String> p = Pattern.compile(regex).asMatchPredicate();
        return s -> s.length() <= MAX_MATCHED_LENGTH && p.test(s);
    }

    private static boolean hasDate(String reftext) {
        Matcher m = REFTEXT_YEAR.matcher(reftext);
        return m.find() && reftext.indexOf(';', m.end()) >= 0;
    }

    /**
     * {@code ''}, {@code .na.character} or terms joined by {@code " | "}, each term starting with neither a blank nor
     * {@code |} and holding no {@code |}. A loop, not the regex {@code [^|\\s][^|]*?( \\| [^|\\s][^|]*?)*}: Java
     * matches a repeated group by recursion, and 20,001 terms overflowed the stack.
     */
    static boolean isKeywordList(String s) {
        if (s.isEmpty() || s.equals(".na.character")) {
            return true;
        }
        int from = 0;
        while (true) {
            int sep = s.indexOf(" | ", from);
            int end = sep < 0 ? s.length() : sep;
            int pipe = s.indexOf('|', from);
            if (end == from || " \t\n\u000B\f\r".indexOf(s.charAt(from)) >= 0 || pipe >= 0 && pipe < end) {
                return false;
            }
            if (sep < 0) {
                return true;
            }
            from = sep + 3;
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }
}
