package io.costledger.http;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which pages may write. A browser names the page a request comes from in {@code Origin}; a write is refused when it
 * names another origin than the service's own (scheme and host of the request) or one configured in
 * {@code ledger.http.allowed-origins}. Requests without {@code Origin} (curl, scripts, same-origin GETs) are not
 * from another site's page.
 */
@ApplicationScoped
public class OriginPolicy {

    /** The origins besides the service's own that may write, for example a researchers' front end. */
    @ConfigMapping(prefix = "ledger.http")
    public interface Settings {
        Optional<List<String>> allowedOrigins();
    }

    @Inject
    Settings settings;

    /** Whether a request with this {@code Origin}, sent to {@code scheme://host}, comes from another site's page. */
    public boolean isForeign(String origin, String scheme, String host) {
        if (origin == null) {
            return false;
        }
        String normalized = origin.trim().toLowerCase(Locale.ROOT);
        if (host != null && normalized.equals((scheme + "://" + host).toLowerCase(Locale.ROOT))) {
            return false;
        }
        return settings.allowedOrigins().orElse(List.of()).stream()
                .noneMatch(allowed -> allowed.trim().toLowerCase(Locale.ROOT).equals(normalized));
    }
}
