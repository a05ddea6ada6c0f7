package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.db.Sql;
import io.costledger.history.ChangeKind;
import io.costledger.taxonomy.CostCategoryView;
import io.costledger.taxonomy.CostScopeView;
import io.costledger.taxonomy.TaxonomyCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a checked plan, kind by kind in dependency order: new items are inserted and changed ones updated (links
 * to items of the same kind in a second pass, once every new item exists), their categories replaced, and retracted
 * items deleted last, referrers before what they referred to. Unchanged items are not touched.
 */
final class ItemWriter {

    private final Sql sql;
    private final TaxonomyCatalog catalog;
    private final Ids ids = new Ids();

    ItemWriter(Sql sql, TaxonomyCatalog catalog) {
        this.sql = sql;
        this.catalog = catalog;
    }

    /** Applies the plan; returns the ids of the claims it created or updated. */
    List<Long> write(LoadPlan plan) {
        plan.stored.seed(ids);
        for (Entry.Planned planned : plan.items) {
            if (planned.change() == ChangeKind.CREATED) {
                ids.create(sql, planned.entry().item(), planned.entry().name());
            }
        }
        List<Long> claims = new ArrayList<>();
        for (Item item : Kinds.IN_WRITE_ORDER) {
            List<Entry.Planned> changed = plan.items.stream()
                    .filter(planned -> planned.entry().item() == item && planned.change() != null)
                    .toList();
            rows(item, changed, plan.ledger);
            categories(item, changed);
            if (item == Kinds.CLAIM) {
                changed.forEach(
                        planned -> claims.add(ids.of(item.kind, planned.entry().name())));
            }
        }
        for (Item item : Kinds.IN_WRITE_ORDER) {
            links(
                    item,
                    plan.items.stream()
                            .filter(planned -> planned.entry().item() == item && planned.change() != null)
                            .toList());
        }
        for (Item item : Kinds.referrersFirst()) {
            List<Long> gone = plan.retractions.stream()
                    .filter(retraction -> retraction.kind() == item.kind)
                    .map(Retraction::id)
                    .toList();
            if (!gone.isEmpty()) {
                sql.update("delete from " + item.table + " where id = any(?)", sql.array("bigint", gone));
            }
        }
        return claims;
    }

    /** Inserts the new items and updates the changed ones: every column but links to the same kind. */
    private void rows(Item item, List<Entry.Planned> changed, KindRules.Ledger ledger) {
        ItemRows rows = ItemRows.of(item);
        List<Field> columns = rows.columns.stream()
                .filter(field -> field.target() != item.kind)
                .toList();
        List<String> names = columns.stream().map(Field::column).toList();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Entry.Planned planned : changed) {
            ObjectNode stored = item.rules.stored(planned.entry().form(), ledger);
            List<Object> values = new ArrayList<>();
            columns.forEach(field -> values.add(rows.value(field, stored, ids, this::scopeId)));
            long id = ids.of(item.kind, planned.entry().name());
            if (planned.change() == ChangeKind.CREATED) {
                values.add(0, id);
                inserts.add(values.toArray());
            } else {
                values.add(id);
                updates.add(values.toArray());
            }
        }
        sql.batch(
                "insert into " + item.table + " (id, " + String.join(", ", names) + ") values ("
                        + "?, ".repeat(names.size()) + "?)",
                inserts);
        sql.batch("update " + item.table + " set " + String.join(" = ?, ", names) + " = ? where id = ?", updates);
    }

    /** Sets the links to items of the same kind (a base model, a cited claim), now that all of them exist. */
    private void links(Item item, List<Entry.Planned> changed) {
        ItemRows rows = ItemRows.of(item);
        for (Field link : item.references()) {
            if (link.target() != item.kind) {
                continue;
            }
            List<Object[]> updates = new ArrayList<>();
            for (Entry.Planned planned : changed) {
                updates.add(new Object[] {
                    rows.value(link, planned.entry().form(), ids, this::scopeId),
                    ids.of(item.kind, planned.entry().name())
                });
            }
            sql.batch("update " + item.table + " set " + link.column() + " = ? where id = ?", updates);
        }
    }

    /** Replaces the stated categories of the changed items. */
    private void categories(Item item, List<Entry.Planned> changed) {
        List<Field> fields = item.fields.stream()
                .filter(field -> field.shape() == Shape.CATEGORIES)
                .toList();
        if (fields.isEmpty() || changed.isEmpty()) {
            return;
        }
        List<Long> updated = changed.stream()
                .filter(planned -> planned.change() == ChangeKind.UPDATED)
                .map(planned -> ids.of(item.kind, planned.entry().name()))
                .toList();
        if (!updated.isEmpty()) {
            sql.update(
                    "delete from " + item.table + "_coverage where " + item.table + "_id = any(?)",
                    sql.array("bigint", updated));
        }
        List<Object[]> rows = new ArrayList<>();
        for (Entry.Planned planned : changed) {
            long id = ids.of(item.kind, planned.entry().name());
            for (Field field : fields) {
                for (JsonNode code : planned.entry().form().path(field.name())) {
                    rows.add(new Object[] {id, categoryId(code.asText()), ItemRows.coverage(field)});
                }
            }
        }
        sql.batch(
                "insert into " + item.table + "_coverage (" + item.table + "_id, category_id, coverage)"
                        + " values (?, ?, ?)",
                rows);
    }

    private long scopeId(String code) {
        return catalog.scope(code).map(CostScopeView::id).orElseThrow();
    }

    private long categoryId(String code) {
        return catalog.category(code).map(CostCategoryView::id).orElseThrow();
    }
}
