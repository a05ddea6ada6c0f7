package io.costledger.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** The one researcher account: user {@code researcher} and the configured password, if there is one. */
@ApplicationScoped
public class ResearcherCredentials {

    public static final String USER = "researcher";
    public static final String ROLE = "researcher";

    @Inject
    ResearcherConfig config;

    /** Whether these are the researcher's credentials; never, when no password is configured. */
    public boolean matches(String user, char[] password) {
        return config.password()
                .filter(expected -> !expected.isEmpty())
                .map(expected -> USER.equals(user)
                        && MessageDigest.isEqual(
                                expected.getBytes(StandardCharsets.UTF_8),
                                new String(password).getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    /**
     * What an {@code Authorization} header says: empty without Basic credentials, else whether they match.
     */
    public Optional<Boolean> matchesHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.of(false);
        }
        int colon = decoded.indexOf(':');
        return Optional.of(colon >= 0
                && matches(
                        decoded.substring(0, colon),
                        decoded.substring(colon + 1).toCharArray()));
    }
}
