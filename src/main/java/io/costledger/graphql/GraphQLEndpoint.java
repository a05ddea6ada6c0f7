package io.costledger.graphql;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.costledger.db.ReadSnapshot;
import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.costledger.http.IfNoneMatch;
import io.costledger.http.OriginPolicy;
import io.costledger.json.StrictJson;
import io.costledger.limits.Deadline;
import io.costledger.limits.Limits;
import io.costledger.limits.RequestDeadline;
import io.costledger.security.RequestCredentials;
import io.costledger.security.ResearcherCredentials;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/**
 * {@code /graphql} over HTTP, as the GraphQL-over-HTTP specification has it: queries by GET or POST, mutations by
 * POST only; POST bodies in {@code application/json} only (anything else is 415, so that no page of another site can
 * send one as a form); answers in {@code application/json}, or {@code application/graphql-response+json} for the
 * clients that ask for it. Reads are open to pages of any site (CORS, never with credentials); writes are refused
 * from them. Each request runs on a worker thread in its own request context, with its own deadline, cancelled when
 * the client goes away. This route comes before SmallRye's own, which never runs.
 */
@ApplicationScoped
public class GraphQLEndpoint {

    static final String PATH = "/graphql";
    static final String JSON = "application/json";
    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Inject
    GraphQLExecution execution;

    @Inject
    OriginPolicy origins;

    @Inject
    Limits limits;

    @Inject
    Instance<RequestCredentials> credentials;

    @Inject
    Instance<RequestDeadline> deadlines;

    @Inject
    ETags etags;

    @Inject
    ResearcherCredentials researchers;

    @Inject
    Instance<ReadSnapshot> snapshots;

    void install(@Observes Router router) {
        router.route(PATH).order(-100).handler(this::cors);
        router.route(PATH)
                .order(-99)
                .method(HttpMethod.POST)
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
                .failureHandler(this::bodyFailure);
        router.route(PATH).order(-98).blockingHandler(this::handle, false);
    }

    /** The request header that names the ledger version a read must see at least. */
    public static final String MIN_VERSION = "Ledger-Min-Version";

    /** A {@code Ledger-Min-Version}: a ledger version, a whole number. */
    public static long version(String header) {
        String value = header.trim();
        if (!value.matches("[0-9]{1,15}")) {
            throw new LedgerException(
                    ErrorCode.INVALID_REQUEST,
                    "Ledger-Min-Version must be a ledger version (a whole number, as Ledger-Version answers it).");
        }
        return Long.parseLong(value);
    }

    /** The largest body taken, as Quarkus's own limit (10 MiB). */
    static final long MAX_BODY = 10L * 1024 * 1024;

    private void cors(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.getHeader("Origin") != null) {
            context.response()
                    .putHeader("Access-Control-Allow-Origin", "*")
                    .putHeader("Vary", "Origin")
                    .putHeader("Access-Control-Expose-Headers", "ETag, Ledger-Version");
        }
        if (request.method() == HttpMethod.OPTIONS) {
            context.response()
                    .putHeader("Access-Control-Allow-Methods", "GET, POST")
                    .putHeader("Access-Control-Allow-Headers", "Content-Type, Accept, If-None-Match, " + MIN_VERSION)
                    .putHeader("Access-Control-Max-Age", "86400")
                    .putHeader("Allow", "GET, POST, OPTIONS")
                    .setStatusCode(204)
                    .end();
            return;
        }
        context.next();
    }

    private void bodyFailure(RoutingContext context) {
        boolean tooLarge = context.statusCode() == 413;
        LedgerException failure = tooLarge
                ? new LedgerException(ErrorCode.PAYLOAD_TOO_LARGE, "The body is larger than " + MAX_BODY + " bytes.")
                : new LedgerException(ErrorCode.INVALID_REQUEST, "The body could not be read.");
        send(context, execution.refusal(failure, Caller.UNKNOWN), JSON);
    }

    private void handle(RoutingContext context) {
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            answer(context);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        String media = null;
        Caller caller = Caller.UNKNOWN;
        try {
            media = MediaTypes.answer(request.getHeader("Accept"));
            boolean get = request.method() == HttpMethod.GET;
            String authority =
                    request.authority() == null ? null : request.authority().toString();
            String authorization = request.getHeader("Authorization");
            caller = new Caller(
                    get,
                    origins.isForeign(request.getHeader("Origin"), request.scheme(), authority),
                    GRAPHQL_RESPONSE.equals(media),
                    researchers.matchesHeader(authorization).orElse(false));
            GraphQLRequest graphQL = get
                    ? fromParameters(request.params())
                    : fromBody(request, context.body().buffer());
            credentials.get().set(authorization);
            // read-your-writes: a request that names a version reads at least that version (docs/SCALE.md)
            String atLeast = request.getHeader(MIN_VERSION);
            if (atLeast != null) {
                snapshots.get().atLeast(version(atLeast));
            }
            // a query over GET has an entity tag: while the ledger is at the same version, revalidation costs no query
            String tag = get ? etags.of(graphQL, media).orElse(null) : null;
            if (tag != null && IfNoneMatch.names(request.getHeader("If-None-Match"), tag)) {
                notModified(context, tag);
                return;
            }
            Deadline deadline = deadlines.get().start(limits.queryTimeout());
            request.connection().closeHandler(closed -> deadline.cancel("the client went away"));
            Answer answer = execution.answer(graphQL, caller, deadline);
            if (tag != null && answer.complete() && IfNoneMatch.any(request.getHeader("If-None-Match"))) {
                notModified(context, tag); // "*" holds any answer there is: this one, which is a 200
                return;
            }
            send(context, answer, media, answer.complete() ? tag : null);
        } catch (LedgerException refused) {
            send(context, execution.refusal(refused, caller), media == null ? JSON : media);
        } catch (RuntimeException failure) {
            send(context, execution.failure(failure, caller), media == null ? JSON : media);
        }
    }

    private static GraphQLRequest fromBody(HttpServerRequest request, Buffer body) {
        if (request.method() != HttpMethod.POST) {
            throw new LedgerException(ErrorCode.METHOD_NOT_ALLOWED, "/graphql takes GET and POST.");
        }
        MediaTypes.requireJson(request.getHeader("Content-Type"));
        return GraphQLRequest.of(StrictJson.read(body == null ? new byte[0] : body.getBytes()));
    }

    /** A GET request's parameters as the request's JSON: {@code variables} and {@code extensions} are JSON texts. */
    private static GraphQLRequest fromParameters(MultiMap parameters) {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        for (String name : List.of("query", "operationName", "documentId")) {
            if (parameters.get(name) != null) {
                request.put(name, parameters.get(name));
            }
        }
        for (String name : List.of("variables", "extensions")) {
            String json = parameters.get(name);
            if (json != null && !json.isBlank()) {
                request.set(name, StrictJson.read(json));
            }
        }
        return GraphQLRequest.of(request);
    }

    private static void send(RoutingContext context, Answer answer, String media) {
        send(context, answer, media, null);
    }

    /**
     * Sends an answer; with a tag (a complete answer to a query over GET), one that browsers and CDNs may keep and
     * must revalidate before each use, else one that nobody keeps.
     */
    private static void send(RoutingContext context, Answer answer, String media, String tag) {
        HttpServerResponse response = context.response();
        if (response.ended() || response.closed()) {
            return;
        }
        answer.headers().forEach(response::putHeader);
        if (tag != null) {
            cacheable(response, tag);
        } else {
            response.putHeader("Cache-Control", "no-store");
        }
        response.putHeader("Content-Type", media + "; charset=utf-8")
                .setStatusCode(answer.status())
                .end(Buffer.buffer(answer.body()));
    }

    private static void notModified(RoutingContext context, String tag) {
        HttpServerResponse response = context.response();
        cacheable(response, tag);
        response.setStatusCode(304).end();
    }

    /** Headers of an answer that may be kept and must be revalidated: its tag, and what it varies with. */
    static void cacheable(HttpServerResponse response, String tag) {
        response.putHeader("ETag", tag)
                .putHeader("Cache-Control", "no-cache")
                .putHeader("Vary", "Accept, Origin, Ledger-Min-Version");
    }
}
