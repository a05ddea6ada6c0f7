package io.costledger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /q/openapi describes every REST endpoint with its answers, errors included. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyRestEndpointIsDescribedWithItsAnswers() {
        JsonPath openApi = new JsonPath(given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        Map<String, Object> paths = openApi.getMap("paths");

        assertThat(paths)
                .containsOnlyKeys("/bundles", "/bundles/export", "/bundles/schema.json", "/claims.csv", "/models.csv");
        assertThat(openApi.getMap("paths.'/models.csv'.get.responses")).containsOnlyKeys("200", "304", "400", "503");
        assertThat(openApi.getMap("paths.'/bundles'.post.responses"))
                .containsOnlyKeys("200", "400", "401", "403", "413", "415", "422", "503");
        assertThat(openApi.getMap("paths.'/bundles/export'.get.responses")).containsOnlyKeys("200", "503");
        assertThat(openApi.getMap("paths.'/bundles/schema.json'.get.responses")).containsOnlyKeys("200");
        assertThat(openApi.getMap("paths.'/claims.csv'.get.responses")).containsOnlyKeys("200", "304", "400", "503");
        assertThat(openApi.getString("paths.'/bundles'.post.responses.'422'.content.'application/json'.schema.$ref"))
                .isEqualTo("#/components/schemas/Error");
        assertThat(openApi.getList("components.schemas.Error.required")).containsExactlyInAnyOrder("code", "message");
    }
}
