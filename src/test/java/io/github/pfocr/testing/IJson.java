package io.github.pfocr.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.pfocr.core.model.UnicodeText;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** I-JSON (RFC 7493) for the tests: what every JSON output of the plugin must be. */
public final class IJson {
    private IJson() {
    }

    /** Strict UTF-8, parseable JSON, and no string I-JSON forbids (not even written as an escape). */
    public static void assertValid(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        try (JsonParser p = new JsonFactory().createParser(bytes)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.VALUE_STRING || t == JsonToken.FIELD_NAME) {
                    assertEquals(-1, UnicodeText.firstInvalid(p.getText()), file + ": " + p.getText());
                }
            }
        }
    }
}
