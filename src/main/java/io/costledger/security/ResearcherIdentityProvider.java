package io.costledger.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** HTTP Basic for the REST endpoints: the researcher account, or no one. */
@ApplicationScoped
public class ResearcherIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    ResearcherCredentials credentials;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!credentials.matches(request.getUsername(), request.getPassword().getPassword())) {
            return Uni.createFrom().failure(new AuthenticationFailedException("Wrong user or password."));
        }
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(ResearcherCredentials.USER))
                        .addRole(ResearcherCredentials.ROLE)
                        .build());
    }
}
