package io.costledger.bundle;

/**
 * One thing wrong with a bundle.
 *
 * @param path where it is: the list and index of the item ({@code claims[3]}), or a list name
 * @param key the item's key (for a hardware rate its name), when it has one
 * @param message what is wrong, in a sentence that names the field
 */
public record Problem(String path, String key, String message) {

    /** The problem as an error's extensions list it: no key where it has none. */
    java.util.Map<String, Object> toMap() {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        map.put("path", path);
        if (key != null) {
            map.put("key", key);
        }
        map.put("message", message);
        return map;
    }

    @Override
    public String toString() {
        return path + (key == null ? "" : " (key \"" + key + "\")") + ": " + message;
    }
}
