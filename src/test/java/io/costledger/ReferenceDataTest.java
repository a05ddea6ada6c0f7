package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.costledger.bundle.LoadService;
import io.costledger.reference.ReferenceData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cited reference dataset arrives at first start, whole, and a restart neither adds nor reverts anything. */
@QuarkusTest
class ReferenceDataTest {

    private static final String COUNTS = """
            { organizations { key }
              everything: models(first: 500, filter: {nameContains: ""}) { totalCount }
              sources(first: 500) { nodes { key } }
              hardware { key }
              hardwareRates { usdPerGpuHour }
              claims(first: 500) { nodes { key quote } }
              costCategories { code }
              costScopes { code } }""";

    @Inject
    ReferenceData referenceData;

    @Inject
    LoadService bundles;

    @Test
    void everyFactArrivesWithItsKey() {
        JsonPath data = GraphQL.data(COUNTS);

        assertThat(data.getList("organizations.key"))
                .contains("anthropic", "deepseek", "google-deepmind", "meta", "openai", "tii");
        assertThat(data.getList("sources.nodes.key"))
                .contains(
                        "deepseek-v3-report",
                        "deepseek-r1-nature",
                        "ibm-think-deepseek-faq",
                        "ibm-think-varshney",
                        "semianalysis-deepseek-debates",
                        "amodei-export-controls",
                        "wired-altman-gpt4",
                        "ai-index-2024",
                        "epoch-training-cost-trends",
                        "meta-llama-3-1-model-card",
                        "meta-llama-2-model-card",
                        "tii-falcon-180b-blog",
                        "epoch-hardware-prices");
        assertThat(data.getList("hardware.key")).contains("a100-80gb", "h100-80gb", "h800", "tpu-v4");
        assertThat(data.getList("claims.nodes.key"))
                .contains(
                        "deepseek-v3-total",
                        "deepseek-v3-pretraining",
                        "deepseek-v3-context-extension",
                        "deepseek-v3-post-training",
                        "deepseek-r1-rl",
                        "ibm-faq-v3-final-run",
                        "varshney-r1-built-for",
                        "semianalysis-hardware-spend",
                        "semianalysis-server-capex",
                        "ibm-faq-semianalysis-gpus",
                        "amodei-claude-3-5-sonnet",
                        "altman-gpt-4",
                        "ai-index-gpt-4",
                        "ai-index-gemini-ultra",
                        "epoch-gpt-4-amortized",
                        "epoch-gemini-ultra-amortized",
                        "llama-3-1-405b-gpu-hours",
                        "llama-2-70b-pretraining",
                        "falcon-180b-gpu-hours");
        assertThat(data.getString("claims.nodes.find { it.key == 'altman-gpt-4' }.quote"))
                .isEqualTo("At the MIT event, Altman was asked if training GPT-4 cost $100 million; he replied,"
                        + " \"It's more than that.\"");
        assertThat(data.getList("costCategories.code"))
                .containsExactly(
                        "FINAL_TRAINING_RUN",
                        "OTHER_TRAINING",
                        "RESEARCH_AND_EXPERIMENTS",
                        "DATA",
                        "INFRASTRUCTURE",
                        "PERSONNEL",
                        "OVERHEAD");
        assertThat(data.getList("costScopes.code"))
                .containsExactly("FINAL_RUN", "TRAINING", "DEVELOPMENT_COMPUTE", "DEVELOPMENT", "ALL_IN");
    }

    @Test
    void aRestartChangesNothingAndRevertsNoCorrection() {
        bundles.load(falcon("corrected by a researcher"), Researcher.USER, false);
        try {
            String before = GraphQL.post(COUNTS, Map.of()).extract().asString();

            referenceData.apply();

            assertThat(GraphQL.post(COUNTS, Map.of()).extract().asString()).isEqualTo(before);
            assertThat(GraphQL.data("{ claim(key: \"falcon-180b-gpu-hours\") { locator } }")
                            .getString("claim.locator"))
                    .isEqualTo("corrected by a researcher");
        } finally {
            bundles.load(falcon(null), Researcher.USER, false);
        }
    }

    /** The reference Falcon claim, with a locator. */
    private static JsonNode falcon(String locator) {
        return Bundles.parse("""
                {"claims": [{"key": "falcon-180b-gpu-hours", "source": "tii-falcon-180b-blog", "model": "falcon-180b",
                  "quote": "Falcon 180B was trained on 3.5 trillion tokens on up to 4096 GPUs simultaneously, using Amazon SageMaker for a total of ~7,000,000 GPU hours.",
                  "locator": %s, "gpuHours": 7000000, "hardware": "a100-80gb",
                  "presentedScope": "FINAL_RUN", "included": ["FINAL_TRAINING_RUN"]}]}""".formatted(locator == null ? "null" : "\"" + locator + "\""));
    }
}
