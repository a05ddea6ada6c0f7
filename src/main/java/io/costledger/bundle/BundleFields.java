package io.costledger.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.costledger.analysis.RateKind;
import io.costledger.analysis.SourceKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The fields a bundle's JSON may have, list by list, and what a value of each must look like. */
final class BundleFields {

    enum Kind {
        TEXT,
        DATE,
        NUMBER,
        BOOLEAN,
        TEXTS,
        SOURCE_KIND,
        RATE_KIND
    }

    static final Map<String, Map<String, Kind>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("organizations", fields("key name country", Kind.TEXT));
        FIELDS.put("models", with(fields("key name organization baseModel", Kind.TEXT), "releasedOn", Kind.DATE));
        FIELDS.put("hardware", fields("key name vendor", Kind.TEXT));
        Map<String, Kind> sources = fields("key title url publisher", Kind.TEXT);
        sources.put("publishedOn", Kind.DATE);
        FIELDS.put("sources", with(sources, "kind", Kind.SOURCE_KIND));
        Map<String, Kind> rates = fields("hardware provider source", Kind.TEXT);
        rates.put("kind", Kind.RATE_KIND);
        rates.put("usdPerGpuHour", Kind.NUMBER);
        FIELDS.put("hardwareRates", with(rates, "effectiveOn", Kind.DATE));
        Map<String, Kind> claims =
                fields("key source model organization quote locator notes hardware presentedScope cites", Kind.TEXT);
        claims.putAll(fields("amountUsd amountLowUsd amountHighUsd gpuHours rateUsdPerGpuHour", Kind.NUMBER));
        claims.putAll(fields("included excluded", Kind.TEXTS));
        claims.put("statedOn", Kind.DATE);
        FIELDS.put("claims", with(claims, "rateAssumed", Kind.BOOLEAN));
    }

    private BundleFields() {}

    /** What is wrong with a value of a field of this kind, or null if nothing is. */
    static String wrongValue(Kind kind, JsonNode value) {
        return switch (kind) {
            case TEXT -> value.isTextual() ? null : "must be a string, got " + value;
            case NUMBER -> value.isNumber() ? null : "must be a number, got " + value;
            case BOOLEAN -> value.isBoolean() ? null : "must be true or false, got " + value;
            case TEXTS -> value.isArray() && allText(value) ? null : "must be a list of strings, got " + value;
            case DATE -> date(value);
            case SOURCE_KIND -> oneOf(value, SourceKind.values());
            case RATE_KIND -> oneOf(value, RateKind.values());
        };
    }

    private static boolean allText(JsonNode list) {
        for (JsonNode element : list) {
            if (!element.isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static String date(JsonNode value) {
        try {
            if (value.isTextual()) {
                LocalDate.parse(value.asText());
                return null;
            }
        } catch (DateTimeParseException notADate) {
            // reported below
        }
        return value + " is not a date (YYYY-MM-DD)";
    }

    private static String oneOf(JsonNode value, Enum<?>[] constants) {
        boolean known = value.isTextual()
                && Arrays.stream(constants).anyMatch(constant -> constant.name().equals(value.asText()));
        return known
                ? null
                : value + " is not one of "
                        + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static Map<String, Kind> fields(String names, Kind kind) {
        Map<String, Kind> fields = new LinkedHashMap<>();
        Arrays.stream(names.split(" ")).forEach(name -> fields.put(name, kind));
        return fields;
    }

    private static Map<String, Kind> with(Map<String, Kind> fields, String name, Kind kind) {
        fields.put(name, kind);
        return fields;
    }
}
