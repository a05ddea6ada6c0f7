package io.costledger.graphql;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes a GraphQL answer as JSON straight from graphql-java's result (maps, lists, scalars) with Jackson's streaming
 * generator: no intermediate tree. Stops with {@code RESPONSE_TOO_LARGE} as soon as the answer passes the size limit,
 * so an answer never takes more memory than that.
 */
final class AnswerWriter {

    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private AnswerWriter() {}

    /** {@code {"data": ..., "errors": [...]}}, either part left out when absent. */
    static byte[] write(Map<String, Object> answer, int maxBytes) {
        Bounded out = new Bounded(maxBytes);
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            value(json, answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Bounded.Exceeded e) {
            throw new LedgerException(
                    ErrorCode.RESPONSE_TOO_LARGE,
                    "The answer would be larger than " + maxBytes + " bytes, the limit. Ask for smaller pages or"
                            + " fewer fields.");
        }
        return out.toByteArray();
    }

    /** The answer of a request that failed before execution: its errors only. */
    static byte[] errors(List<Map<String, Object>> errors) {
        return write(Map.of("errors", errors), Integer.MAX_VALUE);
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Map<?, ?> object) {
            json.writeStartObject();
            for (Map.Entry<?, ?> field : object.entrySet()) {
                json.writeFieldName(field.getKey().toString());
                value(json, field.getValue());
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(json, element);
            }
            json.writeEndArray();
        } else {
            scalar(json, value);
        }
    }

    private static void scalar(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal decimal) {
            // 5576000, not 5576000.00 or 5.576E+6: the column's scale is storage, not meaning
            json.writeNumber(decimal.stripTrailingZeros().toPlainString());
        } else if (value instanceof BigInteger integer) {
            json.writeNumber(integer);
        } else if (value instanceof Number number) {
            json.writeNumber(number.doubleValue());
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else {
            json.writeString(value.toString()); // dates (LocalDate) and any other scalar: their ISO text
        }
    }

    /** A byte buffer that refuses to grow past its limit. */
    private static final class Bounded extends ByteArrayOutputStream {

        private final int max;

        Bounded(int max) {
            super(8192);
            this.max = max;
        }

        @Override
        public void write(int b) {
            room(1);
            super.write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            room(length);
            super.write(bytes, offset, length);
        }

        private void room(int length) {
            if (count + (long) length > max) {
                throw new Exceeded();
            }
        }

        static final class Exceeded extends RuntimeException {
            Exceeded() {
                super(null, null, false, false);
            }
        }
    }
}
