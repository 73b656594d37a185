package io.github.pfocr.core.catalog;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.pfocr.core.engine.CacheFormatException;
import io.github.pfocr.core.model.Generation;
import io.github.pfocr.core.model.UnicodeText;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A figure's catalog part: its JSON written from bytes, its decoding, and the checks a part from a cache file passes. */
class CatalogPartTest {
    /** Jackson's own generator, without the plugin's decorator: the reference for escapes and numbers. */
    private static final JsonFactory JACKSON = new JsonFactory();

    private static CatalogFigure figure(String caption, Double score, String journalTitle) {
        return new CatalogFigure("PMC100__fig1", "PMC100__F1", "PMC100", "F1", "Figure", "A made-up pathway",
                caption, "A made-up paper", "Doe J. Made Up. 2020", 2020, "10.1000/made.up", journalTitle, null, null,
                List.of("Homo sapiens"), List.of(), score, null, "WP1", "https://example.org/PMC100__fig1.html",
                null, null, Generation.G2B,
                List.of(new CatalogFigure.Gene("ABC1", "101", "Homo sapiens", "hgnc_symbol"),
                        new CatalogFigure.Gene(null, "102", null, null)),
                List.of(new CatalogFigure.Chemical("salt", "mesh:D1", null)), List.of(), List.of("made", "up"));
    }

    private static String json(CatalogFigure f) {
        JsonBytes out = new JsonBytes(16);
        CatalogPart.of(f).writeJson(out);
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void aFigureIsOneLineOfJsonWithItsFieldsInAFixedOrderAndAbsentOnesLeftOut() {
        assertEquals("{\"figid\":\"PMC100__fig1\",\"figidAlias\":\"PMC100__F1\",\"pmcid\":\"PMC100\",\"number\":\"F1\","
                + "\"figtype\":\"Figure\",\"figtitle\":\"A made-up pathway\",\"caption\":\"Tab\\there, \\\"quoted\\\"\","
                + "\"papertitle\":\"A made-up paper\",\"reftext\":\"Doe J. Made Up. 2020\",\"year\":2020,"
                + "\"doi\":\"10.1000/made.up\",\"journal\":{\"title\":\"Made Up Letters\"},"
                + "\"organisms\":[\"Homo sapiens\"],\"organismsNer\":[],\"pathwayScore\":0.25,\"wpid\":\"WP1\","
                + "\"pageUrl\":\"https://example.org/PMC100__fig1.html\",\"generation\":\"G2b\","
                + "\"genes\":[{\"symbol\":\"ABC1\",\"ncbiGeneId\":\"101\",\"organism\":\"Homo sapiens\","
                + "\"source\":\"hgnc_symbol\"},{\"ncbiGeneId\":\"102\"}],"
                + "\"chemicals\":[{\"word\":\"salt\",\"mesh\":\"mesh:D1\"}],\"diseases\":[]}",
                json(figure("Tab\there, \"quoted\"", 0.25, "Made Up Letters")));
    }

    @Test
    void withoutAJournalFieldThereIsNoJournalObjectAndWithoutAScoreNoScore() {
        String json = json(figure("c", null, null));
        assertTrue(json.contains("\"doi\":\"10.1000/made.up\",\"organisms\""), json);
        assertTrue(json.contains("\"organismsNer\":[],\"wpid\""), json);
    }

    @Test
    void stringsAreEscapedAsJacksonEscapesThem() throws IOException {
        StringBuilder every = new StringBuilder();
        for (int c = 0; c < 0x3000; c++) {
            every.append((char) c);
        }
        List<String> samples = new java.util.ArrayList<>(List.of("", "plain", every.toString(),
                "\u2028\u2029 \ud83e\uddec \ud800 lone \udfff \ufffe \ufdd0 \u007f"));
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            char[] chars = new char[random.nextInt(40)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (random.nextBoolean() ? random.nextInt(0x80) : random.nextInt(0x10000));
            }
            samples.add(new String(chars));
        }
        for (String s : samples) {
            String valid = UnicodeText.valid(s);
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (JsonGenerator g = JACKSON.createGenerator(expected, JsonEncoding.UTF8)) {
                g.writeString(valid);
            }
            byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
            assertTrue(UnicodeText.validUtf8(utf8, 0, utf8.length), valid);
            JsonBytes out = new JsonBytes(1);
            out.utf8(utf8, 0, utf8.length);
            assertEquals(expected.toString(StandardCharsets.UTF_8),
                    new String(out.toByteArray(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresAreWrittenAsJacksonWritesDoubles() throws IOException {
        Random random = new Random(11);
        double[] values = new double[500];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 2 == 0 ? random.nextDouble() : Double.longBitsToDouble(random.nextLong());
        }
        double[] special = {0.0, -0.0, 1.0, 1e-7, 1e21, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double d : concat(values, special)) {
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            try (JsonGenerator g = JACKSON.createGenerator(expected, JsonEncoding.UTF8)) {
                g.writeNumber(d);
            }
            JsonBytes out = new JsonBytes(1);
            out.number(d);
            assertEquals(expected.toString(StandardCharsets.UTF_8),
                    new String(out.toByteArray(), StandardCharsets.UTF_8), () -> "bits " + Double.doubleToRawLongBits(d));
        }
    }

    private static double[] concat(double[] a, double[] b) {
        double[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void textIJsonForbidsBecomesTheReplacementCharacterInThePart() {
        CatalogFigure f = figure("lone \ud800, nonchar \ufffe and \ufdd0, pair \ud83e\uddec", 0.5, "J");
        CatalogPart part = CatalogPart.of(f);
        assertEquals("lone \ufffd, nonchar \ufffd and \ufffd, pair \ud83e\uddec", part.figure().caption());
        // As Jackson writes it: a character beyond the BMP as its two surrogates' escapes.
        assertTrue(json(f).contains("\"caption\":\"lone \ufffd, nonchar \ufffd and \ufffd, pair \\uD83E\\uDDEC\""),
                json(f));
    }

    @Test
    void aPartDecodesToItsFigureAndForTheCountsToWhatTheyUse() {
        CatalogFigure f = figure("c", 0.5, "J");
        CatalogPart read = CatalogPart.read(CatalogPart.of(f).bytes());
        assertEquals(f, read.figure());
        assertEquals("PMC100__fig1", read.figid());
        CatalogFigure counted = read.figure(false);
        assertEquals(new CatalogFigure("PMC100__fig1", null, "PMC100", null, "Figure", null, null, null, null, 2020,
                null, null, null, null, List.of("Homo sapiens"), List.of(), 0.5, null, null,
                "https://example.org/PMC100__fig1.html", null, null, Generation.G2B,
                List.of(new CatalogFigure.Gene(null, "101", "Homo sapiens", "hgnc_symbol"),
                        new CatalogFigure.Gene(null, "102", null, null)),
                List.of(new CatalogFigure.Chemical("salt", "mesh:D1", null)), List.of(), List.of()), counted);
        assertNull(counted.caption());
    }

    @Test
    void aDamagedOrForgedPartIsRefused() {
        byte[] good = CatalogPart.of(figure("c", 0.5, "Journal")).bytes();
        assertRefused(Arrays.copyOf(good, good.length - 1), "ends early");
        assertRefused(Arrays.copyOf(good, good.length + 4), "unread byte(s) after the catalog part");
        // The figid's length, made longer than the part, then negative.
        assertRefused(with(good, 0, Integer.MAX_VALUE), "ends early");
        assertRefused(with(good, 0, -2), "string length -2");
        // The figid's first byte made a lone continuation byte; its first three an encoded surrogate (CESU-8).
        byte[] continuation = good.clone();
        continuation[4] = (byte) 0x80;
        assertRefused(continuation, "not valid UTF-8 text");
        byte[] surrogate = good.clone();
        surrogate[4] = (byte) 0xED;
        surrogate[5] = (byte) 0xA0;
        surrogate[6] = (byte) 0x80;
        assertRefused(surrogate, "not valid UTF-8 text");
        // The organisms' count follows the doi and the journal's title ("Journal"), NLM TA and publisher (none).
        byte[] doi = "10.1000/made.up".getBytes(StandardCharsets.UTF_8);
        int organisms = indexOf(good, doi) + doi.length + 4 + "Journal".length() + 4 + 4;
        assertEquals(1, ByteBuffer.wrap(good).getInt(organisms));
        assertRefused(with(good, organisms, 1 << 28), "exceeds the catalog part");
        assertRefused(with(good, organisms + 4, -1), "no value in a list");
        // The generation, made one past the last.
        byte[] page = "https://example.org/PMC100__fig1.html".getBytes(StandardCharsets.UTF_8);
        int generation = indexOf(good, page) + page.length + 4 + 4;
        assertEquals(Generation.G2B.ordinal(), ByteBuffer.wrap(good).getInt(generation));
        assertRefused(with(good, generation, Generation.values().length), "generation");
    }

    @Test
    void validTextAgreesWithAStrictDecoderThatAlsoRefusesNoncharacters() {
        Random random = new Random(3);
        for (int i = 0; i < 20000; i++) {
            byte[] b = new byte[random.nextInt(8)];
            for (int j = 0; j < b.length; j++) {
                int k = random.nextInt(4);
                b[j] = (byte) (k == 0 ? random.nextInt(0x80) : k == 1 ? 0x80 + random.nextInt(0x40)
                        : k == 2 ? 0xC0 + random.nextInt(0x40) : random.nextInt(0x100));
            }
            assertEquals(strictlyValid(b), UnicodeText.validUtf8(b, 0, b.length), () -> Arrays.toString(b));
        }
        byte[] nonchar = "\ufffe".getBytes(StandardCharsets.UTF_8);
        assertEquals(false, UnicodeText.validUtf8(nonchar, 0, nonchar.length));
    }

    private static boolean strictlyValid(byte[] b) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return UnicodeText.firstInvalid(s) < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void assertRefused(byte[] part, String why) {
        CacheFormatException e = assertThrows(CacheFormatException.class, () -> CatalogPart.read(part));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    private static byte[] with(byte[] b, int at, int value) {
        byte[] out = b.clone();
        ByteBuffer.wrap(out).putInt(at, value);
        return out;
    }

    private static int indexOf(byte[] b, byte[] what) {
        for (int i = 0; i + what.length <= b.length; i++) {
            if (Arrays.equals(b, i, i + what.length, what, 0, what.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }

}
