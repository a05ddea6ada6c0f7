package io.costledger.total;

import org.eclipse.microprofile.graphql.Enum;

/** How a summary groups the models. */
@Enum("SummaryGroupBy")
public enum SummaryGroupBy {
    /** By release year; the models without a release date form a group of their own, last. */
    YEAR,
    /** By organization, in key order. */
    ORGANIZATION
}
