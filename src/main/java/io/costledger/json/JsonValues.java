package io.costledger.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Refuses values no part of the ledger could take, wherever they are in a document: text with an unpaired surrogate
 * (no UTF-8 encodes one, and replacing it would alter what was sent), and numbers whose exponent puts them beyond any
 * column (writing {@code 1e-150000000} out takes 150 MB). Control characters are left to what reads the value: a
 * bundle reports them as problems of their fields, an argument refuses them ({@link #storable}).
 */
public final class JsonValues {

    /** No column holds more than this many digits either side of the decimal point. */
    static final int MAX_EXPONENT = 1000;

    private JsonValues() {}

    static void check(JsonNode node, String path) {
        if (node.isTextual()) {
            text(node.textValue(), path);
        } else if (node.isBigDecimal()) {
            number(node.decimalValue(), path);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                text(field.getKey(), child);
                check(field.getValue(), child);
            }
        }
    }

    /** Whether the text can be stored as it is: no NUL, no unpaired surrogate. */
    public static boolean storable(String text) {
        return text.indexOf(0) < 0 && paired(text);
    }

    /** Whether every surrogate of the text is one half of a pair. */
    static boolean paired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static void text(String text, String path) {
        if (!paired(text)) {
            throw StrictJson.malformed("the text at " + where(path) + " holds an unpaired surrogate");
        }
    }

    private static void number(BigDecimal number, String path) {
        int exponent = number.precision() - number.scale();
        if (Math.abs(number.scale()) > MAX_EXPONENT || Math.abs(exponent) > MAX_EXPONENT) {
            throw StrictJson.malformed("the number at " + where(path) + " is too large or too small for any field");
        }
    }

    private static String where(String path) {
        return path.isEmpty() ? "the top level" : path;
    }
}
