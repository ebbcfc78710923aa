package org.creditcommitment.system;

import java.io.IOException;

/**
 * Thrown while a body is read past its limit (see {@link LimitedRequest}); ProblemHandler answers 413 when a
 * parser wraps it, {@link BodyLimitFilter} when it reaches the filter or was swallowed on the way.
 */
final class BodyTooLarge extends IOException {

  BodyTooLarge(long limit) {
    super("Request body larger than " + limit + " bytes");
  }
}
