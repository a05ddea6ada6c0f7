package io.costledger.graphql;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A list whose length the request itself sets: it holds at most as many elements as the lists named in
 * {@link #lists} of the argument {@link #argument} of the field that returned its parent (a load report's claims are
 * the bundle's claims). The query cost counts it at that length, known before anything runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface ItemsOf {

    /** The argument of the parent's field. */
    String argument();

    /** The lists of that argument whose elements are counted; all of its lists when empty. */
    String[] lists() default {};
}
