package io.costledger.bundle;

/**
 * One thing wrong with a bundle: where ({@code claims[3]}), which item (its key, if it has one) and what.
 *
 * @param path the list and index of the item, or a field path inside it
 * @param key the item's key, or null when it has none
 * @param message what is wrong, naming the offending value
 */
public record Problem(String path, String key, String message) {

    public Problem {
        key = key == null || key.isBlank() ? null : key;
    }

    @Override
    public String toString() {
        return path + (key == null ? "" : " (key \"" + key + "\")") + ": " + message;
    }
}
