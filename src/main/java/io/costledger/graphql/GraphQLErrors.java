package io.costledger.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.language.SourceLocation;
import graphql.validation.ValidationError;
import io.costledger.error.ErrorCode;
import io.costledger.error.Failures;
import io.costledger.error.LedgerException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Every GraphQL error in one shape: {@code message}, {@code locations} and {@code path} where they apply, and
 * {@code extensions} with a {@code code} always and other facts (a bundle's {@code problems}, an {@code errorId})
 * only where they exist; never a Java class, a library's classification or a null field.
 */
final class GraphQLErrors implements DataFetcherExceptionHandler {

    private static final Logger LOG = Logger.getLogger("io.costledger.errors");
    /** graphql-java's prefix of a validation message: its rule's class name and the path. */
    private static final java.util.regex.Pattern VALIDATION_PREFIX =
            java.util.regex.Pattern.compile("^Validation error \\([^)]*\\) ?: ");

    private static final java.util.regex.Pattern SMALLRYE_ID = java.util.regex.Pattern.compile("SRGQL\\d+: ?");

    /** A resolver failed: its field is null and the error says why, in the caller's terms. */
    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        LedgerException answer = Failures.answer(parameters.getException());
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(answer.getMessage())
                .path(parameters.getPath())
                .location(parameters.getSourceLocation())
                .extensions(extensions(answer))
                .build();
        return CompletableFuture.completedFuture(
                DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    static Map<String, Object> extensions(LedgerException answer) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", answer.code().name());
        extensions.putAll(answer.extensions());
        return extensions;
    }

    /** The errors of an answer as written: graphql-java's own errors get a code and lose their prefixes. */
    static List<Map<String, Object>> shape(List<? extends GraphQLError> errors) {
        boolean others =
                errors.stream().anyMatch(error -> error.getErrorType() != ErrorType.NullValueInNonNullableField);
        List<Map<String, Object>> shaped = new ArrayList<>();
        for (GraphQLError error : errors) {
            if (error.getErrorType() == ErrorType.NullValueInNonNullableField) {
                if (others) {
                    continue; // the consequence of another error, which says why
                }
                LOG.errorf("A resolver returned null for a non-null field: %s", error.getMessage());
            }
            shaped.add(shape(error));
        }
        return shaped;
    }

    static Map<String, Object> shape(GraphQLError error) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("message", message(error));
        List<SourceLocation> locations = error.getLocations();
        if (locations != null && !locations.isEmpty()) {
            shaped.put(
                    "locations",
                    locations.stream()
                            .map(location -> Map.of("line", location.getLine(), "column", location.getColumn()))
                            .toList());
        }
        if (error.getPath() != null && !error.getPath().isEmpty()) {
            shaped.put("path", error.getPath());
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code(error).name());
        if (error.getExtensions() != null) {
            error.getExtensions().forEach((key, value) -> {
                if (value != null && !key.equals("classification")) {
                    extensions.put(key, value);
                }
            });
        }
        shaped.put("extensions", extensions);
        return shaped;
    }

    /** A request error that stops a request before execution. */
    static Map<String, Object> shape(LedgerException failure) {
        Map<String, Object> shaped = new LinkedHashMap<>();
        shaped.put("message", failure.getMessage());
        shaped.put("extensions", extensions(failure));
        return shaped;
    }

    static ErrorCode code(GraphQLError error) {
        Object code =
                error.getExtensions() == null ? null : error.getExtensions().get("code");
        if (code != null) {
            return ErrorCode.valueOf(code.toString());
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.InvalidSyntax) {
            return ErrorCode.GRAPHQL_PARSE_FAILED;
        }
        if (type == ErrorType.ValidationError) {
            return ErrorCode.GRAPHQL_VALIDATION_FAILED;
        }
        return ErrorCode.INTERNAL_ERROR;
    }

    private static String message(GraphQLError error) {
        if (error instanceof ValidationError validation && validation.getDescription() != null) {
            return clean(VALIDATION_PREFIX.matcher(validation.getDescription()).replaceFirst(""));
        }
        if (error.getErrorType() == ErrorType.NullValueInNonNullableField) {
            return "Unexpected error: a field the schema promises was not produced; it was logged.";
        }
        return clean(error.getMessage());
    }

    /** A library's message without its message id (SmallRye's scalars prefix theirs with {@code SRGQL000000: }). */
    static String clean(String message) {
        return message == null ? "" : SMALLRYE_ID.matcher(message).replaceAll("");
    }
}
