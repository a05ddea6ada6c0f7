package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.db.Sql;
import io.costledger.history.ChangeKind;
import io.costledger.taxonomy.CostCategoryView;
import io.costledger.taxonomy.CostScopeView;
import io.costledger.taxonomy.TaxonomyCatalog;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a checked plan, kind by kind in dependency order: new items are inserted (an item linked to by another of
 * its kind, a base model or a cited claim, before the one that links to it) and changed ones updated, their
 * categories replaced, and retracted items deleted last, referrers before what they referred to. Unchanged items
 * are not touched. Every row is written once: no second pass that would update each new row again.
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

    /** Inserts the new items, each after the new items of its kind it links to, and updates the changed ones. */
    private void rows(Item item, List<Entry.Planned> changed, KindRules.Ledger ledger) {
        ItemRows rows = ItemRows.of(item);
        List<String> names = rows.columnNames();
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        for (Entry.Planned planned : inLinkOrder(item, changed)) {
            ObjectNode stored = item.rules.stored(planned.entry().form(), ledger);
            List<Object> values = rows.values(stored, ids, this::scopeId);
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

    /**
     * The changed items, each new one after the new items of its kind it links to (the plan has no cycles), so that
     * every link points at a row that exists when it is written. Changed items that exist already keep their place.
     */
    private static List<Entry.Planned> inLinkOrder(Item item, List<Entry.Planned> changed) {
        List<Field> links = item.references().stream()
                .filter(field -> field.target() == item.kind)
                .toList();
        if (links.isEmpty()) {
            return changed;
        }
        Map<String, Entry.Planned> created = new LinkedHashMap<>();
        changed.stream()
                .filter(planned -> planned.change() == ChangeKind.CREATED)
                .forEach(planned -> created.put(planned.entry().name(), planned));
        List<Entry.Planned> ordered = new ArrayList<>(changed.size());
        Set<String> placed = new HashSet<>();
        for (Entry.Planned planned : created.values()) {
            place(planned, links, created, placed, ordered);
        }
        changed.stream()
                .filter(planned -> planned.change() != ChangeKind.CREATED)
                .forEach(ordered::add);
        return ordered;
    }

    /** Places a new item after the new items it links to, following each chain without recursion. */
    private static void place(
            Entry.Planned start,
            List<Field> links,
            Map<String, Entry.Planned> created,
            Set<String> placed,
            List<Entry.Planned> ordered) {
        Deque<Entry.Planned> pending = new ArrayDeque<>();
        pending.push(start);
        while (!pending.isEmpty()) {
            Entry.Planned next = pending.peek();
            if (placed.contains(next.entry().name())) {
                pending.pop();
                continue;
            }
            Entry.Planned unplaced = null;
            for (Field link : links) {
                JsonNode target = next.entry().form().get(link.name());
                Entry.Planned linked = target == null ? null : created.get(target.asText());
                if (linked != null && !placed.contains(linked.entry().name())) {
                    unplaced = linked;
                    break;
                }
            }
            if (unplaced == null) {
                placed.add(next.entry().name());
                ordered.add(pending.pop());
            } else if (pending.size() > created.size()) {
                throw new IllegalStateException("A cycle of links among new items reached the writer");
            } else {
                pending.push(unplaced);
            }
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
        List<Object[]> masks = new ArrayList<>();
        for (Entry.Planned planned : changed) {
            long id = ids.of(item.kind, planned.entry().name());
            Object[] mask = new Object[fields.size() + 1];
            for (int i = 0; i < fields.size(); i++) {
                Field field = fields.get(i);
                List<String> codes = new ArrayList<>();
                for (JsonNode code : planned.entry().form().path(field.name())) {
                    codes.add(code.asText());
                    rows.add(new Object[] {id, categoryId(code.asText()), ItemRows.coverage(field)});
                }
                mask[i] = catalog.categoryMask(codes);
            }
            mask[fields.size()] = id;
            masks.add(mask);
        }
        sql.batch(
                "insert into " + item.table + "_coverage (" + item.table + "_id, category_id, coverage)"
                        + " values (?, ?, ?)",
                rows);
        // the same coverage on the item's row, as a set of category ids (V6), for reads that want it with the row
        sql.batch(
                "update " + item.table + " set "
                        + String.join(
                                ", ",
                                fields.stream()
                                        .map(field -> field.name() + "_mask = ?")
                                        .toList())
                        + " where id = ?",
                masks);
    }

    private long scopeId(String code) {
        return catalog.scope(code).map(CostScopeView::id).orElseThrow();
    }

    private long categoryId(String code) {
        return catalog.category(code).map(CostCategoryView::id).orElseThrow();
    }
}
