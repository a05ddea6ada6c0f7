package io.costledger.history;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FieldChange")
@Description("Values as the bundle would write them (JSON text); null where absent.")
public record FieldChangeView(@NonNull String field, String before, String after) {}
