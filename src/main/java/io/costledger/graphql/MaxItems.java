package io.costledger.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most elements an unpaged list field returns. The query cost counts the list at this size before anything runs;
 * a list that turns out longer is answered with {@code LIST_TOO_LONG}, never cut short. Every list field of the API
 * declares one (on its resolver method or record component); {@code ledger.limits.list-maximum."Type.field"}
 * overrides it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface MaxItems {

    int value();
}
