package io.costledger.security;

import jakarta.enterprise.context.RequestScoped;

/** The {@code Authorization} header of the current GraphQL request, for the mutations that check it. */
@RequestScoped
public class RequestCredentials {

    private String authorization;

    public void set(String header) {
        this.authorization = header;
    }

    public String authorization() {
        return authorization;
    }
}
