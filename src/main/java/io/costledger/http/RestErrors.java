package io.costledger.http;

import io.costledger.error.ErrorCode;
import io.costledger.error.Failures;
import io.costledger.error.LedgerException;
import io.costledger.security.WriteAccess;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure of a REST endpoint answered in the one error shape ({@link ErrorBody}), with its status. */
public class RestErrors {

    @ServerExceptionMapper
    public Response ledger(LedgerException failure) {
        Response.ResponseBuilder response = Response.status(failure.code().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(failure));
        if (failure.code() == ErrorCode.UNAUTHORIZED) {
            response.header("WWW-Authenticate", WriteAccess.CHALLENGE);
        }
        if (failure.code() == ErrorCode.DATABASE_UNAVAILABLE) {
            response.header("Retry-After", "5");
        }
        if (failure.code() == ErrorCode.SERVICE_BUSY) {
            response.header("Retry-After", "1");
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException failure) {
        int status = failure.getResponse().getStatus();
        ErrorCode code;
        if (failure instanceof NotFoundException) {
            code = ErrorCode.NOT_FOUND;
        } else if (failure instanceof NotAllowedException) {
            code = ErrorCode.METHOD_NOT_ALLOWED;
        } else if (failure instanceof NotAcceptableException) {
            code = ErrorCode.NOT_ACCEPTABLE;
        } else if (failure instanceof NotSupportedException) {
            code = ErrorCode.UNSUPPORTED_MEDIA_TYPE;
        } else if (status == 413) {
            code = ErrorCode.PAYLOAD_TOO_LARGE;
        } else {
            code = status >= 500 ? null : ErrorCode.MALFORMED_JSON;
        }
        if (code == null) {
            return ledger(Failures.answer(failure));
        }
        Response.ResponseBuilder response = Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(new LedgerException(code, message(code))));
        if (failure instanceof NotAllowedException) {
            response.header("Allow", failure.getResponse().getHeaderString("Allow"));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure) {
        return ledger(Failures.answer(failure));
    }

    private static String message(ErrorCode code) {
        return Map.of(
                        ErrorCode.NOT_FOUND, "There is nothing at this address.",
                        ErrorCode.METHOD_NOT_ALLOWED, "This address does not take this method.",
                        ErrorCode.NOT_ACCEPTABLE,
                                "This address answers in none of the media types the request accepts.",
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE, "This address takes application/json bodies only.",
                        ErrorCode.PAYLOAD_TOO_LARGE, "The body is larger than the service takes.")
                .getOrDefault(code, "The request could not be read.");
    }
}
