package io.costledger.bundle;

import java.util.Objects;

/** Whether loading one item created it, changed it, or found it as it was. */
final class Changes {

    enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final boolean created;
    private boolean changed;

    Changes(boolean created) {
        this.created = created;
    }

    /** Returns {@code next}, noting a change when it differs from {@code current}. */
    <T> T keep(T current, T next) {
        if (!Objects.equals(current, next)) {
            changed = true;
        }
        return next;
    }

    void changed() {
        changed = true;
    }

    Outcome outcome() {
        if (created) {
            return Outcome.CREATED;
        }
        return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
    }
}
