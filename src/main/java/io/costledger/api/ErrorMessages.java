package io.costledger.api;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last look at every GraphQL answer, so that nothing of the service's insides reaches the caller: messages that
 * SmallRye builds from Java values (an argument that does not convert prints graphql-java's syntax tree, {@code
 * StringValue{value='ten'}}) are said in the caller's terms.
 */
final class ErrorMessages {

    private ErrorMessages() {}

    private static final Pattern ARGUMENT = Pattern.compile(
            "argument '(\\w+)' with value '.*' is not a valid '(?:Unknown Scalar Type \\[)?([\\w.]+)]?'",
            Pattern.DOTALL);
    /** A fully qualified Java name, or the toString of a syntax tree node. */
    private static final Pattern INSIDES =
            Pattern.compile("\\b(?:java|javax|jakarta|io|org|com)\\.[a-z]\\w*\\.|\\w+Value\\{");

    /** The answer with its error messages said in the caller's terms. */
    static ExecutionResult reword(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        List<GraphQLError> errors =
                result.getErrors().stream().map(ErrorMessages::clean).toList();
        if (errors.equals(result.getErrors())) {
            return result;
        }
        // an argument that did not convert leaves its non-null field null: that consequence says nothing new
        List<GraphQLError> reported = errors.stream()
                .filter(error -> error.getErrorType() != ErrorType.NullValueInNonNullableField)
                .toList();
        return result.transform(builder -> builder.errors(reported));
    }

    private static GraphQLError clean(GraphQLError error) {
        if (error.getMessage() == null || !INSIDES.matcher(error.getMessage()).find()) {
            return error;
        }
        Matcher argument = ARGUMENT.matcher(error.getMessage());
        String message = argument.find()
                ? "Argument '" + argument.group(1) + "' is not a valid " + simpleName(argument.group(2)) + "."
                : "The request could not be processed as sent; check the arguments' types.";
        return GraphqlErrorBuilder.newError()
                .message(message)
                .locations(error.getLocations())
                .path(error.getPath())
                .errorType(ErrorType.ValidationError)
                .extensions(Map.of("code", "INVALID_ARGUMENT"))
                .build();
    }

    private static String simpleName(String type) {
        String name = type.substring(type.lastIndexOf('.') + 1);
        return name.equals("Bundle") ? "BundleInput" : name;
    }
}
