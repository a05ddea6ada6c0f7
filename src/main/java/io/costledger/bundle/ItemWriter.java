package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.analysis.PartialDate;
import io.costledger.history.ChangeKind;
import io.costledger.history.ItemKind;
import io.costledger.taxonomy.CostCategoryView;
import io.costledger.taxonomy.CostScope;
import io.costledger.taxonomy.CostScopeView;
import io.costledger.taxonomy.TaxonomyCatalog;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.StatelessSession;

/**
 * Writes a checked plan through the entities, kind by kind in dependency order, on a {@link StatelessSession} (no
 * persistence context: a load of 100,000 items keeps no entity it has written), 500 at a time, each 500 one JDBC
 * batch: new items are inserted (an item linked to by another of its kind, a base model or a cited claim, after the
 * one it links to), changed ones updated, their coverage rows replaced, and retracted items deleted last, referrers
 * before what they referred to. Unchanged items are not touched. Each entity is checked against its Bean Validation
 * constraints before its batch is written; a violation is a problem of the bundle item it came from, and the load's
 * transaction rolls back: nothing is written.
 */
final class ItemWriter {

    /** Entities per JDBC batch, and ids per statement when coverage rows are deleted. */
    private static final int CHUNK = 500;

    private final StatelessSession session;
    private final TaxonomyCatalog catalog;
    private final Validator validator;
    private final EntityIds ids;
    /** The ids of the items this load has written, by kind and name. */
    private final Map<ItemKind, Map<String, Long>> written = new EnumMap<>(ItemKind.class);

    ItemWriter(StatelessSession session, TaxonomyCatalog catalog, Validator validator) {
        this.session = session;
        this.catalog = catalog;
        this.validator = validator;
        this.ids = new EntityIds(session.getFactory().getMetamodel());
    }

    /** Applies the plan. */
    void write(LoadPlan plan) {
        for (Item item : Kinds.IN_WRITE_ORDER) {
            List<Entry.Planned> changed = plan.items.stream()
                    .filter(planned -> planned.entry().item() == item && planned.change() != null)
                    .toList();
            // a chunk at a time: a load of 100,000 claims holds 500 of their entities, not all of them
            inChunks(inLinkOrder(item, changed), chunk -> write(item, chunk, plan));
        }
        for (Item item : Kinds.referrersFirst()) {
            List<Retraction> ofKind = plan.retractions.stream()
                    .filter(retraction -> retraction.kind() == item.kind)
                    .toList();
            List<Object> gone = referrersFirst(item, ofKind).stream()
                    .map(retraction -> stored(item, retraction.id()))
                    .toList();
            inChunks(gone, session::deleteMultiple);
        }
    }

    /** Writes a chunk of the changed items of a kind: one batch of inserts, one of updates, their coverage rows. */
    private void write(Item item, List<Entry.Planned> chunk, LoadPlan plan) {
        List<Written> written = entities(item, chunk, plan);
        check(written);
        session.insertMultiple(written.stream()
                .filter(row -> row.planned.change() == ChangeKind.CREATED)
                .map(Written::entity)
                .toList());
        session.updateMultiple(written.stream()
                .filter(row -> row.planned.change() == ChangeKind.UPDATED)
                .map(Written::entity)
                .toList());
        coverage(item, written);
        Map<String, Long> ofKind = written(item.kind);
        written.forEach(row -> ofKind.put(row.planned.entry().name(), id(row.entity)));
    }

    /** A changed item and the entity that writes it. */
    private record Written(Entry.Planned planned, ObjectNode stored, Object entity) {}

    /**
     * The entities of a chunk of changed items of a kind, in the order they are written, with every field set from
     * the item's stored form. A link to an item of the same chunk is a link to its entity, whose id Hibernate sets
     * when it inserts it, before the item that links to it.
     */
    private List<Written> entities(Item item, List<Entry.Planned> chunk, LoadPlan plan) {
        List<Written> written = new ArrayList<>(chunk.size());
        Map<String, Object> inChunk = new HashMap<>();
        for (Entry.Planned planned : chunk) {
            Object entity = item.entity.get();
            if (planned.change() == ChangeKind.UPDATED) {
                ids.set(entity, planned.id());
            }
            inChunk.put(planned.entry().name(), entity);
            written.add(new Written(planned, item.rules.stored(planned.entry().form(), plan.ledger), entity));
        }
        for (Written row : written) {
            for (Field field : item.fields) {
                if (field.set() != null) {
                    set(field, row.stored, row.entity, field.target() == item.kind ? inChunk : Map.of(), plan);
                }
            }
        }
        return written;
    }

    /** Sets a field on its entity; {@code inChunk}: the entities of its chunk a link may point at, by name. */
    private void set(Field field, JsonNode form, Object entity, Map<String, Object> inChunk, LoadPlan plan) {
        JsonNode value = form.get(field.name());
        switch (field.shape()) {
            case FLAG -> field.set().accept(entity, value != null && value.booleanValue());
            case CATEGORIES -> field.set().accept(entity, catalog.categoryMask(codes(value)));
            default -> {
                if (value != null) {
                    field.set().accept(entity, value(field, value, inChunk, plan));
                } else if (field.absentAs() != null) {
                    field.set().accept(entity, field.absentAs());
                }
            }
        }
    }

    private Object value(Field field, JsonNode value, Map<String, Object> inChunk, LoadPlan plan) {
        if (field.isReference()) {
            Object linked = inChunk.get(value.asText());
            return linked != null ? linked : reference(field.target(), value.asText(), plan);
        }
        return switch (field.shape()) {
            case SCOPE -> scope(value.asText());
            case DATE -> LocalDate.parse(value.asText());
            case PARTIAL_DATE -> PartialDate.parse(value.asText()).orElseThrow();
            case DECIMAL -> value.decimalValue();
            case COUNT, YEAR -> value.intValue();
            default -> value.asText();
        };
    }

    /** The entity a link points at: an item written before (by this load or earlier), by its id. */
    private Object reference(ItemKind kind, String name, LoadPlan plan) {
        Long id = written(kind).get(name);
        if (id == null) {
            id = plan.stored
                    .get(kind, name)
                    .orElseThrow(() -> new IllegalStateException(kind + " " + name + " reached the writer unknown"))
                    .id();
        }
        return stored(Kinds.of(kind), id);
    }

    /** The ids of the items of a kind this load has written, by name. */
    private Map<String, Long> written(ItemKind kind) {
        return written.computeIfAbsent(kind, k -> new HashMap<>());
    }

    /** An entity standing for a stored item: only its id is set, which is all a link or a delete reads. */
    private Object stored(Item item, long id) {
        Object entity = item.entity.get();
        ids.set(entity, id);
        return entity;
    }

    private CostScope scope(String code) {
        CostScope scope = new CostScope();
        scope.id = catalog.scope(code).map(CostScopeView::id).orElseThrow();
        return scope;
    }

    /** The entities' Bean Validation constraints; a violation is a problem of its item, and nothing is written. */
    private void check(List<Written> written) {
        Problems problems = new Problems();
        for (Written row : written) {
            for (ConstraintViolation<Object> violation : validator.validate(row.entity)) {
                Entry entry = row.planned.entry();
                problems.add(
                        entry.path(),
                        entry.name(),
                        violation.getPropertyPath() + " " + violation.getMessage() + " (as stored)");
            }
        }
        problems.throwIfAny();
    }

    /** Replaces the coverage rows of the changed items of a kind with categories (claims). */
    private void coverage(Item item, List<Written> written) {
        List<Field> fields = item.fields.stream()
                .filter(field -> field.shape() == Shape.CATEGORIES)
                .toList();
        if (fields.isEmpty()) {
            return;
        }
        List<Long> updated = written.stream()
                .filter(row -> row.planned.change() == ChangeKind.UPDATED)
                .map(row -> id(row.entity))
                .toList();
        String delete = "delete from " + item.coverage.entity().getSimpleName() + " where " + item.coverage.itemId()
                + " in :ids";
        inChunks(
                updated,
                ids -> session.createMutationQuery(delete)
                        .setParameter("ids", ids)
                        .executeUpdate());
        List<Object> rows = new ArrayList<>();
        for (Written row : written) {
            long id = id(row.entity);
            for (Field field : fields) {
                for (String code : codes(row.stored.get(field.name()))) {
                    rows.add(item.coverage.row().of(id, categoryId(code), ItemRows.coverage(field)));
                }
            }
        }
        inChunks(rows, session::insertMultiple);
    }

    private static List<String> codes(JsonNode array) {
        List<String> codes = new ArrayList<>();
        if (array != null) {
            array.forEach(code -> codes.add(code.asText()));
        }
        return codes;
    }

    private long categoryId(String code) {
        return catalog.category(code).map(CostCategoryView::id).orElseThrow();
    }

    private static <T> void inChunks(List<T> all, java.util.function.Consumer<List<T>> write) {
        for (int from = 0; from < all.size(); from += CHUNK) {
            write.accept(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
    }

    private long id(Object entity) {
        return ids.get(entity);
    }

    /**
     * The changed items, each new one after the new items of its kind it links to (the plan has no cycles), so that
     * every link points at a row that exists when it is written. Changed items that exist already keep their place,
     * after the new ones.
     */
    private static List<Entry.Planned> inLinkOrder(Item item, List<Entry.Planned> changed) {
        List<Entry.Planned> ordered = linkOrder(
                item,
                changed.stream()
                        .filter(planned -> planned.change() == ChangeKind.CREATED)
                        .toList(),
                planned -> planned.entry().name(),
                planned -> planned.entry().form());
        changed.stream()
                .filter(planned -> planned.change() != ChangeKind.CREATED)
                .forEach(ordered::add);
        return ordered;
    }

    /**
     * The retracted items of a kind, each before the retracted items it links to (a citing claim before the claim it
     * cites): every row is deleted while nothing that stays links to it.
     */
    private static List<Retraction> referrersFirst(Item item, List<Retraction> retractions) {
        List<Retraction> ordered = linkOrder(item, retractions, Retraction::name, Retraction::before);
        Collections.reverse(ordered);
        return ordered;
    }

    /** {@code items}, each after the items among them it links to by a link of its own kind, following each chain. */
    private static <T> List<T> linkOrder(
            Item item, List<T> items, Function<T, String> name, Function<T, JsonNode> form) {
        List<Field> links = item.selfLinks();
        List<T> ordered = new ArrayList<>(items.size());
        if (links.isEmpty()) {
            ordered.addAll(items);
            return ordered;
        }
        Map<String, T> byName = new LinkedHashMap<>();
        items.forEach(each -> byName.put(name.apply(each), each));
        Set<String> placed = new HashSet<>();
        for (T start : items) {
            Deque<T> pending = new ArrayDeque<>();
            pending.push(start);
            while (!pending.isEmpty()) {
                T next = pending.peek();
                if (placed.contains(name.apply(next))) {
                    pending.pop();
                    continue;
                }
                T unplaced = null;
                for (Field link : links) {
                    JsonNode target = form.apply(next).get(link.name());
                    T linked = target == null ? null : byName.get(target.asText());
                    if (linked != null && !placed.contains(name.apply(linked))) {
                        unplaced = linked;
                        break;
                    }
                }
                if (unplaced == null) {
                    placed.add(name.apply(next));
                    ordered.add(pending.pop());
                } else if (pending.size() > byName.size()) {
                    throw new IllegalStateException("A cycle of links among " + item + " items reached the writer");
                } else {
                    pending.push(unplaced);
                }
            }
        }
        return ordered;
    }
}
