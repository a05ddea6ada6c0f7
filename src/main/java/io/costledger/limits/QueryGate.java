package io.costledger.limits;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many queries compute at once. The others wait their turn, first come first served (one wait in the queue of a
 * fair semaphore), before they touch the database or build anything: on two cores, sixteen queries computing side by
 * side take no less CPU in all than one after another, but each lives sixteen times longer, and its objects then
 * outlive the young collections that would have freed them (docs/PERFORMANCE.md, "Concurrency"). A query leaves the
 * queue at once when its time limit passes or its client leaves, and is cancelled like one that runs too long
 * ({@code TIMEOUT}).
 */
@Singleton
public class QueryGate {

    private final Semaphore permits;

    @Inject
    QueryGate(Limits limits) {
        this(limits.concurrentQueries().orElse(Math.max(2, Runtime.getRuntime().availableProcessors())));
    }

    QueryGate(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("ledger.limits.concurrent-queries must be at least 1, not " + permits);
        }
        this.permits = new Semaphore(permits, true);
    }

    /** Runs {@code work} once a turn is free, unless {@code deadline} passes first. */
    public <T> T through(Deadline deadline, Supplier<T> work) {
        try (Turn turn = take(deadline)) {
            return work.get();
        }
    }

    /** A turn taken, given back when closed (once). */
    public interface Turn extends AutoCloseable {
        @Override
        void close();
    }

    /** Takes a turn once one is free, unless {@code deadline} passes first: for work that cannot be one call. */
    public Turn take(Deadline deadline) {
        acquire(deadline);
        java.util.concurrent.atomic.AtomicBoolean given = new java.util.concurrent.atomic.AtomicBoolean();
        return () -> {
            if (given.compareAndSet(false, true)) {
                permits.release();
            }
        };
    }

    private void acquire(Deadline deadline) {
        boolean[] acquired = new boolean[1];
        try {
            deadline.await(nanos -> acquired[0] = permits.tryAcquire(nanos, TimeUnit.NANOSECONDS));
        } catch (RuntimeException cancelled) {
            if (acquired[0]) {
                permits.release(); // cancelled the moment its turn came
            }
            throw cancelled;
        }
    }
}
