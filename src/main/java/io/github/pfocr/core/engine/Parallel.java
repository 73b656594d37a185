package io.github.pfocr.core.engine;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** A pool of a given size for independent per-file tasks; results always come back in index order. */
public final class Parallel implements AutoCloseable {
    private final ForkJoinPool pool;

    public Parallel(int threads) {
        this.pool = new ForkJoinPool(Math.max(1, threads));
    }

    /** Runs {@code task} for 0..n-1; results in index order. */
    public <T> T[] map(int n, IntFunction<T> task, IntFunction<T[]> array) {
        return start(n, task, array).join();
    }

    /** Starts {@code task} for 0..n-1 on the pool and returns at once, so the caller can work meanwhile. */
    public <T> Pending<T> start(int n, IntFunction<T> task, IntFunction<T[]> array) {
        T[] results = array.apply(n);
        return new Pending<>(pool.submit(() -> IntStream.range(0, n).parallel()
                .forEach(i -> results[i] = task.apply(i))), results);
    }

    /** Results being computed by {@link #start}. */
    public static final class Pending<T> {
        private final Future<?> done;
        private final T[] results;

        private Pending(Future<?> done, T[] results) {
            this.done = done;
            this.results = results;
        }

        /** Waits for every result; in index order. */
        public T[] join() {
            try {
                done.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            return results;
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
