package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a kind of item needs beyond its fields' shapes: rules about several of its fields together, values folded
 * into others (a shorthand), and values derived for storing but never written in its form. Kinds without such
 * rules use these defaults.
 */
interface KindRules {

    KindRules NONE = new KindRules() {};

    /** Folds shorthands of {@code given} into {@code form} and reports rules about the item alone. */
    default void fold(JsonNode given, ObjectNode form, Report report) {}

    /** Reports rules that need other items: {@code ledger} answers for the bundle and the stored ledger together. */
    default void check(ObjectNode form, Ledger ledger, Report report) {}

    /** The form read back from the database, without what the bundle never writes. */
    default ObjectNode tidy(ObjectNode stored) {
        return stored;
    }

    /** The values to store: the form plus what is derived from other items. */
    default ObjectNode stored(ObjectNode form, Ledger ledger) {
        return form;
    }

    /** Reports a problem of one item. */
    @FunctionalInterface
    interface Report {
        void problem(String message);
    }

    /** The items of a kind as they will be once the bundle is applied: the bundle's, else the stored ones. */
    @FunctionalInterface
    interface Ledger {
        java.util.Optional<JsonNode> form(io.costledger.history.ItemKind kind, String name);
    }
}
