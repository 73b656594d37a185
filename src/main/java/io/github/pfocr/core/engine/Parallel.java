package io.github.pfocr.core.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Runs independent per-file tasks on a pool of a given size. */
public final class Parallel {
    private Parallel() {
    }

    /** Runs {@code task} for 0..n-1 on {@code threads} threads; results in index order. */
    public static <T> T[] map(int n, int threads, IntFunction<T> task, IntFunction<T[]> array) {
        T[] results = array.apply(n);
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, n).parallel().forEach(i -> results[i] = task.apply(i))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
        return results;
    }
}
