package io.costledger.limits;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;

/**
 * The time limit of one request. When it passes, or when the client goes away, the request is cancelled: the SQL
 * statements it is running are cancelled in the database, and the next step it takes fails with {@code TIMEOUT}.
 * A plain object, not a CDI bean, so that the HTTP layer's threads can cancel it.
 */
public final class Deadline implements AutoCloseable {

    /** No limit: work outside a request (start-up). */
    public static final Deadline NONE = new Deadline();

    private final Set<Statement> running = ConcurrentHashMap.newKeySet();
    private final Alarms alarms;
    private final long started = System.nanoTime();
    private ScheduledFuture<?> alarm;
    private long due = Long.MAX_VALUE;
    private volatile String overdue = "it ran longer than its limit";
    private Thread waiting;
    private volatile String cancelled;

    private Deadline() {
        this.alarms = null;
    }

    /** Starts the clock: the request is cancelled once {@code limit} has passed. */
    public Deadline(Alarms alarms, Duration limit) {
        this.alarms = alarms;
        limit(limit);
    }

    /** Sets the request's limit, counted from its start (a query found to be a load gets the loads' limit). */
    public synchronized void limit(Duration limit) {
        if (alarms == null) {
            return;
        }
        if (alarm != null) {
            alarm.cancel(false);
        }
        due = started + limit.toNanos();
        overdue = "it ran longer than its limit of " + seconds(limit);
        Duration left = limit.minusNanos(System.nanoTime() - started);
        String why = overdue;
        alarm = alarms.after(left.isNegative() ? Duration.ZERO : left, () -> cancel(why));
    }

    /** Cancels the request: its running statements now, its wait for a turn at once, its next step when it takes it. */
    public void cancel(String why) {
        if (this == NONE) {
            return;
        }
        cancelled = why;
        synchronized (this) {
            if (waiting != null) {
                waiting.interrupt();
            }
        }
        for (Statement statement : running) {
            try {
                statement.cancel();
            } catch (SQLException alreadyDone) {
                // the statement finished meanwhile
            }
        }
    }

    /** Throws {@code TIMEOUT} once the request is cancelled. */
    public void check() {
        String why = cancelled;
        if (why != null) {
            throw new LedgerException(
                    ErrorCode.TIMEOUT,
                    "The request was cancelled: " + why + ". Ask for less at once (smaller pages, fewer fields).");
        }
    }

    /** Something the request waits for, at most the given nanoseconds: true when it came. */
    @FunctionalInterface
    public interface Wait {
        boolean within(long nanos) throws InterruptedException;
    }

    /**
     * Waits once for {@code wait} until the request's limit passes, and no longer once the request is cancelled
     * (its client gone away): the waiting thread is woken then. Throws {@code TIMEOUT} when the wait ended so.
     */
    public boolean await(Wait wait) {
        check();
        synchronized (this) {
            waiting = Thread.currentThread();
        }
        boolean came;
        try {
            long left;
            synchronized (this) {
                left = due == Long.MAX_VALUE ? Long.MAX_VALUE : due - System.nanoTime();
            }
            came = cancelled == null && left > 0 && wait.within(left);
        } catch (InterruptedException woken) {
            came = false;
        } finally {
            synchronized (this) {
                waiting = null;
                Thread.interrupted(); // a cancellation's interrupt ends here, never in the work that follows
            }
        }
        if (!came) {
            cancel(cancelled != null ? cancelled : overdue);
        }
        check();
        return came;
    }

    /** A statement starts: it is cancelled with the request. */
    public void running(Statement statement) {
        check();
        if (this != NONE) {
            running.add(statement);
        }
    }

    public void finished(Statement statement) {
        running.remove(statement);
    }

    /** The request is over: the alarm is no longer needed. */
    @Override
    public synchronized void close() {
        if (alarm != null) {
            alarm.cancel(false);
        }
    }

    private static String seconds(Duration limit) {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }
}
