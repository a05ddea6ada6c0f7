package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.history.ItemKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What other packages may ask of a bundle document: the names of its items, and the bundle without some of them. */
public final class Bundles {

    private Bundles() {}

    /** The name of every item of the bundle (a key, or a rate's name), by kind. */
    public static Map<ItemKind, List<String>> names(JsonNode bundle) {
        Map<ItemKind, List<String>> names = new EnumMap<>(ItemKind.class);
        for (Item item : Kinds.IN_BUNDLE_ORDER) {
            List<String> ofKind = new ArrayList<>();
            bundle.path(item.list).forEach(given -> ofKind.add(item.identity(given)));
            names.put(item.kind, ofKind);
        }
        return names;
    }

    /** A copy of the bundle without the items named in {@code left}. */
    public static JsonNode without(JsonNode bundle, Map<ItemKind, Set<String>> left) {
        ObjectNode kept = bundle.deepCopy();
        for (Item item : Kinds.IN_BUNDLE_ORDER) {
            Set<String> out = left.getOrDefault(item.kind, Set.of());
            if (out.isEmpty() || !kept.path(item.list).isArray()) {
                continue;
            }
            ArrayNode list = kept.putArray(item.list);
            bundle.path(item.list).forEach(given -> {
                if (!out.contains(item.identity(given))) {
                    list.add(given);
                }
            });
        }
        return kept;
    }
}
