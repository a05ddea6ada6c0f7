package io.costledger.http;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shape of every REST error answer ({@link ErrorBody}), as the OpenAPI description shows it. */
@Schema(name = "Error", description = "A REST error: its code, a message that says what is wrong and where.")
public record ErrorShape(
        @Schema(required = true, description = "One of the ErrorCode names, e.g. INVALID_BUNDLE.")
        String code,

        @Schema(required = true) String message,

        @Schema(description = "For INVALID_BUNDLE: every problem, each with its path, key and message.")
        List<Map<String, Object>> problems,

        @Schema(description = "For INTERNAL_ERROR: the id under which the failure was logged.")
        String errorId) {}
