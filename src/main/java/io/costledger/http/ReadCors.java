package io.costledger.http;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Reads are open to pages of any site: a GET of a REST endpoint (the export, the bundle schema, the downloads) may
 * be read cross-origin, never with credentials. Writes get no CORS header at all.
 */
@Provider
public class ReadCors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        if (read && request.getHeaderString("Origin") != null) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", "*");
            response.getHeaders().putSingle("Access-Control-Expose-Headers", "ETag");
            response.getHeaders().add("Vary", "Origin");
        }
    }
}
