package io.costledger.state;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Optional;

/** A fact about the ledger itself, such as which reference bundles it has loaded. */
@Entity
@Table(name = "ledger_state")
public class LedgerState extends PanacheEntityBase {

    @Id
    public String name;

    public String content;
    public LocalDateTime updatedAt;

    public static Optional<String> read(String name) {
        return LedgerState.<LedgerState>findByIdOptional(name).map(state -> state.content);
    }

    /** Records {@code content} under {@code name}; a new name is inserted, so two writers of it cannot both win. */
    public static void write(String name, String content) {
        LedgerState state = findById(name);
        boolean created = state == null;
        if (created) {
            state = new LedgerState();
            state.name = name;
        }
        state.content = content;
        state.updatedAt = LocalDateTime.now();
        if (created) {
            state.persist();
        }
    }
}
