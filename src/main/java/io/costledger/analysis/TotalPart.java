package io.costledger.analysis;

import java.util.List;

/** One model's share of a scoped total: the model and the claims about it. */
public record TotalPart(String model, List<AssessedClaim> claims) {

    public TotalPart {
        claims = List.copyOf(claims);
    }
}
