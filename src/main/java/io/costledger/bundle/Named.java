package io.costledger.bundle;

import io.costledger.history.ItemKind;

/** An item by its kind and name, as one value (a set of retracted items, say). */
record Named(ItemKind kind, String name) {}
