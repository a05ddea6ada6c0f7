package io.costledger.bundle;

import io.costledger.history.ItemKind;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One field of an item: its name in a bundle (and in the export, in this order), the column that stores it, its shape,
 * and what it refers to.
 *
 * @param column the column of the item's table; null for a field stored elsewhere (categories) or never stored
 *     (the shorthand {@code amountUsd})
 * @param required the bundle must give it
 * @param target for a reference: the kind of item it names
 * @param choices for a CHOICE: the names allowed
 * @param positive for a number: above zero (otherwise: zero or more)
 * @param inputOnly accepted in a bundle but never written back (folded into other fields by the kind's rules)
 * @param absentAs for a CHOICE with a default: the value stored when the field is absent, never written in a form
 * @param set how the field's value is set on the kind's entity: a text, a number, a date, a flag, an enum constant, a
 *     {@link io.costledger.analysis.PartialDate}, an entity referred to, or a set of category ids as a bit mask; null
 *     for a field that is only accepted (folded into others)
 */
record Field(
        String name,
        String column,
        Shape shape,
        boolean required,
        ItemKind target,
        List<String> choices,
        boolean positive,
        boolean inputOnly,
        String absentAs,
        BiConsumer<Object, Object> set) {

    boolean isReference() {
        return target != null;
    }

    /** This field, required or not, and stored as {@code absentAs} when not given. */
    Field with(boolean isRequired, String whenAbsent) {
        return new Field(name, column, shape, isRequired, target, choices, positive, inputOnly, whenAbsent, set);
    }
}
