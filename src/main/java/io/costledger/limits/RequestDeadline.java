package io.costledger.limits;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** The deadline of the current request, once an endpoint has started one; {@link Deadline#NONE} before that. */
@RequestScoped
public class RequestDeadline {

    @Inject
    Alarms alarms;

    private Deadline deadline = Deadline.NONE;

    /** Starts this request's clock and returns its deadline. */
    public Deadline start(Duration limit) {
        deadline.close();
        deadline = new Deadline(alarms, limit);
        return deadline;
    }

    public Deadline current() {
        return deadline;
    }

    @PreDestroy
    void end() {
        deadline.close();
    }
}
