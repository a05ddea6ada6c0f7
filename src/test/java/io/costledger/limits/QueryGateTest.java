package io.costledger.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueryGateTest {

    private final Alarms alarms = new Alarms();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stop() {
        pool.shutdownNow();
        alarms.stop();
    }

    @Test
    void noMoreQueriesComputeAtOnceThanItAllows() throws Exception {
        QueryGate gate = new QueryGate(2);
        AtomicInteger inside = new AtomicInteger();
        List<Integer> seen = new CopyOnWriteArrayList<>();
        List<Future<Integer>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            runs.add(pool.submit(() -> gate.through(new Deadline(alarms, Duration.ofSeconds(10)), () -> {
                seen.add(inside.incrementAndGet());
                sleep(30);
                inside.decrementAndGet();
                return n;
            })));
        }
        for (int i = 0; i < runs.size(); i++) {
            assertThat(runs.get(i).get(10, TimeUnit.SECONDS)).isEqualTo(i);
        }
        assertThat(seen).hasSize(8).allMatch(count -> count <= 2).contains(2);
    }

    @Test
    void aQueryThatWaitsPastItsTimeLimitIsCancelledAndNeverRuns() throws Exception {
        QueryGate gate = new QueryGate(1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> gate.through(Deadline.NONE, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holding.await(5, TimeUnit.SECONDS);
        AtomicInteger ran = new AtomicInteger();

        assertThatThrownBy(() -> gate.through(new Deadline(alarms, Duration.ofMillis(100)), ran::incrementAndGet))
                .isInstanceOf(LedgerException.class)
                .satisfies(e -> assertThat(((LedgerException) e).code()).isEqualTo(ErrorCode.TIMEOUT))
                .hasMessageContaining("longer than its limit of 100 ms");
        assertThat(ran).hasValue(0);

        // the turn it never took is not lost: the next query runs once the first is done
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);
        assertThat(gate.through(new Deadline(alarms, Duration.ofSeconds(1)), () -> "ran"))
                .isEqualTo("ran");
    }

    @Test
    void aFailingQueryGivesItsTurnBack() {
        QueryGate gate = new QueryGate(1);

        assertThatThrownBy(() -> gate.through(Deadline.NONE, () -> {
                    throw new IllegalStateException("broken");
                }))
                .hasMessage("broken");
        assertThat(gate.through(Deadline.NONE, () -> "next")).isEqualTo("next");
    }

    @Test
    void turnsComeInTheOrderTheQueriesArrived() throws Exception {
        QueryGate gate = new QueryGate(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> gate.through(Deadline.NONE, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holding.await(5, TimeUnit.SECONDS);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Future<?>> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int n = i;
            waiting.add(pool.submit(() -> gate.through(new Deadline(alarms, Duration.ofSeconds(10)), () -> {
                order.add(n);
                sleep(5);
                return null;
            })));
            sleep(40); // each is in the queue before the next arrives
        }

        release.countDown();
        holder.get(5, TimeUnit.SECONDS);
        for (Future<?> run : waiting) {
            run.get(10, TimeUnit.SECONDS);
        }

        assertThat(order).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void aQueryWhoseClientLeavesLeavesTheQueueAtOnce() throws Exception {
        QueryGate gate = new QueryGate(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch holding = new CountDownLatch(1);
        Future<?> holder = pool.submit(() -> gate.through(Deadline.NONE, () -> {
            holding.countDown();
            await(release);
            return null;
        }));
        holding.await(5, TimeUnit.SECONDS);
        Deadline deadline = new Deadline(alarms, Duration.ofSeconds(30));
        AtomicInteger ran = new AtomicInteger();
        Future<Object> waiter = pool.submit(() -> gate.through(deadline, ran::incrementAndGet));
        sleep(100);

        long cancelled = System.nanoTime();
        deadline.cancel("the client went away");

        assertThatThrownBy(() -> waiter.get(2, TimeUnit.SECONDS))
                .hasCauseInstanceOf(LedgerException.class)
                .hasMessageContaining("the client went away");
        assertThat(Duration.ofNanos(System.nanoTime() - cancelled)).isLessThan(Duration.ofSeconds(2));
        assertThat(ran).hasValue(0);
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        release.countDown();
        holder.get(5, TimeUnit.SECONDS);
        assertThat(gate.through(new Deadline(alarms, Duration.ofSeconds(1)), () -> "the turn is free"))
                .isEqualTo("the turn is free");
    }

    @Test
    void atLeastOneQueryComputes() {
        assertThatThrownBy(() -> new QueryGate(0))
                .hasMessage("ledger.limits.concurrent-queries must be at least 1, not 0");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
