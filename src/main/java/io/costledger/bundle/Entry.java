package io.costledger.bundle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.history.ChangeKind;

/**
 * One item of a bundle on its way into the ledger.
 *
 * @param path where it is in the bundle ({@code claims[3]})
 * @param form the item in its form (the export's)
 * @param name its key, or for a hardware rate its name
 * @param whole every field has a valid shape (otherwise only the item's references are checked)
 */
record Entry(Item item, String path, ObjectNode form, String name, boolean whole) {

    /** The entry with what loading it changes: CREATED, UPDATED, or null for an unchanged item. */
    record Planned(Entry entry, ObjectNode before, Long id, ChangeKind change) {}
}
