package org.creditcommitment;

import java.util.Map;

/** One character per Unicode plane or kind of character people paste into a form or a request. */
public final class UnicodeSamples {

  public static final Map<String, String> BY_KIND = Map.of(
      "emoji", "\uD83D\uDE00",
      "CJK Extension A", "\u3400",
      "CJK Extension B", "\uD840\uDC00",
      "CJK Extension G", "\uD884\uDC00",
      "combining acute accent", "e\u0301",
      "private use", "\uE000",
      "supplementary private use", "\uDB80\uDC00",
      "mathematical bold capital A", "\uD835\uDC00",
      "fullwidth Latin", "\uFF21\uFF22",
      "Hangul", "\uD55C");

  private UnicodeSamples() {}
}
