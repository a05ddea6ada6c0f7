package io.costledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shipped reference dataset says what its facts say. The claims tables of FACTS.md and FACTS-MORE.md (copied to
 * {@code src/test/resources/facts}; tests never read outside the project) are parsed, and every claim the ledger holds
 * after start-up is checked against its row: its quote (each passage verbatim from the row), its source, its figures
 * (every number it stores appears in the row) and its coverage (exactly the row's + and -). Every row of FACTS-MORE is
 * loaded or skipped for a stated reason ({@code skipped.json}); where a claim departs from the letter of its row, the
 * check it is excused from is named with the reason, and a claim split from a row that names several models or figures
 * names its row ({@code excused.json}).
 */
@QuarkusTest
@TestProfile(FactsTest.ReferenceLedger.class)
class FactsTest {

    /** A ledger of its own: the reference data and nothing any other test loads. */
    public static class ReferenceLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", H2.url("ledger-facts"));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> CATEGORY = Map.of(
            "FR", "FINAL_TRAINING_RUN",
            "OT", "OTHER_TRAINING",
            "RE", "RESEARCH_AND_EXPERIMENTS",
            "DA", "DATA",
            "IN", "INFRASTRUCTURE",
            "PE", "PERSONNEL",
            "OV", "OVERHEAD");
    private static final Pattern COVERAGE =
            Pattern.compile("(?<![\\w(])([-+?])(FINAL_TRAINING_RUN|OTHER_TRAINING|RESEARCH_AND_EXPERIMENTS|DATA"
                    + "|INFRASTRUCTURE|PERSONNEL|OVERHEAD|FR|OT|RE|DA|IN|PE|OV)\\b");
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![A-WYZa-wyz0-9_.])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s?([eE][+-]?\\d+)|\\s?(k|K|M|B|bn|million|billion)\\b)?");

    /** One row of a claims table. */
    record Row(String key, String table, String source, String figure, String coverage, String quote) {}

    private static String resource(String name) {
        try (InputStream in = FactsTest.class.getResourceAsStream("/facts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T json(String name, TypeReference<T> type) throws IOException {
        return JSON.readValue(resource(name), type);
    }

    /** The rows of the table that follows {@code heading}, by key, columns by their header's first word. */
    static Map<String, Row> table(String file, String heading, String sourceColumn, String coverageColumn) {
        String text = resource(file);
        int start = text.indexOf(heading);
        List<String> lines = text.substring(start).lines().skip(1).toList();
        Map<String, Row> rows = new LinkedHashMap<>();
        List<String> header = null;
        for (String line : lines) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = cells(line);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.get(0).startsWith("---")) {
                continue;
            }
            Map<String, String> named = new HashMap<>();
            for (int i = 0; i < header.size() && i < cells.size(); i++) {
                named.put(header.get(i).split(" ")[0], cells.get(i));
            }
            rows.put(
                    named.get("key"),
                    new Row(
                            named.get("key"),
                            file,
                            named.get(sourceColumn),
                            named.get("figure"),
                            named.get(coverageColumn),
                            unescaped(named.get("quote"))));
        }
        return rows;
    }

    /** A cell's text as written: the tables escape quotation marks, line breaks and pipes. */
    private static String unescaped(String cell) {
        return cell == null
                ? null
                : cell.replace("\\\"", "\"").replace("\\n", "\n").replace("\\|", "|");
    }

    /** A table line's cells: split at every | that is not escaped. */
    private static List<String> cells(String line) {
        String[] parts =
                line.substring(1, line.length() - (line.endsWith("|") ? 1 : 0)).split("(?<!\\\\)\\|", -1);
        List<String> cells = new ArrayList<>();
        for (String part : parts) {
            cells.add(part.trim());
        }
        return cells;
    }

    static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>(table("FACTS.md", "## Claims", "source", "covers"));
        rows.putAll(table("FACTS-MORE.md", "## Table 3", "source", "categories"));
        return rows;
    }

    /** Every number a text states, by value: "1,300,000", "1.3M", "4.30E+23", "$2.5 million", "811k". */
    static Set<BigDecimal> numbers(String text) {
        Set<BigDecimal> numbers = new TreeSet<>();
        Matcher matcher = NUMBER.matcher(text.replace("\\|", " "));
        while (matcher.find()) {
            BigDecimal value = new BigDecimal(matcher.group(1).replace(",", "")
                    + (matcher.group(2) == null ? "" : matcher.group(2))
                    + (matcher.group(3) == null ? "" : matcher.group(3).toUpperCase()));
            String scale = matcher.group(4);
            if (scale != null) {
                value = value.movePointRight(
                        switch (scale) {
                            case "k", "K" -> 3;
                            case "M", "million" -> 6;
                            default -> 9;
                        });
            }
            numbers.add(value.stripTrailingZeros());
        }
        return numbers;
    }

    /** Whether a stored number is one the row states (bare in a range such as "$2-5M", or in thousands/millions). */
    private static boolean stated(BigDecimal value, Set<BigDecimal> numbers) {
        for (int shift : new int[] {0, 3, 6, 9}) {
            if (numbers.contains(value.movePointLeft(shift).stripTrailingZeros())) {
                return true;
            }
        }
        return false;
    }

    /** The categories the row marks with {@code sign}, as codes. */
    static Set<String> marked(String coverage, String sign) {
        Set<String> codes = new TreeSet<>();
        if (coverage == null) {
            return codes;
        }
        Matcher matcher = COVERAGE.matcher(coverage);
        while (matcher.find()) {
            if (matcher.group(1).equals(sign)) {
                codes.add(CATEGORY.getOrDefault(matcher.group(2), matcher.group(2)));
            }
        }
        return codes;
    }

    private static final String CLAIMS = """
            query Claims($after: String) {
              claims(first: 500, after: $after) {
                pageInfo { hasNextPage endCursor }
                nodes {
                  key quote model { key } source { key url }
                  amountLowUsd amountHighUsd gpuHours gpuHoursDerived chipCount durationHours trainingComputeFlop
                  coverage { category { code } coverage }
                }
              }
            }""";

    static List<Map<String, Object>> claims() {
        List<Map<String, Object>> claims = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.exact(CLAIMS, variables);
            claims.addAll(page.getList("claims.nodes"));
            after = page.getBoolean("claims.pageInfo.hasNextPage") ? page.getString("claims.pageInfo.endCursor") : null;
        } while (after != null);
        return claims;
    }

    @Test
    void everyRowOfTheSecondBatchIsLoadedOrSkippedForAReason() throws IOException {
        Map<String, Row> more = table("FACTS-MORE.md", "## Table 3", "source", "categories");
        Map<String, String> skipped = json("skipped.json", new TypeReference<>() {});
        Set<String> loaded = new HashSet<>();
        claims().forEach(claim -> loaded.add((String) claim.get("key")));

        assertThat(more).hasSizeGreaterThan(80);
        assertThat(skipped.keySet()).allSatisfy(key -> assertThat(more).containsKey(key));
        assertThat(skipped.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        for (String key : more.keySet()) {
            assertThat(loaded.contains(key) ^ skipped.containsKey(key))
                    .as(
                            "row %s is either loaded (%s) or skipped (%s), not both",
                            key, loaded.contains(key), skipped.get(key))
                    .isTrue();
        }
    }

    @Test
    void everyShippedClaimSaysWhatItsRowSays() throws IOException {
        Map<String, Row> rows = rows();
        Map<String, Map<String, String>> excused = json("excused.json", new TypeReference<>() {});
        List<Map<String, Object>> claims = claims();
        List<String> problems = new ArrayList<>();
        Set<String> models = new HashSet<>();

        for (Map<String, Object> claim : claims) {
            String key = (String) claim.get("key");
            Map<String, String> excuses = excused.getOrDefault(key, Map.of());
            Row row = rows.get(excuses.getOrDefault("row", key));
            if (row == null) {
                problems.add(key + ": no row in the facts");
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> source = (Map<String, Object>) claim.get("source");
            if (claim.get("model") != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> model = (Map<String, Object>) claim.get("model");
                models.add((String) model.get("key"));
            }
            if (source.get("url") == null) {
                problems.add(key + ": its source " + source.get("key") + " has no URL");
            }
            String quote = (String) claim.get("quote");
            for (String passage : quote.split(" … ")) {
                if (passage.isBlank() || !row.quote().contains(passage)) {
                    problems.add(key + ": quote passage not verbatim in its row: " + passage);
                }
            }
            if (!excuses.containsKey("source")
                    && !List.of(row.source().split("[^a-z0-9._-]+")).contains(source.get("key"))) {
                problems.add(key + ": source " + source.get("key") + " is not the row's (" + row.source() + ")");
            }
            if (!excuses.containsKey("figure")) {
                Set<BigDecimal> stated = numbers(row.figure() + " " + row.quote());
                for (String field : List.of(
                        "amountLowUsd",
                        "amountHighUsd",
                        "gpuHours",
                        "chipCount",
                        "trainingComputeFlop",
                        "durationHours")) {
                    Object value = claim.get(field);
                    if (value == null
                            || (field.equals("gpuHours") && Boolean.TRUE.equals(claim.get("gpuHoursDerived")))) {
                        continue;
                    }
                    BigDecimal number = new BigDecimal(value.toString());
                    boolean found = number.signum() == 0 && field.equals("amountLowUsd")
                            || stated(number, stated)
                            || field.equals("durationHours")
                                    && stated(
                                            number.divide(BigDecimal.valueOf(24), java.math.MathContext.DECIMAL64),
                                            stated);
                    if (!found) {
                        problems.add(key + ": " + field + " " + number.toPlainString() + " is not in its row");
                    }
                }
            }
            if (!excuses.containsKey("coverage")) {
                Set<String> included = new TreeSet<>();
                Set<String> excluded = new TreeSet<>();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> coverage = (List<Map<String, Object>>) claim.get("coverage");
                for (Map<String, Object> category : coverage) {
                    @SuppressWarnings("unchecked")
                    String code = (String) ((Map<String, Object>) category.get("category")).get("code");
                    if ("INCLUDED".equals(category.get("coverage"))) {
                        included.add(code);
                    } else if ("EXCLUDED".equals(category.get("coverage"))) {
                        excluded.add(code);
                    }
                }
                Set<String> rowIncluded = marked(row.coverage(), "+");
                if (rowIncluded.isEmpty()) {
                    rowIncluded.add("FINAL_TRAINING_RUN"); // a cost to train, no coverage stated
                }
                if (!included.equals(rowIncluded) || !excluded.equals(marked(row.coverage(), "-"))) {
                    problems.add(key + ": covers +" + included + " -" + excluded + ", its row says " + row.coverage());
                }
            }
        }
        excused.forEach((key, excuses) -> excuses.forEach((check, reason) -> {
            if (check.equals("row")) {
                if (!rows.containsKey(reason) || !excuses.containsKey("reason")) {
                    problems.add(key + ": split from row " + reason + ", which does not exist, or without a reason");
                }
            } else if (reason.isBlank()
                    || !List.of("source", "figure", "coverage", "reason").contains(check)) {
                problems.add(key + ": excused from \"" + check + "\" without a reason, or from no known check");
            }
        }));

        assertThat(problems).isEmpty();
        assertThat(claims).hasSizeGreaterThanOrEqualTo(70);
        assertThat(models).hasSizeGreaterThanOrEqualTo(40);
    }

    @Test
    void theShippedDataShowsWhereItsSourcesDisagree() {
        JsonPath flagged = GraphQL.data("""
                { claims(first: 500, filter: {flag: CONFLICTING_ESTIMATES}) {
                    nodes { key model { key claims { key } } flags { code message } } } }""");
        Set<String> models = new TreeSet<>();
        List<Map<String, Object>> nodes = flagged.getList("claims.nodes");
        Pattern named = Pattern.compile("([a-z0-9][a-z0-9._-]*) \\((?:x\\d+\\.\\d\\d|no finite factor)\\)");
        for (int i = 0; i < nodes.size(); i++) {
            String path = "claims.nodes[" + i + "]";
            String key = flagged.getString(path + ".key");
            models.add(flagged.getString(path + ".model.key"));
            String message = flagged.getString(path + ".flags.find { it.code == 'CONFLICTING_ESTIMATES' }.message");
            List<String> others = new ArrayList<>();
            Matcher matcher = named.matcher(message);
            while (matcher.find()) {
                others.add(matcher.group(1));
            }
            assertThat(others).as("%s: %s", key, message).isNotEmpty().doesNotContain(key);
            assertThat(flagged.getList(path + ".model.claims.key")).as(message).containsAll(others);
        }
        System.out.printf("CONFLICTING_ESTIMATES on the shipped data: %d claims about %s%n", nodes.size(), models);
        assertThat(models).hasSizeGreaterThanOrEqualTo(3);
    }

    /**
     * The corrections of FACTS-METHOD.md (2026-12-07) and issue 24, read from the service: dates exactly as precise as
     * the facts, quote checks from the ver column, the capital expense, the fixed claims, and the amortized totals of
     * a second implementation of part 3 (facts/corrections.json).
     */
    @Test
    void theCorrectedReferenceDataSaysWhatTheFactsSay() throws IOException {
        Map<String, Object> expected = json("corrections.json", new TypeReference<>() {});
        JsonPath ledger = GraphQL.exact("""
                { models(first: 500) { nodes { key released { text } } }
                  sources(first: 500) { nodes { key published { text } } }
                  organizations { key hyperscale }
                  hardware { key kind tdpWatts serverPowerFactor serverCostFactor }
                  electricityPrices { year usdPerKwh }
                  claims(first: 500) { nodes { key quoteCheck capitalExpense amortized { totalUsd } } } }""");
        Map<String, String> released = new HashMap<>();
        ledger.getList("models.nodes", Map.class)
                .forEach(model -> released.put(
                        (String) model.get("key"),
                        model.get("released") == null
                                ? null
                                : (String) ((Map<?, ?>) model.get("released")).get("text")));
        Map<String, String> published = new HashMap<>();
        ledger.getList("sources.nodes", Map.class)
                .forEach(source -> published.put(
                        (String) source.get("key"),
                        source.get("published") == null
                                ? null
                                : (String) ((Map<?, ?>) source.get("published")).get("text")));
        @SuppressWarnings("unchecked")
        Map<String, String> releasedFacts = (Map<String, String>) expected.get("released");
        @SuppressWarnings("unchecked")
        Map<String, String> publishedFacts = (Map<String, String>) expected.get("published");
        releasedFacts.forEach(
                (model, text) -> assertThat(released.get(model)).as(model).isEqualTo(text));
        ((List<?>) expected.get("releasedAbsent"))
                .forEach(model ->
                        assertThat(released).as("%s: no date stated", model).containsEntry((String) model, null));
        publishedFacts.forEach(
                (source, text) -> assertThat(published.get(source)).as(source).isEqualTo(text));
        ((List<?>) expected.get("publishedAbsent"))
                .forEach(source ->
                        assertThat(published).as("%s: no date stated", source).containsEntry((String) source, null));
        // no date padded to a first day: the "2020-01-01" for a GPT-3 article, before GPT-3 existed
        assertThat(released.get("gpt-3")).isEqualTo("2020");
        assertThat(published.values()).noneMatch(text -> text != null && text.endsWith("-01-01"));

        Map<String, Map<String, Object>> claims = new HashMap<>();
        ledger.getList("claims.nodes", Map.class).forEach(claim -> claims.put((String) claim.get("key"), claim));
        @SuppressWarnings("unchecked")
        Map<String, String> quoteChecks = (Map<String, String>) expected.get("quoteCheck");
        assertThat(claims.keySet()).containsExactlyInAnyOrderElementsOf(quoteChecks.keySet());
        quoteChecks.forEach((claim, check) ->
                assertThat(claims.get(claim).get("quoteCheck")).as(claim).isEqualTo(check));
        assertThat(claims.values().stream()
                        .filter(claim -> Boolean.TRUE.equals(claim.get("capitalExpense")))
                        .map(claim -> claim.get("key")))
                .containsExactlyInAnyOrderElementsOf((List<?>) expected.get("capitalExpense"));
        assertThat(ledger.getList("organizations.findAll { it.hyperscale }.key"))
                .containsExactlyInAnyOrderElementsOf((List<?>) expected.get("hyperscale"));

        @SuppressWarnings("unchecked")
        Map<String, Map<String, String>> hardware = (Map<String, Map<String, String>>) expected.get("hardware");
        hardware.forEach((key, facts) -> {
            Map<?, ?> stored = ledger.getMap("hardware.find { it.key == '" + key + "' }");
            assertThat(stored.get("kind")).as(key).isEqualTo(facts.get("kind"));
            if (facts.get("tdpWatts") == null) {
                assertThat(stored.get("tdpWatts"))
                        .as("%s: no TDP in the facts", key)
                        .isNull();
            } else {
                assertThat(new BigDecimal(stored.get("tdpWatts").toString()))
                        .as(key)
                        .isEqualByComparingTo(facts.get("tdpWatts"));
            }
            assertThat(new BigDecimal(stored.get("serverPowerFactor").toString()))
                    .as(key)
                    .isEqualByComparingTo(facts.get("serverPowerFactor"));
            assertThat(new BigDecimal(stored.get("serverCostFactor").toString()))
                    .as(key)
                    .isEqualByComparingTo(facts.get("serverCostFactor"));
        });
        @SuppressWarnings("unchecked")
        Map<String, String> electricity = (Map<String, String>) expected.get("electricityPrices");
        assertThat(ledger.getList("electricityPrices.year")).hasSize(electricity.size());
        electricity.forEach((year, usd) -> assertThat(new BigDecimal(
                        ledger.getString("electricityPrices.find { it.year == " + year + " }.usdPerKwh")))
                .as(year)
                .isEqualByComparingTo(usd));

        @SuppressWarnings("unchecked")
        Map<String, String> amortized = (Map<String, String>) expected.get("amortizedTotals");
        amortized.forEach((claim, total) -> {
            Object value = claims.get(claim).get("amortized");
            assertThat(value).as("%s has an amortized value", claim).isNotNull();
            BigDecimal served =
                    new BigDecimal(((Map<?, ?>) value).get("totalUsd").toString());
            assertThat(served.subtract(new BigDecimal(total)).abs())
                    .as("%s: %s against %s", claim, served, total)
                    .isLessThanOrEqualTo(new BigDecimal(total).movePointLeft(6));
        });
        ((List<?>) expected.get("amortizedNone"))
                .forEach(claim -> assertThat(claims.get((String) claim).get("amortized"))
                        .as("%s has no amortized value", claim)
                        .isNull());
    }

    @Test
    void theClaimsTheCorrectionsFixedSayWhatTheirRowsSay() {
        JsonPath fixed = GraphQL.exact("""
                { falcon: claim(key: "falcon-180b-gpu-hours") { hardware { key } }
                  mpt: claim(key: "mpt7b-talk") { amountLowUsd amountHighUsd }
                  grok: claim(key: "grok4-490m") { gpuHours hardware { key } }
                  starcoder: claim(key: "starcoder-gpuh") { gpuHours coverage { category { code } coverage } }
                  fineTune: claim(key: "starcoder-gpuh-fine-tuning") { gpuHours coverage { category { code } coverage } }
                  llama: claims(first: 10, filter: {source: "meta-llama-3-1-model-card"}) {
                    nodes { key coverage { category { code } coverage } } }
                  bigscience: claims(filter: {organization: "bigscience", source: "luccioni-bloom-carbon"}) {
                    nodes { key model { key } gpuHours hardware { key } } }
                  fingpt: claim(key: "bloomberggpt-fingpt-5m") { amountLowUsd amountHighUsd gpuHours source { key } }
                  llama405: model(key: "llama-3-1-405b") { allIn: scopedTotal(scope: "ALL_IN") {
                    contributions { claim { key } } } } }""");
        assertThat(fixed.getString("falcon.hardware.key")).isEqualTo("a100-40gb");
        // "approximately $250,000 ... (plus a few thousand dollars)": as precise as the talk, not 252,000-259,000
        assertThat(new BigDecimal(fixed.getString("mpt.amountLowUsd"))).isEqualByComparingTo("250000");
        assertThat(new BigDecimal(fixed.getString("mpt.amountHighUsd"))).isEqualByComparingTo("250000");
        assertThat(new BigDecimal(fixed.getString("grok.gpuHours"))).isEqualByComparingTo("246000000");
        assertThat(new BigDecimal(fixed.getString("starcoder.gpuHours"))).isEqualByComparingTo("320256");
        assertThat(new BigDecimal(fixed.getString("fineTune.gpuHours"))).isEqualByComparingTo("11208");
        assertThat(fixed.getList("fineTune.coverage.findAll { it.coverage == 'INCLUDED' }.category.code"))
                .containsExactly("OTHER_TRAINING");
        List<Object> included = fixed.getList("llama.nodes").stream()
                .map(claim -> ((List<?>) ((Map<?, ?>) claim).get("coverage"))
                        .stream()
                                .filter(entry -> "INCLUDED".equals(((Map<?, ?>) entry).get("coverage")))
                                .map(entry -> ((Map<?, ?>) ((Map<?, ?>) entry).get("category")).get("code"))
                                .toList())
                .map(Object.class::cast)
                .toList();
        assertThat(included).hasSize(3).containsOnly(List.of("FINAL_TRAINING_RUN", "OTHER_TRAINING"));
        assertThat(fixed.getList("bigscience.nodes.model")).hasSize(2).containsOnlyNulls();
        assertThat(fixed.getList("bigscience.nodes.hardware.key")).containsExactlyInAnyOrder("v100", "a100");
        assertThat(new BigDecimal(fixed.getString("fingpt.amountLowUsd"))).isEqualByComparingTo("5000000");
        assertThat(fixed.getString("fingpt.source.key")).isEqualTo("fingpt-readme-old");
        // the GPUs' purchase price is never added to the all-in total on top of the compute that uses them
        assertThat(fixed.getList("llama405.allIn.contributions.claim.key")).doesNotContain("llama31-405b-capex");
    }

    @Test
    void theNumbersOfARowAreReadAsTheyAreWritten() {
        assertThat(numbers("1,300,000 h H100-80GB (700 W TDP)"))
                .contains(new BigDecimal("1300000").stripTrailingZeros(), new BigDecimal("700").stripTrailingZeros());
        assertThat(numbers("~4.30E+23 FLOP; 7.7M GPU hours; $2.5 million; 811k; $1B"))
                .contains(
                        new BigDecimal("4.3E+23"),
                        new BigDecimal("7.7E+6"),
                        new BigDecimal("2.5E+6"),
                        new BigDecimal("8.11E+5"),
                        new BigDecimal("1E+9"));
        assertThat(unescaped("\\\"It's more than that.\\\" \\| 370k\\n- next"))
                .isEqualTo("\"It's more than that.\" | 370k\n- next");
        assertThat(marked("+FR ?OT -RE +OT(logit generation) (+energy)", "+"))
                .containsExactly("FINAL_TRAINING_RUN", "OTHER_TRAINING");
        assertThat(marked("+FINAL_TRAINING_RUN +OTHER_TRAINING -RESEARCH_AND_EXPERIMENTS", "-"))
                .containsExactly("RESEARCH_AND_EXPERIMENTS");
    }
}
