package io.costledger.history;

/** The kinds of item a bundle holds and history records. */
public enum ItemKind {
    ORGANIZATION,
    MODEL,
    HARDWARE,
    SOURCE,
    HARDWARE_RATE,
    CLAIM,
    /** Named hardware/pricedOn/basis/usdPerChip: the price is a number, {@code 24875.00} names {@code 24875}. */
    HARDWARE_PRICE {
        @Override
        public String canonicalName(String name) {
            int last = name.lastIndexOf('/');
            try {
                return name.substring(0, last + 1)
                        + new java.math.BigDecimal(name.substring(last + 1))
                                .stripTrailingZeros()
                                .toPlainString();
            } catch (NumberFormatException e) {
                return name; // not a number: it names nothing, as given
            }
        }
    },
    ELECTRICITY_PRICE;

    /** A name as someone gives it, in the form the ledger writes it (the same name for most kinds). */
    public String canonicalName(String name) {
        return name;
    }
}
