package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.analysis.Taxonomy;
import io.costledger.db.Sql;
import io.costledger.history.ChangeKind;
import io.costledger.history.ItemKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a bundle would do to the ledger, worked out before anything is written: every item in its form, checked
 * against the bundle and the stored ledger together, and what changes (created, updated, unchanged, retracted).
 * Every problem is collected; {@link #of} throws {@code INVALID_BUNDLE} with all of them.
 */
final class LoadPlan {

    /** How a problem names what a reference field points at, where its field name says it less well. */
    private static final Map<String, String> REFERENCE_NAMES =
            Map.of("cites", "cited claim", "baseModel", "base model");

    final List<Entry.Planned> items;
    final List<Retraction> retractions;
    final Stored stored;
    /** The ledger as it will be once the bundle is applied (for values derived from other items). */
    final KindRules.Ledger ledger;

    private LoadPlan(List<Entry.Planned> items, List<Retraction> retractions, Stored stored, KindRules.Ledger ledger) {
        this.items = items;
        this.retractions = retractions;
        this.stored = stored;
        this.ledger = ledger;
    }

    /** Whether loading changes anything at all. */
    boolean changesAnything() {
        return !retractions.isEmpty() || items.stream().anyMatch(item -> item.change() != null);
    }

    static LoadPlan of(Sql sql, JsonNode bundle, Set<String> broken, Taxonomy taxonomy, Problems problems) {
        List<Entry> entries = entries(bundle, broken, taxonomy, problems);
        List<Retraction> retractions = Retractions.given(bundle, broken);
        Map<ItemKind, Map<String, Entry>> byName = byName(entries, problems);
        Stored stored = Stored.read(sql, names(entries, retractions));
        List<Retraction> found = Retractions.found(retractions, stored, byName, problems);
        Set<Named> retracted = new HashSet<>();
        found.forEach(retraction -> retracted.add(new Named(retraction.kind(), retraction.name())));
        KindRules.Ledger ledger =
                (kind, name) -> Optional.ofNullable(byName.get(kind).get(name))
                        .<JsonNode>map(Entry::form)
                        .or(() -> stored.get(kind, name)
                                .filter(row -> !retracted.contains(new Named(kind, name)))
                                .map(Stored.Row::form));
        for (Entry entry : entries) {
            references(entry, ledger, retracted, problems);
            if (entry.whole()) {
                entry.item()
                        .rules
                        .check(entry.form(), ledger, message -> problems.add(entry.path(), entry.name(), message));
            }
        }
        derivedReferences(entries, ledger).forEach((kind, names) -> stored.alsoRead(sql, kind, names));
        cycles(sql, entries, problems);
        Retractions.referrers(sql, found, byName, problems);
        problems.throwIfAny();
        return new LoadPlan(plan(entries, stored), found, stored, ledger);
    }

    /**
     * The bundle's items in their forms. An item with a field of the wrong shape is read without that field and
     * checked no further than its references, so that its other problems are reported too; an item that is not an
     * object at all is left out.
     */
    private static List<Entry> entries(JsonNode bundle, Set<String> broken, Taxonomy taxonomy, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        for (Item item : Kinds.IN_BUNDLE_ORDER) {
            JsonNode list = bundle.path(item.list);
            for (int i = 0; list.isArray() && i < list.size(); i++) {
                String path = item.list + "[" + i + "]";
                if (!list.get(i).isObject()) {
                    continue;
                }
                ObjectNode given = withoutBrokenFields(item, (ObjectNode) list.get(i), path, broken);
                ObjectNode form = Forms.of(item, given, taxonomy);
                String name = item.identity(form);
                boolean whole = !broken.contains(path);
                if (whole) {
                    item.rules.fold(given, form, message -> problems.add(path, name, message));
                }
                entries.add(new Entry(item, path, Forms.ordered(item, form), name, whole));
            }
        }
        return entries;
    }

    /** The item as given, or a copy without the fields whose shape is broken; the bundle itself is not changed. */
    private static ObjectNode withoutBrokenFields(Item item, ObjectNode given, String path, Set<String> broken) {
        if (item.fields.stream().noneMatch(field -> broken.contains(path + "." + field.name()))) {
            return given;
        }
        ObjectNode copy = given.deepCopy();
        item.fields.forEach(field -> {
            if (broken.contains(path + "." + field.name())) {
                copy.remove(field.name());
            }
        });
        return copy;
    }

    /** The entries by kind and name; an item given twice is a problem. */
    private static Map<ItemKind, Map<String, Entry>> byName(List<Entry> entries, Problems problems) {
        Map<ItemKind, Map<String, Entry>> byName = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            byName.put(kind, new LinkedHashMap<>());
        }
        for (Entry entry : entries) {
            if (entry.name().isEmpty()) {
                continue; // its key has a problem of its own
            }
            Entry first = byName.get(entry.item().kind).putIfAbsent(entry.name(), entry);
            if (first != null) {
                problems.add(entry.path(), entry.name(), "appears twice in the bundle, also at " + first.path());
            }
        }
        return byName;
    }

    /** Every name the load needs from the ledger: the bundle's items, what they refer to, what it retracts. */
    private static Map<ItemKind, Set<String>> names(List<Entry> entries, List<Retraction> retractions) {
        Map<ItemKind, Set<String>> names = new EnumMap<>(ItemKind.class);
        for (Entry entry : entries) {
            names.computeIfAbsent(entry.item().kind, kind -> new HashSet<>()).add(entry.name());
            for (Field reference : entry.item().references()) {
                JsonNode target = entry.form().get(reference.name());
                if (target != null) {
                    names.computeIfAbsent(reference.target(), kind -> new HashSet<>())
                            .add(target.asText());
                }
            }
        }
        retractions.forEach(retraction -> names.computeIfAbsent(retraction.kind(), kind -> new HashSet<>())
                .add(retraction.name()));
        return names;
    }

    /**
     * What the items' stored values link to beyond their forms (a claim takes its organization from its model), which
     * the writer needs the ids of.
     */
    private static Map<ItemKind, Set<String>> derivedReferences(List<Entry> entries, KindRules.Ledger ledger) {
        Map<ItemKind, Set<String>> names = new EnumMap<>(ItemKind.class);
        for (Entry entry : entries) {
            ObjectNode stored = entry.item().rules.stored(entry.form(), ledger);
            if (stored == entry.form()) {
                continue;
            }
            for (Field reference : entry.item().references()) {
                JsonNode target = stored.get(reference.name());
                if (target != null && !entry.form().has(reference.name())) {
                    names.computeIfAbsent(reference.target(), kind -> new HashSet<>())
                            .add(target.asText());
                }
            }
        }
        return names;
    }

    private static void references(Entry entry, KindRules.Ledger ledger, Set<Named> retracted, Problems problems) {
        for (Field reference : entry.item().references()) {
            JsonNode target = entry.form().get(reference.name());
            if (target == null) {
                continue;
            }
            String name = target.asText();
            String what = REFERENCE_NAMES.getOrDefault(reference.name(), reference.name()) + " \""
                    + Problems.shortened(name) + "\"";
            if (retracted.contains(new Named(reference.target(), name))) {
                problems.add(entry.path(), entry.name(), what + " is retracted by this bundle");
            } else if (ledger.form(reference.target(), name).isEmpty()) {
                problems.add(entry.path(), entry.name(), what + " does not exist in the bundle or the ledger");
            }
        }
    }

    /** Links of a kind to its own kind (a base model, a cited claim) must not go round in a cycle. */
    private static void cycles(Sql sql, List<Entry> entries, Problems problems) {
        for (Item item : Kinds.IN_BUNDLE_ORDER) {
            for (Field link : item.selfLinks()) {
                cycles(sql, item, link, entries, problems);
            }
        }
    }

    private static void cycles(Sql sql, Item item, Field link, List<Entry> entries, Problems problems) {
        Map<String, String> links = new HashMap<>();
        Map<String, String> paths = new HashMap<>();
        entries.stream().filter(entry -> entry.item() == item).forEach(entry -> {
            JsonNode next = entry.form().get(link.name());
            links.put(entry.name(), next == null ? null : next.asText());
            paths.put(entry.name(), entry.path());
        });
        Cycles.check(sql, item, link, links, paths, problems);
    }

    private static List<Entry.Planned> plan(List<Entry> entries, Stored stored) {
        List<Entry.Planned> planned = new ArrayList<>();
        for (Entry entry : entries) {
            Optional<Stored.Row> row = stored.get(entry.item().kind, entry.name());
            ObjectNode before = row.map(Stored.Row::form).orElse(null);
            ChangeKind change =
                    before == null ? ChangeKind.CREATED : before.equals(entry.form()) ? null : ChangeKind.UPDATED;
            planned.add(new Entry.Planned(entry, before, row.map(Stored.Row::id).orElse(null), change));
        }
        return planned;
    }
}
