package io.costledger.hardware;

import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** The electricity price of a year, USD per kWh (SEMANTICS.md part 3). */
@Type("ElectricityPrice")
public record ElectricityPriceView(
        @Ignore long id,
        int year,
        @NonNull BigDecimal usdPerKwh,
        @Ignore Long sourceId) {}
