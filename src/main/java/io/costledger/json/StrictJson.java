package io.costledger.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads request bodies as exactly one JSON document: strict UTF-8 (invalid bytes and encoded surrogates are refused,
 * never replaced), no duplicate keys, nothing after the document, numbers as exact decimals. Values no column and no
 * argument could ever hold are refused here with the path to them (see {@link JsonValues}). Messages name the line
 * and column, never the parser's internals.
 */
public final class StrictJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private StrictJson() {}

    /** The body's one JSON document; {@code MALFORMED_JSON} with a line and column when it is anything else. */
    public static JsonNode read(byte[] body) {
        return read(utf8(body));
    }

    public static JsonNode read(String text) {
        JsonNode document;
        try {
            document = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(reason(e) + where(e.getLocation()));
        }
        if (document == null || document.isMissingNode()) {
            throw malformed("the body is empty");
        }
        JsonValues.check(document, "");
        return document;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
        } catch (CharacterCodingException e) {
            throw malformed("the body is not valid UTF-8");
        }
    }

    private static String reason(JsonProcessingException e) {
        String original = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            return "a number, a text or the nesting is longer than allowed";
        }
        if (original.startsWith("Duplicate field")) {
            return "a key appears twice in one object";
        }
        if (e instanceof MismatchedInputException && original.startsWith("Trailing token")) {
            return "more follows the end of the JSON document";
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return "the document ends too early";
        }
        return "unexpected character or token";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static LedgerException malformed(String reason) {
        return new LedgerException(
                ErrorCode.MALFORMED_JSON, "The body is not one well-formed JSON document: " + reason + ".");
    }
}
