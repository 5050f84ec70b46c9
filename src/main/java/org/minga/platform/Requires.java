package org.minga.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The capability a page or API handler needs. On a controller class it applies to every handler that does not
 * declare its own. A handler with no declaration is refused (and the authorization matrix test fails on it).
 * Several capabilities mean any one of them is enough.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {
    Capability[] value();
}
