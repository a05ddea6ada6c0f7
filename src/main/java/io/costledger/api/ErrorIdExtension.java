package io.costledger.api;

import io.smallrye.graphql.api.ErrorExtensionProvider;
import jakarta.json.Json;
import jakarta.json.JsonValue;

/** Adds {@code extensions.errorId} to an unexpected error: the id its cause was logged under. */
public class ErrorIdExtension implements ErrorExtensionProvider {

    @Override
    public String getKey() {
        return "errorId";
    }

    @Override
    public JsonValue mapValueFrom(Throwable exception) {
        return exception instanceof UnexpectedErrorException unexpected ? Json.createValue(unexpected.errorId()) : null;
    }
}
