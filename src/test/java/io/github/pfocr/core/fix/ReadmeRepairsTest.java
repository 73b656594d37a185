package io.github.pfocr.core.fix;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** README.md's table of the fix goal documents every repair, in planning order, and nothing else. */
class ReadmeRepairsTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (?!error|warning)[^|]", Pattern.MULTILINE);

    @Test
    void readmeDocumentsEveryRepair() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("## The `fix` goal");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> documented = new ArrayList<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertEquals(Repairs.ruleIds(), documented);
    }
}
