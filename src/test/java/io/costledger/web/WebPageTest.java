package io.costledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.agroal.api.AgroalDataSource;
import io.costledger.GraphQL;
import io.costledger.H2;
import io.costledger.Researcher;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The web page as a person sees it, in Debian's Chromium, on the reference data: what each view shows, by keyboard,
 * at phone width, to axe-core, with hostile text, and without a console error or a failed request on any page. The
 * browser's language is German: every number must still read en-US. Runs once (the PostgreSQL suite leaves the
 * {@code browser} tag out: the page is the same whatever the database). Screenshots land in target/screenshots.
 */
@QuarkusTest
@TestProfile(WebPageTest.OwnLedger.class)
@Tag("browser")
class WebPageTest {

    public static class OwnLedger implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.datasource.jdbc.url", H2.url("ledger-web-page"));
        }
    }

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Browser browser;

    @TestHTTPResource("/")
    URL root;

    @Inject
    AgroalDataSource dataSource;

    private Browser.Watched watched;

    @BeforeAll
    static void launch() {
        browser = Browser.launch();
    }

    @AfterAll
    static void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void nothingWentWrong() {
        if (watched != null) {
            List<String> problems = watched.unexpected();
            watched.close();
            watched = null;
            assertThat(problems)
                    .as("console errors, failed requests and dialogs")
                    .isEmpty();
        }
    }

    /** The address of a model the ledger does not hold: its page answers 404, and says so. */
    private static final String NOT_FOUND = "/models/no-such-model";

    private Page open(String path, int width) {
        watched = browser.open(width, 900);
        Page page = watched.page;
        navigate(page, path);
        return page;
    }

    private void navigate(Page page, String path) {
        String url = root.toString().replaceAll("/$", "") + path;
        if (path.equals(NOT_FOUND)) {
            watched.expect("answer 404: " + url);
        }
        page.navigate(url);
    }

    private static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    private static List<String> column(Page page, String table, int column) {
        return page.locator(table + " tbody tr td:nth-child(" + column + ")").allInnerTexts();
    }

    @Test
    void theModelsTableListsDeepSeekV3SortsByReleaseDateAndPages() {
        Page page = open("/", 1280);
        Locator table = page.locator("#models-table");
        table.waitFor();
        assertThat(page.locator("#models-table caption").innerText())
                .isEqualTo("Models, sorted by released, descending");

        page.getByLabel("Organization").selectOption("deepseek");
        page.waitForCondition(() -> column(page, "#models-table", 1).size() == 2);
        assertThat(column(page, "#models-table", 1)).containsExactly("DeepSeek-R1", "DeepSeek-V3");
        assertThat(column(page, "#models-table", 3)).containsExactly("2025-01-20", "2024-12-26");
        assertThat(column(page, "#models-table", 4)).containsExactly("at least $294,000", "$5,576,000");
        assertThat(page.locator("#models-table a", new Page.LocatorOptions().setHasText("DeepSeek-V3"))
                        .getAttribute("href"))
                .isEqualTo("/models/deepseek-v3");

        // a range total reads as a range; a complete one has no mark
        page.getByLabel("Organization").selectOption("anthropic");
        page.waitForCondition(() -> column(page, "#models-table", 2).stream().allMatch("Anthropic"::equals));
        assertThat(page.url()).endsWith("/?organization=anthropic");
        assertThat(page.locator("#models-table tbody tr", new Page.LocatorOptions().setHasText("Claude 3.5 Sonnet"))
                        .innerText())
                .contains("\t$20,000,000 to $90,000,000\t");

        page.getByLabel("Organization").selectOption("");
        page.waitForCondition(() -> column(page, "#models-table", 1).size() == 25);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Released"))
                .click();
        page.waitForCondition(() ->
                page.locator("#models-table caption").innerText().equals("Models, sorted by released, ascending"));
        List<String> firstPage = column(page, "#models-table", 1);
        List<String> dates = column(page, "#models-table", 3);
        // dates as precise as their sources, in the order of their rule days (a year's 1 July, a month's 15th)
        assertThat(dates)
                .isSortedAccordingTo(Comparator.comparing(
                        text -> io.costledger.analysis.PartialDate.parse(text).orElseThrow(),
                        io.costledger.analysis.PartialDate.BY_RULE_DAY))
                .contains("2017", "2022-05");
        JsonPath models = GraphQL.data(
                "{ models(first: 500, orderBy: [{field: RELEASED_ON}]) { totalCount nodes { name released { text } } } }");
        assertThat(dates.get(0)).isEqualTo(models.getString("models.nodes[0].released.text"));
        int total = models.getInt("models.totalCount");
        assertThat(firstPage).isEqualTo(models.getList("models.nodes.name").subList(0, 25));
        assertThat(page.locator(".pager span").innerText()).isEqualTo("Models 1 to 25 of " + total);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Next page"))
                .click();
        page.waitForCondition(() -> page.locator(".pager span").innerText().startsWith("Models 26 to"));
        assertThat(column(page, "#models-table", 1))
                .isEqualTo(models.getList("models.nodes.name").subList(25, Math.min(50, total)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Previous page"))
                .click();
        page.waitForCondition(() -> page.locator(".pager span").innerText().startsWith("Models 1 to"));
        assertThat(column(page, "#models-table", 1)).isEqualTo(firstPage);
        screenshot(page, "models");
    }

    @Test
    void deepSeekV3sPageDrawsABarPerClaimAndRepricesAtOnDemandRates() {
        Page page = open("/models/deepseek-v3", 1280);
        page.locator("#totals-table").waitFor();

        JsonPath valued = GraphQL.data("{ model(key: \"deepseek-v3\") { comparisons(includeFlagged: true) {"
                + " values { claim { key } } } } }");
        List<String> claims = valued.getList("model.comparisons.values.claim.key.flatten()");
        assertThat(claims).hasSize(5);
        Object bars = page.evaluate("() => Chart.getChart('claims-chart').data.datasets"
                + ".flatMap(set => set.data.map(bar => bar.claim))");
        assertThat(asStrings(bars)).containsExactlyInAnyOrderElementsOf(claims);

        assertThat(column(page, "#totals-table", 2)).contains("$5,576,000");
        assertThat(page.locator("#totals-table tbody tr").last().innerText())
                .isEqualTo("All-in\tat least $5,576,000\tleaves out Research and experiments, Data, Infrastructure,"
                        + " Personnel, Overhead");
        screenshot(page, "deepseek-v3");

        assertThat(barOf(page, "deepseek-v3-total")).isEqualTo("5576000,5576000");

        page.getByLabel("On-demand").check();
        page.waitForCondition(() -> column(page, "#totals-table", 2).contains("$9,534,960"));
        assertThat(page.locator("#totals-table tbody tr").nth(1).innerText())
                .isEqualTo("Training\t$9,534,960\tcomplete");
        // the chart and the claims table re-price the claim's 2,788,000 H800 GPU-hours at USD 3.42
        assertThat(barOf(page, "deepseek-v3-total")).isEqualTo("9534960,9534960");
        assertThat(claimRow(page, "deepseek-v3-total"))
                .contains("\t$9,534,960 (GPU-hours at the on-demand rate, $3.42 an hour)\t");

        // the H800 has no 3-year rate: the claim has no value there, and says why
        page.getByLabel("3-year commitment").check();
        page.waitForCondition(
                () -> page.locator("[role=status]").first().innerText().contains("3-year"));
        assertThat(barOf(page, "deepseek-v3-total")).isEqualTo("none");
        // the totals name the claims they left out for want of a value; IBM's stated amount still counts
        String unpriced = "left out: deepseek-v3-total (no value), deepseek-v3-context-extension (no value),"
                + " deepseek-v3-post-training (no value), deepseek-v3-pretraining (no value)";
        assertThat(page.locator("#totals-table tbody tr").allInnerTexts())
                .containsExactly(
                        "Final run\tno priced claim\tleaves out Final training run; left out: deepseek-v3-pretraining"
                                + " (no value)",
                        "Training\t$5,576,000\tcomplete; " + unpriced,
                        "Development\tat least $5,576,000\tleaves out Research and experiments, Data, Personnel; "
                                + unpriced,
                        "All-in\tat least $5,576,000\tleaves out Research and experiments, Data, Infrastructure,"
                                + " Personnel, Overhead; " + unpriced);
        assertThat(claimRow(page, "ibm-faq-v3-final-run")).contains("\t$5,576,000 (a stated amount)\t");
        assertThat(claimRow(page, "deepseek-v3-total"))
                .startsWith("Final training run, Other training\tdeepseek-v3-total\t")
                .contains("\tno value: no 3-year commitment rate for NVIDIA H800 at 2024-12-27\t");
    }

    @Test
    void deepSeekV3sPageShowsRentedAndOwnedSideBySideAndWhyTheyAgree() {
        Page page = open("/models/deepseek-v3", 1280);
        page.locator("#owned-table").waitFor();

        String row = page.locator(
                        "#owned-table tbody tr",
                        new Page.LocatorOptions().setHas(page.locator("code[data-owned='deepseek-v3-total']")))
                .innerText();
        // as stated, on-demand, 1-year, 3-year, owned, and what owning assumes
        assertThat(row)
                .startsWith("deepseek-v3-total\t$5,576,000\t$9,534,960\t")
                .contains("\tno rate\t$5,918,174\tNVIDIA H800 bought 2025-02-21 at $44,750 a chip (a server's"
                        + " price over its chips), 0 years old when the run started (2024-09-23); PUE 1.25,"
                        + " electricity $0.0771/kWh; $2.122731 a GPU-hour");
        // the four claims on DeepSeek's H800 hours at the report's USD 2 compare alike: one sentence
        assertThat(page.locator(".agreements li").allInnerTexts())
                .containsExactly("deepseek-v3-context-extension, deepseek-v3-post-training, deepseek-v3-pretraining,"
                        + " deepseek-v3-total: owning the chips costs $2.12 a GPU-hour, about what renting them costs"
                        + " at the source's $2 an hour, so the rented and owned figures agree within 6%.");
        screenshot(page, "deepseek-v3-owned");

        page.getByLabel("Owned (amortized)").check();
        page.waitForCondition(() -> claimRow(page, "deepseek-v3-total").contains("$5,918,174"));
        assertThat(claimRow(page, "deepseek-v3-total"))
                .contains("\t$5,918,174 (GPU-hours on owned chips: their depreciation, interconnect and energy)\t");
        assertThat(page.url()).endsWith("/models/deepseek-v3?rate=AMORTIZED");
    }

    @Test
    void figuresNeverBreakAcrossLinesAndAPurchaseIsShownApart() {
        Page page = open("/models/gpt-3", 1280);
        page.locator("#claims-table").waitFor();
        Object broken = page.evaluate("() => [...document.querySelectorAll('#claims-table .money, #totals-table"
                + " .money, #owned-table .money')].filter(figure => figure.getClientRects().length > 1)"
                + ".map(figure => figure.textContent)");
        assertThat(asStrings(broken)).isEmpty();
        assertThat(page.locator("#claims-table .money").count()).isGreaterThan(3);
        assertThat(column(page, "#claims-table", 4)).contains("$4,324,883");

        Page llama = open("/models/llama-3-1-405b", 1280);
        llama.locator("#claims-table").waitFor();
        assertThat(claimRow(llama, "llama31-405b-capex")).contains("$400,000,000 (bought, not spent on this run)");
        assertThat(llama.locator("#totals-table tbody tr").last().innerText())
                .contains("llama31-405b-capex (bought, not spent on this run)");
    }

    /** The low and high end of the claim's bar in the chart, or "none". */
    private static String barOf(Page page, String claim) {
        return String.valueOf(page.evaluate(
                "key => { const bar = Chart.getChart('claims-chart').data.datasets.flatMap(set => set.data)"
                        + ".find(bar => bar.claim === key); return bar ? bar.x.join(',') : 'none'; }",
                claim));
    }

    private static String claimRow(Page page, String claim) {
        return page.locator(
                        "#claims-table tbody tr",
                        new Page.LocatorOptions().setHas(page.locator("button[data-claim='" + claim + "']")))
                .innerText();
    }

    @Test
    void aSlowAnswerForAnEarlierRateKindNeverOverwritesTheNewerOne() {
        Page page = open("/models/deepseek-v3?rate=COMMITTED_1Y", 1280);
        page.waitForCondition(() -> status(page).contains("at 1-year commitment rates"));
        assertThat(page.getByLabel("1-year commitment").isChecked()).isTrue();
        List<com.microsoft.playwright.Route> held = new ArrayList<>();
        // the variables name the rate kind (the document itself names every kind, for the side-by-side table)
        String onDemand = "rateKind%22%3A%22ON_DEMAND";
        page.route(
                url -> url.contains("/graphql?") && url.contains(onDemand),
                route -> held.add(route)); // the on-demand answer is held back

        page.getByLabel("On-demand").check();
        page.waitForCondition(() -> held.size() == 1);
        page.getByLabel("As stated").check();
        page.waitForCondition(() -> status(page).contains("priced as stated"));
        held.get(0).resume(); // now the on-demand answer arrives, after the newer one
        page.waitForResponse(response -> response.url().contains(onDemand), () -> {});
        page.waitForTimeout(300);

        assertThat(status(page)).isEqualTo("5 of 5 claims drawn, GPU-hours priced as stated.");
        assertThat(page.locator("#totals-table tbody tr").nth(1).innerText())
                .isEqualTo("Training\t$5,576,000\tcomplete");
        assertThat(barOf(page, "deepseek-v3-total")).isEqualTo("5576000,5576000");
        assertThat(page.getByLabel("As stated").isChecked()).isTrue();
        assertThat(page.url()).endsWith("/models/deepseek-v3");
    }

    private static String status(Page page) {
        return page.locator("[role=status]").first().innerText();
    }

    @Test
    void aSlowClaimNeverReplacesTheClaimSelectedAfterIt() {
        Page page = open("/models/deepseek-v3", 1280);
        page.locator("#claims-table").waitFor();
        page.locator("button[data-claim='deepseek-v3-total']").click();
        page.locator("#claim-details button[data-claim='varshney-r1-built-for']")
                .waitFor();
        List<com.microsoft.playwright.Route> held = new ArrayList<>();
        page.route(url -> url.contains("/graphql?") && url.contains("varshney-r1-built-for"), held::add);

        page.locator("#claim-details button[data-claim='varshney-r1-built-for']")
                .click();
        page.waitForCondition(() -> held.size() == 1);
        page.locator("#claims-table button[data-claim='deepseek-v3-pretraining']")
                .click();
        page.waitForCondition(() -> page.locator("#details-heading").innerText().contains("deepseek-v3-pretraining"));
        held.get(0).resume();
        page.waitForResponse(response -> response.url().contains("varshney-r1-built-for"), () -> {});
        page.waitForTimeout(300);

        assertThat(page.locator("#details-heading").innerText()).isEqualTo("Claim deepseek-v3-pretraining");
    }

    @Test
    void focusStaysOnThePagerAtTheLastPage() {
        Page page = open("/", 1280);
        page.locator("#models-table").waitFor();
        Locator next = page.locator("#next-page");
        int pages = 1;
        while (next.isEnabled()) {
            String before = page.locator(".pager span").innerText();
            next.focus();
            page.keyboard().press("Enter");
            page.waitForCondition(() -> !page.locator(".pager span").innerText().equals(before));
            pages++;
        }
        assertThat(pages).isGreaterThan(1);
        // the Next button went out of use under the reader's focus: the focus moved to Previous
        assertThat(page.evaluate("() => document.activeElement.id")).isEqualTo("previous-page");
    }

    @Test
    void aFailedRequestSaysSoAndTheControlsGoBackToWhatIsShown() {
        Page page = open("/models/deepseek-v3", 1280);
        page.waitForCondition(() -> status(page).contains("priced as stated"));
        page.route(url -> url.contains("/graphql?") && url.contains("ON_DEMAND"), route -> route.abort());

        // click, not check(): the aborted request may put the control back before check() could see it change
        page.getByLabel("On-demand").click();
        page.waitForCondition(() -> status(page).startsWith("Could not read the ledger: "));

        assertThat(status(page)).endsWith("(the figures shown are still priced as stated)");
        assertThat(page.getByLabel("As stated").isChecked()).isTrue();
        assertThat(page.getByLabel("On-demand").isChecked()).isFalse();
        assertThat(page.locator("#totals-table tbody tr").nth(1).innerText())
                .isEqualTo("Training\t$5,576,000\tcomplete");
        // the aborted request, as the browser reports it
        watched.problems.removeIf(problem -> problem.contains("ON_DEMAND") || problem.contains("net::ERR_FAILED"));
    }

    @Test
    void theUsd56MillionCommentaryAboutR1IsReachedByKeyboardAloneWithItsQuoteAndError() {
        Page page = open("/models/deepseek-v3", 1280);
        page.locator("#claims-table").waitFor();

        tabTo(page, "button[data-claim='deepseek-v3-total']");
        page.keyboard().press("Enter");
        page.locator("#claim-details blockquote").waitFor();
        tabTo(page, "#claim-details button[data-claim='varshney-r1-built-for']");
        page.keyboard().press("Enter");
        page.waitForCondition(() -> page.locator("#details-heading").innerText().contains("varshney-r1-built-for"));

        String details = page.locator("#claim-details").innerText();
        assertThat(details)
                .contains(
                        "built a model at a far lesser cost—USD 5.6 million —and with far fewer compute" + " resources")
                .contains("MISATTRIBUTED_MODEL (Error): ");
        assertThat(page.locator("#claim-details .flag-error").count()).isPositive();
        screenshot(page, "claim-details");
    }

    /** Presses Tab until the element is focused (at most 200 times). */
    private static void tabTo(Page page, String selector) {
        for (int i = 0; i < 200; i++) {
            page.keyboard().press("Tab");
            Object focused = page.evaluate("s => document.activeElement === document.querySelector(s)", selector);
            if (Boolean.TRUE.equals(focused)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector);
    }

    @Test
    void theTrendsTableListsTheModelsByYear() {
        Page page = open("/", 1280);
        page.locator("#trends-table").waitFor();
        page.waitForCondition(() -> page.locator("#trends .status").innerText().endsWith("models drawn"));

        JsonPath summary = GraphQL.data(
                "{ summary(groupBy: YEAR, scope: \"TRAINING\") { year models" + " largest { model { name } } } }");
        List<String> years = summary.getList("summary.year").stream()
                .map(year -> year == null ? "No release date" : year.toString())
                .toList();
        assertThat(column(page, "#trends-table", 1)).isEqualTo(years);
        assertThat(column(page, "#trends-table", 2))
                .isEqualTo(summary.getList("summary.models").stream()
                        .map(Object::toString)
                        .toList());
        JsonPath figures = GraphQL.data(
                "{ summary(groupBy: YEAR, scope: \"TRAINING\") { pricedModels completeTotals" + " medianLowUsd } }");
        assertThat(column(page, "#trends-table", 3))
                .isEqualTo(figures.getList("summary.pricedModels").stream()
                        .map(Object::toString)
                        .toList());
        assertThat(column(page, "#trends-table", 4))
                .isEqualTo(figures.getList("summary.completeTotals").stream()
                        .map(Object::toString)
                        .toList());
        java.text.NumberFormat dollars = java.text.NumberFormat.getCurrencyInstance(java.util.Locale.US);
        dollars.setMaximumFractionDigits(0);
        assertThat(column(page, "#trends-table", 5))
                .isEqualTo(figures.getList("summary.medianLowUsd").stream()
                        .map(median ->
                                median == null ? "–" : dollars.format(new java.math.BigDecimal(median.toString())))
                        .toList());
        String row2024 = page.locator("#trends-table tbody tr", new Page.LocatorOptions().setHasText("2024"))
                .innerText();
        assertThat(row2024).contains(summary.getString("summary.find { it.year == 2024 }.largest.model.name"));
        Object points = page.evaluate(
                "() => Chart.getChart('trends-chart').data.datasets" + ".reduce((n, set) => n + set.data.length, 0)");
        assertThat(page.locator("#trends .status").innerText()).isEqualTo(points + " models drawn");
        assertThat(((Number) points).intValue()).isGreaterThan(30);
    }

    /** Waits until the view has drawn everything it asks for. */
    private static void loaded(Page page, String path) {
        if (path.equals("/")) {
            page.locator("#trends-table").waitFor();
            page.waitForCondition(
                    () -> page.locator("#trends .status").innerText().endsWith("models drawn"));
            page.locator("#trends details summary").click();
            page.locator("#points-table").waitFor();
        } else if (path.equals("/models/deepseek-v3")) {
            page.locator("#claims-table").waitFor();
            page.locator("button[data-claim='deepseek-v3-total']").click();
            page.locator("#claim-details blockquote").waitFor();
        } else {
            page.waitForCondition(
                    () -> !page.locator("[role=status]").allInnerTexts().contains("Loading the claims…"));
            page.locator("#totals-table, h1:text('No such model')").first().waitFor();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/models/deepseek-v3", "/models/qwen2.5-3b", "/models/no-such-model"})
    void nothingScrollsSidewaysAtPhoneWidth(String path) {
        Page page = open(path, 375);
        loaded(page, path);

        assertNoSidewaysScroll(page, "at 375 px");
        screenshot(page, "phone" + path.replace('/', '-'));
    }

    /** The document is no wider than the window: nothing scrolls sideways. */
    private static void assertNoSidewaysScroll(Page page, String where) {
        List<?> widths = (List<?>) page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        assertThat(((Number) widths.get(0)).intValue())
                .as(where)
                .isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/models/deepseek-v3", "/models/qwen2.5-3b", "/models/no-such-model"})
    void axeFindsNoSeriousOrCriticalViolation(String path) {
        Page page = open(path, 1280);
        loaded(page, path);

        List<Rule> violations = new AxeBuilder(page)
                .analyze().getViolations().stream()
                        .filter(rule -> List.of("serious", "critical").contains(rule.getImpact()))
                        .toList();

        assertThat(violations)
                .as(() -> violations.stream()
                        .map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
                                + rule.getNodes().stream()
                                        .map(node -> node.getTarget().toString())
                                        .toList())
                        .toList()
                        .toString())
                .isEmpty();
    }

    @Test
    void aRangeFromZeroStartsAtTheFloorAnOpenRangeEndsInAnArrowAndAClaimWithoutAValueHasARowOfItsOwn() {
        Researcher.post("""
                {"organizations": [{"key": "shape-lab", "name": "Shape Lab"}],
                 "models": [{"key": "shape-model", "name": "Shape Model", "organization": "shape-lab"}],
                 "sources": [{"key": "shape-source", "title": "Shapes", "kind": "ANALYST_ESTIMATE"}],
                 "hardware": [{"key": "shape-chip", "name": "Shape Chip"}],
                 "claims": [{"key": "shape-up-to", "source": "shape-source", "model": "shape-model",
                             "quote": "up to USD 40,000", "amountHighUsd": 40000, "included": ["DATA"]},
                            {"key": "shape-at-least", "source": "shape-source", "model": "shape-model",
                             "quote": "at least USD 3 million", "amountLowUsd": 3000000, "included": ["DATA"]},
                            {"key": "shape-hours", "source": "shape-source", "model": "shape-model",
                             "quote": "2,000 GPU-hours", "gpuHours": 2000, "hardware": "shape-chip",
                             "included": ["FINAL_TRAINING_RUN"]}]}
                """).statusCode(200);

        // the chip has no rate: its GPU-hours have no value
        Page page = open("/models/shape-model", 1280);
        page.locator("#claims-table").waitFor();

        List<?> bars = (List<?>) page.evaluate("() => { const chart = Chart.getChart('claims-chart');"
                + " const x = chart.scales.x; return chart.data.datasets.flatMap(set => set.data).map(bar =>"
                + " [bar.claim, bar.x[0] === x.min, bar.x[1] === x.max, bar.open === true]); }");
        // each bar: its claim, whether it starts at the axis floor, ends at the axis ceiling, ends in an arrow
        assertThat(bars.stream().map(Object::toString))
                .containsExactlyInAnyOrder("[shape-up-to, true, false, false]", "[shape-at-least, false, true, true]");
        assertThat(page.locator("#claims-table tbody tr").allInnerTexts())
                .containsExactly(
                        "Data\tshape-at-least\tShapes (Analyst estimate)\tat least $3,000,000\tUNSTATED_EXCLUSIONS (Warning)",
                        "Data\tshape-up-to\tShapes (Analyst estimate)\t$0 to $40,000\tUNSTATED_EXCLUSIONS (Warning)",
                        "Final training run\tshape-hours\tShapes (Analyst estimate)\tno value: no on-demand rate for Shape"
                                + " Chip\tUNSTATED_EXCLUSIONS (Warning)");
        assertThat(page.locator(".unvalued").innerText()).isEqualTo("Not drawn, without a value: shape-hours.");
        screenshot(page, "shapes");
    }

    @Test
    void untrustedTextStaysTextAndOnlyHttpAddressesBecomeLinks() throws Exception {
        Researcher.post("""
                {"organizations": [{"key": "web-lab", "name": "Web Lab"}],
                 "models": [{"key": "web-model", "name": "Web <b>Model</b>", "organization": "web-lab"}],
                 "sources": [{"key": "web-hostile", "title": "<img src=x onerror=alert(2)>", "kind": "PRESS",
                              "url": "https://example.org/hostile"},
                             {"key": "web-plain", "title": "A plain source", "kind": "PRESS",
                              "url": "https://example.org/plain"}],
                 "claims": [{"key": "web-claim", "source": "web-hostile", "model": "web-model",
                             "quote": "<script>alert(3)</script> cost USD 1,000", "amountUsd": 1000,
                             "included": ["FINAL_TRAINING_RUN"]},
                            {"key": "web-other", "source": "web-plain", "model": "web-model",
                             "quote": "USD 2,000", "amountUsd": 2000, "included": ["FINAL_TRAINING_RUN"]}]}
                """).statusCode(200);
        // the bundle validation refuses such an address; a database edited by hand can hold one
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update source set url = ? where key = ?")) {
            update.setString(1, "javascript:alert(1)");
            update.setString(2, "web-hostile");
            assertThat(update.executeUpdate()).isEqualTo(1);
        }

        Page page = open("/models/web-model", 1280);
        page.locator("#claims-table").waitFor();
        page.locator("button[data-claim='web-claim']").click();
        page.waitForCondition(() -> page.locator("#details-heading").innerText().contains("web-claim"));

        assertThat(page.locator("h1").innerText()).isEqualTo("Web <b>Model</b>");
        assertThat(page.locator("#claim-details blockquote").innerText())
                .isEqualTo("<script>alert(3)</script> cost USD 1,000");
        assertThat(page.locator("#claim-details").innerText())
                .contains("<img src=x onerror=alert(2)>")
                .contains("javascript:alert(1)");
        assertThat(page.locator("main img, main script, main b").count()).isZero();
        assertThat(page.locator("a[href^='javascript']").count()).isZero();
        assertThat(page.locator("#claim-details a", new Page.LocatorOptions().setHasText("<img"))
                        .count())
                .isZero();

        page.locator("button[data-claim='web-other']").click();
        page.waitForCondition(() -> page.locator("#details-heading").innerText().contains("web-other"));
        assertThat(page.locator("#claim-details a", new Page.LocatorOptions().setHasText("A plain source"))
                        .getAttribute("href"))
                .isEqualTo("https://example.org/plain");
    }

    @Test
    void aModelWithMoreClaimsThanItsListsHoldStillShowsInTheTableAndOnItsPage() {
        // 105 claims: more than Model.claims holds (100), and 60 in one group, more than a comparison lists (50)
        String claims = java.util.stream.IntStream.range(0, 105)
                .mapToObj(i ->
                        "{\"key\": \"many-%03d\", \"source\": \"many-source\", \"model\": \"many-model\",".formatted(i)
                                + " \"quote\": \"USD %d\", \"amountUsd\": %d, \"included\": [\"%s\"]}"
                                        .formatted(1000 + i, 1000 + i, i < 60 ? "DATA" : "PERSONNEL"))
                .collect(java.util.stream.Collectors.joining(", "));
        Researcher.post("{\"organizations\": [{\"key\": \"many-lab\", \"name\": \"Many Lab\"}], \"models\":"
                        + " [{\"key\": \"many-model\", \"name\": \"Many Claims\", \"organization\": \"many-lab\","
                        + " \"releasedOn\": \"2022-05-05\"}], \"sources\": [{\"key\": \"many-source\", \"title\":"
                        + " \"Many\", \"kind\": \"PRESS\"}], \"claims\": [" + claims + "]}")
                .statusCode(200);

        Page page = open("/", 1280);
        page.locator("#models-table").waitFor();
        page.getByLabel("Organization").selectOption("many-lab");
        page.waitForCondition(() -> column(page, "#models-table", 1).equals(List.of("Many Claims")));
        assertThat(column(page, "#models-table", 7)).containsExactly("105");

        navigate(page, "/models/many-model");
        page.locator("#claims-table").waitFor();
        assertThat(page.locator("#claims-table tbody tr").count()).isEqualTo(105);
        // the comparisons cannot be read (a group of 60): each claim shows its stated figure, marked as such
        assertThat(claimRow(page, "many-000"))
                .isEqualTo("Data\tmany-000\tMany (Press)\t$1,000 (not compared)" + "\tUNSTATED_EXCLUSIONS (Warning)");
        assertThat(page.locator(".unvalued").innerText()).isEmpty();
        assertThat(page.locator("[role=status]").first().innerText())
                .startsWith("0 of 105 claims drawn, GPU-hours priced as stated. The chart cannot be drawn: ")
                .contains("Comparison.values");
        // claims of the same categories overlap: each category counts once (many-000 and many-060, by key)
        assertThat(column(page, "#totals-table", 2))
                .containsExactly(
                        "no claim in this scope", "no claim in this scope", "at least $2,060", "at least $2,060");
    }

    @Test
    void listsOverTheirMaximaLeaveTheRestOfTheirPageStanding() {
        // 51 models built on one base (Model.derivedModels holds 50), 51 claims repeating one (Claim.citedBy: 50)
        String derived = java.util.stream.IntStream.range(0, 51)
                .mapToObj(i ->
                        "{\"key\": \"wide-d%02d\", \"name\": \"D%02d\", \"organization\": \"wide-lab\",".formatted(i, i)
                                + " \"baseModel\": \"wide-base\"}")
                .collect(java.util.stream.Collectors.joining(", "));
        String citing = java.util.stream.IntStream.range(0, 51)
                .mapToObj(i -> ("{\"key\": \"wide-c%02d\", \"source\": \"wide-source\", \"model\": \"wide-d%02d\","
                                + " \"quote\": \"USD 1,000\", \"amountUsd\": 1000, \"included\": [\"DATA\"],"
                                + " \"cites\": \"wide-claim\"}")
                        .formatted(i, i))
                .collect(java.util.stream.Collectors.joining(", "));
        Researcher.post("{\"organizations\": [{\"key\": \"wide-lab\", \"name\": \"Wide Lab\"}], \"models\":"
                        + " [{\"key\": \"wide-base\", \"name\": \"Wide Base\", \"organization\": \"wide-lab\"}, "
                        + derived + "], \"sources\": [{\"key\": \"wide-source\", \"title\": \"Wide\", \"kind\":"
                        + " \"PRESS\"}], \"claims\": [{\"key\": \"wide-claim\", \"source\": \"wide-source\","
                        + " \"model\": \"wide-base\", \"quote\": \"USD 1,000\", \"amountUsd\": 1000,"
                        + " \"included\": [\"DATA\"]}, " + citing + "]}")
                .statusCode(200);

        Page page = open("/models/wide-base", 1280);
        page.waitForCondition(() -> status(page).startsWith("1 of 1 claims drawn"));
        assertThat(page.locator("h1").innerText()).isEqualTo("Wide Base");
        assertThat(status(page)).contains("Part of the answer is missing: ").contains("Model.derivedModels");
        assertThat(page.locator("#totals-table tbody tr").nth(3).innerText()).startsWith("All-in\tat least $1,000\t");

        page.locator("button[data-claim='wide-claim']").click();
        page.waitForCondition(() -> page.locator("#details-heading").innerText().contains("wide-claim"));
        assertThat(page.locator("#claim-details blockquote").innerText()).isEqualTo("USD 1,000");
        assertThat(page.locator("#claim-details").innerText().replaceAll("\\s+", " "))
                .contains("Cites No other claim. Cited by Could not be listed: Claim.citedBy holds 51 elements");
    }

    @Test
    void longTextWrapsRatherThanScrollingSideways() {
        String name = "Long".repeat(80);
        Researcher.post("""
                {"organizations": [{"key": "long-lab", "name": "%s"}],
                 "models": [{"key": "long-model", "name": "%s", "organization": "long-lab"}],
                 "sources": [{"key": "long-source", "title": "%s", "kind": "PRESS", "publisher": "%s"}],
                 "claims": [{"key": "long-claim", "source": "long-source", "model": "long-model", "quote": "%s",
                             "locator": "%s", "amountUsd": 5, "included": ["DATA"]}]}
                """.formatted(name, name, name, name, name, name)).statusCode(200);

        for (int width : List.of(375, 1280)) {
            Page page = open("/models/long-model", width);
            page.locator("#claims-table").waitFor();
            page.locator("button[data-claim='long-claim']").click();
            page.locator("#claim-details blockquote").waitFor();
            assertNoSidewaysScroll(page, "at " + width + " px");
            nothingWentWrong();
        }
    }

    @Test
    void aModelWithoutClaimsSaysSoAndAnUnknownKeyIsNotFound() {
        Page page = open("/models/qwen2.5-3b", 1280);
        page.locator("#totals-table").waitFor();
        assertThat(page.locator("[role=status]").first().innerText()).isEqualTo("No claim about this model yet.");
        assertThat(page.locator("canvas, fieldset, #claims-table").count()).isZero();
        assertThat(column(page, "#totals-table", 2)).containsOnly("no claim");

        navigate(page, NOT_FOUND);
        page.locator("h1:text('No such model')").waitFor();
        assertThat(page.title()).isEqualTo("No such model – Cost Ledger");
        assertThat(page.locator("main p.about").innerText())
                .isEqualTo("The ledger has no model with the key no-such-model.");
    }

    @Test
    void thePageIsServedWithAPolicyThatAllowsOnlyTheServicesOwnScriptsAndStyles() {
        for (String path : List.of("/", "/models/deepseek-v3", NOT_FOUND)) {
            RestAssured.given()
                    .get(path)
                    .then()
                    .statusCode(path.equals(NOT_FOUND) ? 404 : 200)
                    .contentType("text/html")
                    .header(
                            "Content-Security-Policy",
                            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                    + " connect-src 'self'; base-uri 'none'; form-action 'none';"
                                    + " frame-ancestors 'none'")
                    .header("X-Content-Type-Options", "nosniff");
        }
        String html = RestAssured.get("/").asString();
        assertThat(RestAssured.get(NOT_FOUND).asString()).isEqualTo(html);
        assertThat(html)
                .contains("<script src=\"/webjars/chart.js/4.5.1/dist/chart.umd.min.js\" defer></script>")
                .doesNotContain("http://", "https://", "style=", "<script>");
    }

    private static double low(Map<String, Object> model) {
        return Double.parseDouble(String.valueOf(((Map<?, ?>) model.get("total")).get("lowUsd")));
    }

    private static List<String> asStrings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
