package io.costledger.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The ledger's web page: one HTML document at {@code /} and at {@code /models/{key}} (its script reads the address),
 * its script and styles under {@code /app/}, and the chart library from its webjar, every byte served by the service.
 * The page reads the public GraphQL API like any other client. The document is sent with a Content-Security-Policy
 * that lets it run only the service's own scripts and styles and talk only to the service.
 */
@ApplicationScoped
public class WebPage {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private static final String CHART_JS = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private final Buffer document = Buffer.buffer(html());

    void install(@Observes Router router) {
        router.route("/").method(HttpMethod.GET).method(HttpMethod.HEAD).handler(this::page);
        router.routeWithRegex("/models/[^/]+")
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(this::page);
    }

    private void page(RoutingContext context) {
        context.response()
                .putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("Cache-Control", "no-cache")
                .end(document);
    }

    /** The page, naming the chart library at the version on the class path. */
    private static String html() {
        return read("web/index.html").replace("{{chart.js}}", chartJsVersion());
    }

    private static String chartJsVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource(CHART_JS)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    private static String read(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("The web page needs " + name + " on the class path");
        }
        return in;
    }
}
