package io.github.pfocr.core.rules;

import io.github.pfocr.core.model.FindingSink;
import io.github.pfocr.core.model.FigureRecord;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.Rule;
import io.github.pfocr.core.model.ScalarNode;

import java.util.List;
import java.util.function.Predicate;
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
    public static final Rule REFTEXT_FORMAT = Rule.warning("reftext-format", "reftext is a citation with its year, in "
            + "one of the forms PMC writes: '<authors>, et al. <journal>. <date>;<volume>...', an e-pub ahead of print "
            + "'<journal>. <year> <Mon> <day>', a preprint '<server>. <year> <Mon> <day>:<id>.'.");
    public static final Rule REFTEXT_PLACEHOLDER = Rule.info("reftext-placeholder", "reftext has no R NA (e.g. "
            + "'2023;2023(NA).' for a journal without issues) and no leading or trailing blank (an e-pub without "
            + "volume), as the G2 writer leaves them.");
    public static final Rule CAPTION_TRIVIAL = Rule.info("caption-trivial",
            "caption is more than an empty text or the bare word 'Figure' (what the writers put when PMC has no "
                    + "caption, e.g. for a graphical abstract).");

    /** Anchored formats are not tried on longer values: no identifier or short field is anywhere near as long. */
    static final int MAX_MATCHED_LENGTH = 10_000;

    private record Format(Rule rule, String field, boolean g1, boolean g2, Predicate<String> test, String expected) {
    }

    /**
     * The date of a citation, after the journal's '. ': a year and up to 40 characters before ';' (journal), or at
     * the end a year with month and day (e-pub ahead of print), followed by ':' and an e-location id for a preprint
     * (bioRxiv, medRxiv, Res Sq, arXiv). Bounded and possessive, so matching stays linear.
     */
    private static final Pattern REFTEXT_DATE = Pattern.compile("\\. (?:19|20)\\d\\d(?:[^;]{0,40}+;| [A-Z][a-z]{2}"
            + "(?:-[A-Z][a-z]{2})?(?: \\d{1,2})?(?::[^\\s;]{1,80}+)?\\.?$)");
    private static final Pattern NA_TOKEN = Pattern.compile("\\bNA\\b");
    /** Compiled once: String.matches compiled it for every caption. */
    private static final Pattern TRIVIAL_CAPTION = Pattern.compile("(?i)fig(ure|\\.)?");

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
            new Format(REFTEXT_FORMAT, REFTEXT, true, true, s -> REFTEXT_DATE.matcher(s.strip()).find(),
                    "a citation with its year: '<authors>, et al. <journal>. <year> <month>;<volume>(<issue>):"
                            + "<pages>.', '<journal>. <year> <month> <day>' (e-pub) or '<server>. <year> <month> "
                            + "<day>:<id>.' (preprint)"),
            new Format(REFTEXT_PLACEHOLDER, REFTEXT, true, true,
                    s -> s.equals(s.strip()) && !NA_TOKEN.matcher(s).find(), "no R NA and no surrounding blanks"),
            new Format(CAPTION_TRIVIAL, CAPTION, true, true,
                    s -> !s.isBlank() && !TRIVIAL_CAPTION.matcher(s.strip()).matches(), "a descriptive caption"));

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
