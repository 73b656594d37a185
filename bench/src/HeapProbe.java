import io.github.pfocr.core.engine.CacheInput;
import io.github.pfocr.core.engine.CacheOutput;
import io.github.pfocr.core.engine.CheckRequest;
import io.github.pfocr.core.engine.CheckRunner;
import io.github.pfocr.core.engine.RecordListener;
import io.github.pfocr.core.model.CheckResult;
import io.github.pfocr.core.model.FigureRecord;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

/**
 * Heap per record after GC at the end of the pass: runs the check in this JVM (no cache) and, when the last record
 * has been taken into the cross-file index, collects garbage and measures the heap still in use, minus the heap
 * in use before the run. usage: java -cp <plugin and its dependencies> HeapProbe.java <corpus> <records>
 */
public class HeapProbe {
    public static void main(String[] args) {
        Path corpus = Path.of(args[0]);
        int records = Integer.parseInt(args[1]);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = used(memory);
        long[] atEnd = {-1};
        RecordListener<Boolean> probe = new RecordListener<>() {
            private int seen;

            @Override
            public Boolean extract(FigureRecord record) {
                return Boolean.TRUE;
            }

            @Override
            public void accept(String path, Boolean part) {
                if (++seen == records) {
                    atEnd[0] = used(memory);
                }
            }

            @Override
            public String partFormat() {
                return "heap-probe";
            }

            @Override
            public void write(Boolean part, CacheOutput out) {
            }

            @Override
            public Boolean read(CacheInput in) {
                return Boolean.TRUE;
            }
        };
        CheckResult result = CheckRunner.run(CheckRequest.defaults(corpus), probe);
        long after = atEnd[0];
        System.out.printf("heap-probe records=%d parsed=%d before=%d after=%d perRecord=%d findings=%d%n", records,
                result.generations().values().stream().mapToInt(Integer::intValue).sum(), before, after,
                after < 0 ? -1 : (after - before) / Math.max(1, records), result.findings().size());
    }

    private static long used(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
