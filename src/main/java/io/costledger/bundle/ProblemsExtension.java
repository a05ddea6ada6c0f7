package io.costledger.bundle;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

/** Adds {@code extensions.problems} to an INVALID_BUNDLE error: each problem's path, item key and message. */
public class ProblemsExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "problems";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        if (!(exception instanceof InvalidBundleException invalid)) {
            return null;
        }
        JsonArrayBuilder problems = Json.createArrayBuilder();
        for (Problem problem : invalid.problems()) {
            JsonObjectBuilder item = Json.createObjectBuilder().add("path", problem.path());
            item.add("key", problem.key() == null ? JsonValue.NULL : Json.createValue(problem.key()));
            problems.add(item.add("message", problem.message()));
        }
        return problems.build();
    }
}
