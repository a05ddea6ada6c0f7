package io.costledger.web;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The page's time to first chart, measured in Debian's Chromium: for each address, {@code runs} loads, each in a fresh
 * browser context (nothing cached), reading the page's own performance marks (milliseconds from the start of the
 * navigation). Run by {@code bench/page.sh}; not a test.
 *
 * <pre>java -cp ... io.costledger.web.PageTiming RUNS URL...</pre>
 */
public final class PageTiming {

    private PageTiming() {}

    public static void main(String[] arguments) {
        int runs = Integer.parseInt(arguments[0]);
        try (Browser browser = Browser.launch()) {
            for (int a = 1; a < arguments.length; a++) {
                measure(browser, arguments[a], runs);
            }
        }
    }

    private static void measure(Browser browser, String url, int runs) {
        List<Double> firstChart = new ArrayList<>();
        List<Double> allPoints = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            try (Browser.Watched watched = browser.open(1280, 900)) {
                Page page = watched.page;
                page.navigate(url);
                // polled from here: a function waited for in the page would be an eval, which the page's policy refuses
                page.waitForCondition(
                        () -> marked(page, "ledger:first-chart"),
                        new Page.WaitForConditionOptions().setTimeout(120_000));
                firstChart.add(mark(page, "ledger:first-chart"));
                if (url.replaceAll("[?#].*", "").endsWith("/")) {
                    page.waitForCondition(
                            () -> marked(page, "ledger:all-points"),
                            new Page.WaitForConditionOptions().setTimeout(300_000));
                    allPoints.add(mark(page, "ledger:all-points"));
                }
                if (!watched.problems.isEmpty()) {
                    throw new IllegalStateException(url + ": " + watched.problems);
                }
            }
        }
        System.out.println(url + "\n  first chart: " + summary(firstChart)
                + (allPoints.isEmpty() ? "" : "\n  every point drawn: " + summary(allPoints)));
    }

    private static boolean marked(Page page, String name) {
        return Boolean.TRUE.equals(page.evaluate("name => performance.getEntriesByName(name).length > 0", name));
    }

    private static double mark(Page page, String name) {
        return ((Number) page.evaluate("name => performance.getEntriesByName(name)[0].startTime", name)).doubleValue();
    }

    private static String summary(List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        double median = sorted.size() % 2 == 1
                ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        return String.format(
                Locale.ROOT,
                "median %.0f ms, min %.0f, max %.0f over %d loads (first load included)",
                median,
                sorted.get(0),
                sorted.get(sorted.size() - 1),
                sorted.size());
    }
}
