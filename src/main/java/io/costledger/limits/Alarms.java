package io.costledger.limits;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** One daemon thread that rings the requests' time limits. */
@ApplicationScoped
public class Alarms {

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ledger-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    public ScheduledFuture<?> after(Duration delay, Runnable action) {
        return clock.schedule(action, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void stop() {
        clock.shutdownNow();
    }
}
