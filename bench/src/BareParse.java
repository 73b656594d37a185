import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The baseline of the pfocr benchmark: a bare SnakeYAML parse of every {@code _figures/**.md} front matter, with
 * no validation at all. Lists the files, reads each one as UTF-8, takes the text between the opening {@code ---}
 * line and the next {@code ---} line, and calls {@code new Yaml().compose(...)} on it, in a parallel stream over
 * all cores (the common fork-join pool plus the calling thread).
 *
 * <p>Run as a JDK 17 single-file program: {@code java -cp snakeyaml.jar BareParse.java <corpus-dir> [runs]}. Each
 * run prints one line {@code bare-parse run=<i> files=<n> failed=<n> ms=<n>}; the timing covers listing, reading
 * and parsing, not the JVM start or the compilation of this file. Run 1 is a cold JVM, like the Maven build.
 */
public class BareParse {

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: java -cp snakeyaml.jar BareParse.java <corpus-dir> [runs]");
            System.exit(2);
        }
        Path figures = Path.of(args[0]).resolve("_figures");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        System.out.println("bare-parse threads=" + Runtime.getRuntime().availableProcessors()
                + " maxHeapMiB=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
        for (int run = 1; run <= runs; run++) {
            long start = System.nanoTime();
            List<Path> files;
            try (Stream<Path> s = Files.walk(figures)) {
                files = s.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                        .collect(Collectors.toList());
            }
            LongAdder failed = new LongAdder();
            files.parallelStream().forEach(p -> {
                String frontMatter = frontMatter(read(p));
                try {
                    Node node = new Yaml().compose(new StringReader(frontMatter));
                    if (node == null) {
                        failed.increment();
                    }
                } catch (YAMLException e) {
                    failed.increment();
                }
            });
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("bare-parse run=" + run + " files=" + files.size() + " failed=" + failed.sum()
                    + " ms=" + ms);
        }
    }

    private static String read(Path p) {
        try {
            return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text between the first line {@code ---} and the next line {@code ---}; "" if there is none. */
    static String frontMatter(String text) {
        if (!text.startsWith("---\n") && !text.startsWith("---\r\n")) {
            return "";
        }
        int begin = text.indexOf('\n') + 1;
        int lineStart = begin;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            String line = text.substring(lineStart, lineEnd);
            if (line.equals("---") || line.equals("---\r")) {
                return text.substring(begin, lineStart);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return text.substring(begin);
    }
}
