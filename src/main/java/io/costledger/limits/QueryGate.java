package io.costledger.limits;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many queries compute at once. The others wait their turn, in order, before they touch the database or build
 * anything: on two cores, sixteen queries computing side by side take no less CPU in all than one after another, but
 * each lives sixteen times longer, and its objects then outlive the young collections that would have freed them
 * (docs/PERFORMANCE.md, "Concurrency"). A query that waits past its time limit, or whose client leaves, is cancelled
 * like one that runs too long ({@code TIMEOUT}).
 */
@Singleton
public class QueryGate {

    private static final long POLL_MILLIS = 20;

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
        acquire(deadline);
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private void acquire(Deadline deadline) {
        try {
            while (!permits.tryAcquire(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                deadline.check();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deadline.cancel("it was interrupted while waiting for its turn");
            deadline.check();
        }
        try {
            deadline.check();
        } catch (RuntimeException cancelled) {
            permits.release();
            throw cancelled;
        }
    }
}
