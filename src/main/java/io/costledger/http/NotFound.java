package io.costledger.http;

import io.costledger.error.ErrorCode;
import io.costledger.error.LedgerException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every address the service does not serve answers 404 in the one error shape, as JSON: the last route of the
 * router, taken only when no other matched.
 */
@ApplicationScoped
public class NotFound {

    void install(@Observes Router router) {
        router.route().last().handler(context -> {
            if (context.response().ended()) {
                return;
            }
            context.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", "application/json")
                    .end(Json.encode(ErrorBody.of(
                            new LedgerException(ErrorCode.NOT_FOUND, "There is nothing at this address."))));
        });
    }
}
