package io.costledger.ops;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.introspection.IntrospectionQuery;
import io.costledger.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

/** Queries too deep or too costly are refused before any database work; the GraphQL UI's introspection is not. */
@QuarkusTest
class QueryLimitsTest {

    @Inject
    SessionFactory sessionFactory;

    private static String nested(int levels) {
        return "{ claims { nodes { " + "cites { ".repeat(levels) + "key" + " }".repeat(levels) + " } } }";
    }

    @Test
    void tooDeepIsRefusedWithoutTouchingTheDatabase() {
        sessionFactory.getStatistics().clear();

        JsonPath error =
                new JsonPath(GraphQL.post(nested(30), Map.of()).extract().asString());

        assertThat(error.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_DEEP");
        assertThat(error.getString("errors[0].message"))
                .isEqualTo("The query nests fields 33 levels deep; at most 20 are allowed. Ask for less at once, or"
                        + " follow keys with separate queries.");
        assertThat(error.getString("data")).isNull();
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).isZero();
    }

    @Test
    void tooComplexIsRefusedWithoutTouchingTheDatabase() {
        sessionFactory.getStatistics().clear();
        String page = "(first: 500) { nodes { claims { key quote flags { code message } source { title claims {"
                + " key quote coverage { coverage } } } } } }";
        String costly = "{ a: models" + page + " b: models" + page + " c: models" + page + " }";

        JsonPath error = new JsonPath(GraphQL.post(costly, Map.of()).extract().asString());

        assertThat(error.getString("errors[0].extensions.code")).isEqualTo("QUERY_TOO_COMPLEX");
        assertThat(error.getString("errors[0].message")).startsWith("The query would cost 21003 ");
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).isZero();
    }

    @Test
    void theDeepestQueryAllowedStillRuns() {
        assertThat(GraphQL.data(nested(17)).getList("claims.nodes")).isNotEmpty();
    }

    @Test
    void theGraphQLUIsIntrospectionIsAllowed() {
        JsonPath schema = GraphQL.data(IntrospectionQuery.INTROSPECTION_QUERY);

        assertThat(schema.getString("__schema.queryType.name")).isEqualTo("Query");
        assertThat(schema.getString("__schema.mutationType.name")).isEqualTo("Mutation");
    }
}
