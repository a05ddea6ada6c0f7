package io.costledger.bundle;

/**
 * What a field's value looks like in a bundle, and how it is stored. Each shape has one JSON Schema rule
 * ({@link BundleSchema}), one way to be written to its column and one to be read back for the export
 * ({@link ItemRows}).
 */
enum Shape {
    /** An item's key, or a reference to one: 1 to 200 of a-z, 0-9, '.', '_', '-', starting with a letter or digit. */
    KEY,
    /** One line of text: no control characters. */
    LINE,
    /** Text that may hold tabs and line breaks (a quote). */
    TEXT,
    /** An http or https URL. */
    URL,
    /** A calendar date, YYYY-MM-DD, in the years 1 to 9999. */
    DATE,
    /**
     * A date as precise as its source states it: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, a real calendar
     * date in the years 1 to 9999. Stored as its text, with its rule day in the column {@code <column>_on} beside it.
     */
    PARTIAL_DATE,
    /** A calendar year, 1 to 9999. */
    YEAR,
    /** An exact decimal number, within its column's precision and scale. */
    DECIMAL,
    /** A whole number of things, at least 1. */
    COUNT,
    /** True or false; false is not written. */
    FLAG,
    /** One of a fixed list of names. */
    CHOICE,
    /** The code of a cost scope. */
    SCOPE,
    /** Codes of cost categories, each at most once, kept in position order. */
    CATEGORIES
}
