package io.costledger.web;

import io.costledger.http.Parameters;
import io.costledger.model.ModelQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The ledger's web page: one HTML document at {@code /} and at {@code /models/{key}} (its script reads the address;
 * a key the ledger does not hold answers 404 with the same page, which says so), its script and styles under
 * {@code /app/}, and the chart library from its webjar, every byte served by the service. The page reads the public
 * GraphQL API like any other client. The document is sent with a Content-Security-Policy that lets it run only the
 * service's own scripts and styles and talk only to the service.
 */
@Path("/")
@ApplicationScoped
public class WebPage {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none';"
            + " frame-ancestors 'none'";

    private static final String CHART_JS = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private final byte[] document = html().getBytes(StandardCharsets.UTF_8);

    @Inject
    ModelQueries models;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response home() {
        return page(Response.Status.OK);
    }

    @GET
    @Path("models/{key}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response model(@PathParam("key") String key) {
        Parameters.storable("key", key); // a NUL or a lone surrogate is a bad request, not a question to the database
        return page(models.byKey(key).isPresent() ? Response.Status.OK : Response.Status.NOT_FOUND);
    }

    private Response page(Response.Status status) {
        return Response.status(status)
                .type("text/html; charset=utf-8")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-cache")
                .entity(document)
                .build();
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
