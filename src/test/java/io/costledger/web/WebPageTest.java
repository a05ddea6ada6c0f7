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
            List<String> problems = new ArrayList<>(watched.problems);
            watched.close();
            watched = null;
            assertThat(problems)
                    .as("console errors, failed requests and dialogs")
                    .isEmpty();
        }
    }

    private Page open(String path, int width) {
        watched = browser.open(width, 900);
        Page page = watched.page;
        page.navigate(root.toString().replaceAll("/$", "") + path);
        return page;
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

        page.getByLabel("Organization").selectOption("");
        page.waitForCondition(() -> column(page, "#models-table", 1).size() == 25);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Released"))
                .click();
        page.waitForCondition(() ->
                page.locator("#models-table caption").innerText().equals("Models, sorted by released, ascending"));
        List<String> firstPage = column(page, "#models-table", 1);
        List<String> dates = column(page, "#models-table", 3);
        assertThat(dates).isSortedAccordingTo(Comparator.naturalOrder()).first().isEqualTo("2017-01-01");
        JsonPath models = GraphQL.data(
                "{ models(first: 500, orderBy: [{field: RELEASED_ON}]) { totalCount" + " nodes { name } } }");
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

        page.getByLabel("On-demand").check();
        page.waitForCondition(() -> column(page, "#totals-table", 2).contains("$9,534,960"));
        assertThat(page.locator("#totals-table tbody tr").nth(1).innerText())
                .isEqualTo("Training\t$9,534,960\tcomplete");
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
        String row2024 = page.locator("#trends-table tbody tr", new Page.LocatorOptions().setHasText("2024"))
                .innerText();
        assertThat(row2024).contains(summary.getString("summary.find { it.year == 2024 }.largest.model.name"));
        Object points = page.evaluate(
                "() => Chart.getChart('trends-chart').data.datasets" + ".reduce((n, set) => n + set.data.length, 0)");
        assertThat(page.locator("#trends .status").innerText()).isEqualTo(points + " models drawn");
        assertThat(((Number) points).intValue()).isGreaterThan(30);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/models/deepseek-v3"})
    void nothingScrollsSidewaysAtPhoneWidth(String path) {
        Page page = open(path, 375);
        page.locator("main table").first().waitFor();
        page.waitForLoadState();

        Object overflow = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]");
        List<?> widths = (List<?>) overflow;
        assertThat(((Number) widths.get(0)).intValue()).isLessThanOrEqualTo(((Number) widths.get(1)).intValue());
        screenshot(page, "phone" + path.replace('/', '-'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/models/deepseek-v3"})
    void axeFindsNoSeriousOrCriticalViolation(String path) {
        Page page = open(path, 1280);
        page.locator("main table").first().waitFor();

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
    void thePageIsServedWithAPolicyThatAllowsOnlyTheServicesOwnScriptsAndStyles() {
        for (String path : List.of("/", "/models/deepseek-v3", "/models/no-such-model")) {
            RestAssured.given()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("text/html")
                    .header(
                            "Content-Security-Policy",
                            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
                                    + " connect-src 'self'; base-uri 'none'; form-action 'none';"
                                    + " frame-ancestors 'none'")
                    .header("X-Content-Type-Options", "nosniff");
        }
        String html = RestAssured.get("/").asString();
        assertThat(html)
                .contains("<script src=\"/webjars/chart.js/4.5.1/dist/chart.umd.min.js\" defer></script>")
                .doesNotContain("http://", "https://", "style=", "<script>");
    }

    private static List<String> asStrings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }
}
