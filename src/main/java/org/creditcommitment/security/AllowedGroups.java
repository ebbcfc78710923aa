package org.creditcommitment.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which groups may call an API handler (method or whole controller). A caller in none of them gets
 * 403. Every controller under /api must carry it: {@link GroupCheckInterceptor} refuses handlers
 * without it, so a forgotten annotation fails closed.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedGroups {
  String[] value();
}
