package io.github.pfocr.core.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import io.github.pfocr.core.model.UnicodeText;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The one JSON style of the plugin's outputs: UTF-8, valid I-JSON (RFC 7493) whatever a record holds, and for
 * reports two-space indentation and {@code \n}.
 */
public final class JsonFiles {
    private static final JsonFactory JSON = factory();

    private JsonFiles() {
    }

    /**
     * A factory whose generators write every string and field name {@linkplain UnicodeText#valid valid}: Jackson
     * would write an unpaired surrogate as bytes no JSON parser accepts.
     */
    public static JsonFactory factory() {
        return JsonFactory.builder().addDecorator((factory, generator) -> new ValidUnicode(generator)).build();
    }

    public static JsonGenerator prettyGenerator(OutputStream out) throws IOException {
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
        return g;
    }

    /** Replaces what I-JSON forbids in strings by U+FFFD. */
    private static final class ValidUnicode extends JsonGeneratorDelegate {
        ValidUnicode(JsonGenerator d) {
            super(d, false);
        }

        @Override
        public void writeString(String text) throws IOException {
            super.writeString(UnicodeText.valid(text));
        }

        @Override
        public void writeString(char[] text, int offset, int len) throws IOException {
            writeString(new String(text, offset, len));
        }

        @Override
        public void writeFieldName(String name) throws IOException {
            super.writeFieldName(UnicodeText.valid(name));
        }
    }
}
