package io.costledger.ops;

import io.costledger.error.DatabaseOutages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/** Ready only when the database answers and every migration of this build has been applied to it. */
@Readiness
@ApplicationScoped
public class MigrationsReadiness implements HealthCheck {

    private static final String NAME = "Database schema migrations";

    @Inject
    Flyway flyway;

    @Override
    public HealthCheckResponse call() {
        try {
            MigrationInfo[] pending = flyway.info().pending();
            MigrationInfo current = flyway.info().current();
            return HealthCheckResponse.named(NAME)
                    .status(pending.length == 0)
                    .withData(
                            "schemaVersion",
                            current == null ? "none" : current.getVersion().getVersion())
                    .withData("pending", pending.length)
                    .build();
        } catch (RuntimeException unreachable) {
            if (DatabaseOutages.isPoolExhausted(unreachable)) { // busy is not broken
                return HealthCheckResponse.named(NAME)
                        .up()
                        .withData("busy", true)
                        .build();
            }
            return HealthCheckResponse.named(NAME)
                    .down()
                    .withData("error", "database unavailable")
                    .build();
        }
    }
}
