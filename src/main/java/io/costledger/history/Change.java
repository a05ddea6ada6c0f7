package io.costledger.history;

import java.util.List;

/**
 * One item a load created, updated or retracted, as history records it.
 *
 * @param item the item as the export writes it after the change (JSON); null for a retraction
 * @param fields the fields that changed, each value as the bundle writes it
 * @param reason why a retracted item was taken back; null otherwise
 */
public record Change(
        ItemKind kind, String key, ChangeKind change, String item, List<FieldChangeView> fields, String reason) {

    public ItemChangeView view() {
        return new ItemChangeView(kind, key, change, fields);
    }
}
