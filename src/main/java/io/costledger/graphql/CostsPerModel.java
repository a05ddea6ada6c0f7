package io.costledger.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field computed over every model of the ledger (a summary): besides what it selects, the query cost charges it one
 * per model, counted when the query is checked, so a summary costs what it reads however few groups it answers.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CostsPerModel {}
