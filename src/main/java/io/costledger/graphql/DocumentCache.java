package io.costledger.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLSchema;
import java.util.Map;

/**
 * Parsed and validated documents, by their text: a dashboard's query is parsed and validated once, not once per
 * request. Bounded by the documents' size; a document longer than {@link #LONGEST} is never kept.
 */
final class DocumentCache {

    static final int LONGEST = 64 * 1024;

    /** graphql-java's options for operations, and no number literal longer than a column's. */
    private static final ParserOptions PARSER = ParserOptions.getDefaultOperationParserOptions()
            .transform(options -> options.parsingListener(StrictDecimal.LONG_NUMBERS));

    private final GraphQLSchema schema;
    private final Cache<String, PreparsedDocumentEntry> documents;

    DocumentCache(GraphQLSchema schema, long maxCharacters) {
        this.schema = schema;
        this.documents = Caffeine.newBuilder()
                .maximumWeight(maxCharacters)
                .weigher((String text, PreparsedDocumentEntry entry) -> text.length())
                .build();
    }

    /** The document of {@code query}, parsed and validated against the schema, or its syntax or validation errors. */
    PreparsedDocumentEntry entry(String query) {
        if (query.length() > LONGEST) {
            return parse(query);
        }
        return documents.get(query, this::parse);
    }

    private PreparsedDocumentEntry parse(String query) {
        ParseAndValidateResult result = ParseAndValidate.parseAndValidate(
                schema,
                ExecutionInput.newExecutionInput(query)
                        .graphQLContext(Map.of(ParserOptions.class, PARSER))
                        .build());
        if (result.getSyntaxException() != null) {
            return new PreparsedDocumentEntry(result.getSyntaxException().toInvalidSyntaxError());
        }
        return result.getValidationErrors().isEmpty()
                ? new PreparsedDocumentEntry(result.getDocument())
                : new PreparsedDocumentEntry(result.getDocument(), result.getValidationErrors());
    }
}
