package org.creditcommitment.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler's {@code @PathVariable} or {@code @RequestParam} that holds a business key: {@link KeyScopeInterceptor}
 * applies {@link CaseScope} to it before the handler runs (and before its body is read), so a caller answered 404
 * learns nothing, not even whether the body was valid. A scoped request parameter must be required: a missing key
 * must not list every record.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ScopedKey {}
