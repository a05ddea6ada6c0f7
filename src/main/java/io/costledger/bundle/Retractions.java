package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.db.Sql;
import io.costledger.history.ItemKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items a bundle takes back: each must be in the ledger, not also given in the bundle, and, once the bundle is
 * applied, referred to by no current item (a claim citing it, a model of an organization, a rate of a hardware...).
 */
final class Retractions {

    private Retractions() {}

    /** The retractions the bundle lists, those of a valid shape. */
    static List<Retraction> given(JsonNode bundle, Set<String> broken) {
        List<Retraction> given = new ArrayList<>();
        JsonNode list = bundle.path("retractions");
        for (int i = 0; i < list.size(); i++) {
            String path = "retractions[" + i + "]";
            JsonNode item = list.get(i);
            if (!broken.contains(path)) {
                ItemKind kind = ItemKind.valueOf(item.get("kind").asText());
                given.add(new Retraction(
                        path,
                        kind,
                        kind.canonicalName(item.get("key").asText()),
                        item.get("reason").asText(),
                        null,
                        null));
            }
        }
        return given;
    }

    /** The retractions of items the ledger holds, with their stored form; the others are problems. */
    static List<Retraction> found(
            List<Retraction> given, Stored stored, Map<ItemKind, Map<String, Entry>> bundle, Problems problems) {
        List<Retraction> found = new ArrayList<>();
        Set<Named> seen = new HashSet<>();
        for (Retraction retraction : given) {
            String name = retraction.name();
            if (!seen.add(new Named(retraction.kind(), name))) {
                problems.add(retraction.path(), name, "is retracted twice in the bundle");
            } else if (bundle.get(retraction.kind()).containsKey(name)) {
                problems.add(
                        retraction.path(),
                        name,
                        "is both given and retracted in the bundle, at "
                                + bundle.get(retraction.kind()).get(name).path());
            } else {
                stored.get(retraction.kind(), name)
                        .ifPresentOrElse(
                                row -> found.add(retraction.stored(row.id(), row.form())),
                                () -> problems.add(
                                        retraction.path(),
                                        name,
                                        retraction.kind() + " \"" + Problems.shortened(name)
                                                + "\" is not in the ledger: there is nothing to retract"));
            }
        }
        return found;
    }

    /**
     * Reports every current item that would still refer to a retracted one once the bundle is applied: one statement
     * per kind of reference to a kind of retracted item.
     */
    static void referrers(
            Sql sql, List<Retraction> found, Map<ItemKind, Map<String, Entry>> bundle, Problems problems) {
        Set<Named> retracted = new HashSet<>();
        found.forEach(retraction -> retracted.add(new Named(retraction.kind(), retraction.name())));
        for (ItemKind kind : ItemKind.values()) {
            Map<String, Retraction> ofKind = new HashMap<>();
            found.stream()
                    .filter(retraction -> retraction.kind() == kind)
                    .forEach(retraction -> ofKind.put(retraction.name(), retraction));
            if (ofKind.isEmpty()) {
                continue;
            }
            for (Item item : Kinds.IN_BUNDLE_ORDER) {
                for (Field reference : item.references()) {
                    if (reference.target() == kind) {
                        referring(sql, item, reference, ofKind, bundle, retracted, problems);
                    }
                }
            }
        }
    }

    private static void referring(
            Sql sql,
            Item item,
            Field reference,
            Map<String, Retraction> targets,
            Map<ItemKind, Map<String, Entry>> bundle,
            Set<Named> retracted,
            Problems problems) {
        ItemRows rows = ItemRows.of(item);
        List<Long> ids = targets.values().stream().map(Retraction::id).toList();
        sql.each(
                rows.select + " where t." + reference.column() + " = any(?)",
                row -> {
                    ObjectNode form = rows.form(row);
                    String name = item.identity(form);
                    Retraction target = targets.get(form.path(reference.name()).asText());
                    Entry given = bundle.get(item.kind).get(name);
                    boolean stays = given == null
                            ? !retracted.contains(new Named(item.kind, name))
                            : target.name()
                                    .equals(given.form().path(reference.name()).asText(null));
                    if (stays) {
                        problems.add(
                                target.path(),
                                target.name(),
                                "cannot be retracted: " + item.kind + " \"" + name + "\" refers to it ("
                                        + reference.name() + ")");
                    }
                },
                sql.array("bigint", ids));
    }
}
