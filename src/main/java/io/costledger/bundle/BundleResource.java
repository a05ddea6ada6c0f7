package io.costledger.bundle;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.costledger.analysis.Flag;
import io.costledger.api.ApiErrors;
import io.costledger.api.DatabaseUnavailableException;
import io.costledger.api.UnexpectedErrorException;
import io.costledger.claim.ClaimAnalysis;
import io.costledger.claim.ClaimQueries;
import io.costledger.claim.ClaimView;
import io.costledger.security.ResearcherCredentials;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The bundle loader over plain HTTP, for {@code curl -u researcher:... --data @bundle.json}, and the export. */
@Path("/bundles")
@ApiErrors.Guarded
public class BundleResource {

    @Inject
    BundleService bundles;

    @Inject
    BundleExport export;

    @Inject
    ClaimQueries claims;

    @Inject
    ObjectMapper mapper;

    private BundleDocument document;
    private ObjectWriter writer;

    /** A claim of the report: its key and the flags it carries as stored. */
    public record ClaimVerdict(String key, List<Flag> flags) {}

    /** The answer to a load, the same as the GraphQL {@code LoadReport}. */
    public record LoadReport(int created, int updated, int unchanged, List<ClaimVerdict> claims) {}

    /** The answer to a refused bundle: every problem, each with where it is and what is wrong. */
    public record ErrorReport(String code, String message, List<Problem> problems) {}

    @PostConstruct
    void init() {
        document = new BundleDocument(mapper);
        writer = mapper.copy()
                .setSerializationInclusion(JsonInclude.Include.NON_NULL)
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .writerWithDefaultPrettyPrinter();
    }

    @POST
    @RolesAllowed(ResearcherCredentials.ROLE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LoadReport load(String body) {
        LoadResult result = bundles.load(document.read(body));
        Map<Long, ClaimView> stored = claims.byIds(result.claimIds());
        return new LoadReport(
                result.created(),
                result.updated(),
                result.unchanged(),
                result.claimIds().stream()
                        .map(stored::get)
                        .map(claim -> new ClaimVerdict(claim.key(), ClaimAnalysis.flags(claim)))
                        .toList());
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    public String export() {
        try {
            return writer.writeValueAsString(export.export());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ServerExceptionMapper
    public RestResponse<ErrorReport> invalid(InvalidBundleException e) {
        return RestResponse.ResponseBuilder.<ErrorReport>create(422, "Unprocessable Content")
                .entity(new ErrorReport("INVALID_BUNDLE", e.getMessage(), e.problems()))
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorReport> unavailable(DatabaseUnavailableException e) {
        return RestResponse.ResponseBuilder.<ErrorReport>create(RestResponse.Status.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .entity(new ErrorReport("DATABASE_UNAVAILABLE", e.getMessage(), List.of()))
                .build();
    }

    @ServerExceptionMapper
    public RestResponse<Map<String, String>> unexpected(UnexpectedErrorException e) {
        return RestResponse.status(
                RestResponse.Status.INTERNAL_SERVER_ERROR,
                Map.of("code", "INTERNAL_ERROR", "message", e.getMessage(), "errorId", e.errorId()));
    }

    @ServerExceptionMapper
    public RestResponse<ErrorReport> malformed(MalformedBundleException e) {
        return RestResponse.status(
                RestResponse.Status.BAD_REQUEST, new ErrorReport("MALFORMED_JSON", e.getMessage(), List.of()));
    }
}
