package io.costledger.graphql;

import static graphql.util.TreeTransformerUtil.changeNode;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fields marked {@code @Deprecated} in Java are deprecated in the executable schema too, so that introspection (what
 * GraphiQL and code generators read) says so: SmallRye prints the directive but leaves the field's deprecation unset.
 * The reason is the sentence of the field's description that starts with "Use" (which names the replacement), else
 * GraphQL's default.
 */
final class Deprecations {

    static final String DEFAULT_REASON = "No longer supported";
    private static final Pattern USE = Pattern.compile("(Use [^.]*\\.)");

    private Deprecations() {}

    static GraphQLSchema apply(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(
                    GraphQLFieldDefinition field, TraverserContext<GraphQLSchemaElement> context) {
                if (field.isDeprecated() || !marked(field)) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, field.transform(builder -> builder.deprecate(reason(field))));
            }
        });
    }

    /** Whether SmallRye put the directive on the field (as an applied directive, or as a directive: it varies). */
    @SuppressWarnings("deprecation")
    private static boolean marked(GraphQLFieldDefinition field) {
        return field.hasAppliedDirective("deprecated") || field.hasDirective("deprecated");
    }

    /** The sentence of the description that names the replacement, else the default reason. */
    static String reason(GraphQLFieldDefinition field) {
        String description = field.getDescription();
        Matcher use = USE.matcher(description == null ? "" : description);
        return use.find() ? use.group(1) : DEFAULT_REASON;
    }
}
