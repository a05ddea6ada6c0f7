package io.costledger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test bundles, written as researchers write them: JSON. */
public final class Bundles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Bundles() {}

    /** A bundle written as JSON text, as the loader takes it. */
    public static JsonNode parse(String json) {
        return io.costledger.json.StrictJson.read(json);
    }

    public static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A bundle of one organization with {@code models} models, each with {@code claimsPerModel} claims from one
     * source, every claim citing the first claim of the first model: enough rows to page through and to count
     * statements on. All keys start with {@code prefix}.
     */
    public static JsonNode generated(String prefix, int models, int claimsPerModel) {
        List<Object> modelItems = new ArrayList<>();
        List<Object> claimItems = new ArrayList<>();
        for (int m = 0; m < models; m++) {
            String model = String.format("%s-model-%03d", prefix, m);
            modelItems.add(Map.of(
                    "key", model, "name", String.format("%s Model %03d", prefix, m), "organization", prefix + "-org"));
            for (int c = 0; c < claimsPerModel; c++) {
                Map<String, Object> claim = new java.util.HashMap<>(Map.of(
                        "key",
                        String.format("%s-claim-%03d-%02d", prefix, m, c),
                        "source",
                        prefix + "-source",
                        "model",
                        model,
                        "quote",
                        "We spent a lot.",
                        "amountUsd",
                        1000 + c,
                        "gpuHours",
                        500,
                        "hardware",
                        prefix + "-gpu",
                        "presentedScope",
                        c % 2 == 0 ? "TRAINING" : "ALL_IN",
                        "included",
                        List.of(c % 2 == 0 ? "FINAL_TRAINING_RUN" : "OTHER_TRAINING")));
                if (m + c > 0) {
                    claim.put("cites", prefix + "-claim-000-00");
                }
                claimItems.add(claim);
            }
        }
        Map<String, Object> bundle = Map.of(
                "organizations", List.of(Map.of("key", prefix + "-org", "name", prefix + " Org")),
                "hardware", List.of(Map.of("key", prefix + "-gpu", "name", prefix + " GPU")),
                "hardwareRates",
                        List.of(Map.of(
                                "hardware",
                                prefix + "-gpu",
                                "kind",
                                "ON_DEMAND",
                                "usdPerGpuHour",
                                2.5,
                                "effectiveOn",
                                "2024-01-01")),
                "sources",
                        List.of(Map.of(
                                "key",
                                prefix + "-source",
                                "title",
                                prefix + " Source",
                                "kind",
                                "PRESS",
                                "publishedOn",
                                "2025-01-01")),
                "models", modelItems,
                "claims", claimItems);
        return parse(json(bundle));
    }
}
