package io.costledger.web;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium, headless, driven by Playwright, which never downloads a browser of its own. The executable is
 * {@code /usr/bin/chromium} unless {@code LEDGER_TEST_BROWSER} names another; {@code .ci/run} installs it.
 */
final class Browser implements AutoCloseable {

    static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("LEDGER_TEST_BROWSER", "/usr/bin/chromium"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser chromium) {
        this.playwright = playwright;
        this.chromium = chromium;
    }

    static Browser launch() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("The browser tests need Chromium at " + EXECUTABLE + ": install Debian's"
                    + " package (apt-get install chromium; .ci/run does) or name another Chromium in"
                    + " LEDGER_TEST_BROWSER.");
        }
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        com.microsoft.playwright.Browser chromium = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
        return new Browser(playwright, chromium);
    }

    /** A page of its own (a fresh context: no cache, no cookies) that records what went wrong while it ran. */
    Watched open(int width, int height) {
        BrowserContext context = chromium.newContext(
                new NewContextOptions().setViewportSize(width, height).setLocale("de-DE"));
        return new Watched(context, context.newPage());
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }

    /** A page with the console errors, failed requests, error answers and dialogs seen on it. */
    static final class Watched implements AutoCloseable {

        final Page page;
        private final BrowserContext context;
        final List<String> problems = new ArrayList<>();
        private final List<String> expected = new ArrayList<>();

        Watched(BrowserContext context, Page page) {
            this.context = context;
            this.page = page;
            page.onConsoleMessage(message -> {
                if (message.type().equals("error")) {
                    problems.add("console error: " + message.text());
                }
            });
            page.onPageError(error -> problems.add("script error: " + error));
            page.onRequestFailed(request -> problems.add("failed request: " + request.url() + " " + request.failure()));
            page.onResponse(response -> {
                if (response.status() >= 400) {
                    problems.add("answer " + response.status() + ": " + response.url());
                }
            });
            page.onDialog(dialog -> {
                problems.add("dialog: " + dialog.message());
                dialog.dismiss();
            });
        }

        /** A problem this page is meant to show once (a 404 page's own answer, and the console's note of it). */
        void expect(String problem) {
            expected.add(problem);
        }

        /** What went wrong besides what was expected. */
        List<String> unexpected() {
            List<String> left = new ArrayList<>(problems);
            for (String problem : expected) {
                left.remove(problem);
                if (problem.startsWith("answer 404: ")) {
                    left.remove("console error: Failed to load resource: the server responded with a status of 404"
                            + " (Not Found)");
                }
            }
            return left;
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
