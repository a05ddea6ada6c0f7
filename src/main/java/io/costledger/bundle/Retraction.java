package io.costledger.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.history.ItemKind;

/**
 * An item a bundle takes back.
 *
 * @param before the item as stored, in its form; null until the stored ledger is read
 */
record Retraction(String path, ItemKind kind, String name, String reason, Long id, ObjectNode before) {

    Retraction stored(long storedId, ObjectNode form) {
        return new Retraction(path, kind, name, reason, storedId, form);
    }
}
