package io.costledger.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.costledger.http.ErrorShape;
import io.costledger.http.JsonBodies;
import io.costledger.http.OriginPolicy;
import io.costledger.json.StrictJson;
import io.costledger.limits.Alarms;
import io.costledger.limits.Deadline;
import io.costledger.limits.Downloads;
import io.costledger.limits.Limits;
import io.costledger.limits.RequestDeadline;
import io.costledger.security.ResearcherCredentials;
import io.costledger.security.WriteAccess;
import io.costledger.state.LedgerVersion;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The bundle loader over plain HTTP, for {@code curl -u researcher:... --data @bundle.json}, and the export. */
@Path("/bundles")
public class BundleResource {

    @Inject
    LoadService loads;

    @Inject
    BundleExport export;

    @Inject
    BundleSchema schema;

    @Inject
    WriteAccess access;

    @Inject
    OriginPolicy origins;

    @Inject
    RequestDeadline deadline;

    @Inject
    Alarms alarms;

    @Inject
    Limits limits;

    @Inject
    Downloads downloads;

    @Inject
    LedgerVersion ledger;

    @Inject
    ObjectMapper mapper;

    private ObjectWriter writer;

    @PostConstruct
    void init() {
        writer = mapper.copy()
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writerWithDefaultPrettyPrinter();
    }

    @POST
    @Consumes(MediaType.WILDCARD) // the type is checked by JsonBodies, which refuses a missing one too
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Load a bundle",
            description = "Creates, updates and retracts everything in the bundle by key, all or nothing, as the"
                    + " researcher (HTTP Basic). With dryRun=true, checks and reports without writing.")
    @APIResponse(responseCode = "200", description = "The load report: counts, changes and each claim's flags.")
    @APIResponse(
            responseCode = "400",
            description = "MALFORMED_JSON or INVALID_ARGUMENT.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    @APIResponse(
            responseCode = "401",
            description = "UNAUTHORIZED: no or wrong researcher credentials.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    @APIResponse(
            responseCode = "403",
            description = "FORBIDDEN_ORIGIN: a page of another site.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    @APIResponse(
            responseCode = "413",
            description = "PAYLOAD_TOO_LARGE.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    @APIResponse(
            responseCode = "415",
            description = "UNSUPPORTED_MEDIA_TYPE: not application/json.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    @APIResponse(
            responseCode = "422",
            description = "INVALID_BUNDLE, with every problem, each naming its item and field; nothing was written.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    @APIResponse(
            responseCode = "503",
            description = "TIMEOUT or DATABASE_UNAVAILABLE; nothing was written.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    public Response load(
            byte[] body,
            @QueryParam("dryRun") boolean dryRun,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Origin") String origin,
            @HeaderParam("Content-Type") String contentType,
            @Context HttpServerRequest request) {
        JsonBodies.require(contentType, "POST /bundles");
        access.requireResearcher(authorization);
        if (origins.isForeign(
                origin,
                request.scheme(),
                request.authority() == null ? null : request.authority().toString())) {
            throw new LedgerException(
                    ErrorCode.FORBIDDEN_ORIGIN, "Writes are refused from pages of other sites; nothing was written.");
        }
        deadline.start(limits.loadTimeout());
        LoadReport report = loads.load(StrictJson.read(body), ResearcherCredentials.USER, dryRun, false);
        // streamed: the report of a large bundle is tens of megabytes
        StreamingOutput answer = out -> writer.writeValue(out, report);
        return Response.ok(answer, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Export the ledger",
            description = "The whole current ledger as one bundle, sorted by key, streamed from one snapshot.")
    @APIResponse(responseCode = "200", description = "The bundle.")
    @APIResponse(
            responseCode = "503",
            description = "TIMEOUT (before the first bytes; after, the connection is cut), SERVICE_BUSY (as many"
                    + " downloads as run at once; Retry-After) or DATABASE_UNAVAILABLE.",
            content = @Content(schema = @Schema(implementation = ErrorShape.class)))
    public Response export(@Context HttpServerRequest request) {
        Downloads.Download download = downloads.start(request); // SERVICE_BUSY past the downloads' limit
        long version = ledger.now(); // the version the export reads at least, on the replica once it has it
        StreamingOutput stream = out -> {
            try (download;
                    Deadline limit = new Deadline(alarms, limits.downloadTimeout())) {
                export.write(download.guard(out), limit, version);
            } catch (UncheckedIOException gone) {
                Downloads.ended(gone); // the client went away, or stopped reading: the download ends here
            } catch (RuntimeException e) {
                if (request.response().headWritten()) {
                    dropConnection(request);
                }
                throw e;
            }
        };
        return Response.ok(stream, MediaType.APPLICATION_JSON_TYPE)
                .header("Ledger-Version", version)
                .header("Content-Disposition", "inline; filename=\"ledger.json\"")
                .build();
    }

    /**
     * Before the first bytes of a download went out, a failure is answered as usual (a JSON error, 503 for
     * {@code TIMEOUT}). After, the connection is closed before anything else can be written to it: the client sees
     * a broken transfer (no last chunk), never a cut-off ledger, or a ledger followed by an error, that looks whole.
     */
    private static void dropConnection(HttpServerRequest request) {
        try {
            request.connection()
                    .close()
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // closing failed: the connection is gone already
        }
    }

    @GET
    @Path("/schema.json")
    @Produces({"application/schema+json", MediaType.APPLICATION_JSON})
    @Operation(
            summary = "The bundle format",
            description = "The JSON Schema (2020-12) the loader checks every bundle's shape with.")
    @APIResponse(responseCode = "200", description = "The JSON Schema.")
    public Response schema() {
        return Response.ok(json(schema.document()), "application/schema+json").build();
    }

    private byte[] json(Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
