package org.creditcommitment.subject;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

/** Fresh valid codes for tests, so that tests sharing a database never share a subject. */
public final class TestCodes {

  private static final AtomicLong NEXT = new AtomicLong(System.nanoTime());

  private TestCodes() {}

  /** A valid USCC: a market-supervision code of Shanwei with a unique organisation part. */
  public static String uscc() {
    StringBuilder org = new StringBuilder();
    long n = NEXT.incrementAndGet();
    for (int i = 0; i < 8; i++) {
      org.append(Uscc.CHARSET.charAt((int) (n % Uscc.CHARSET.length())));
      n /= Uscc.CHARSET.length();
    }
    // One letter at least: an all-digit code could be a person's ID number, which the product stores encrypted.
    String letters = Uscc.CHARSET.substring(10);
    org.append(letters.charAt((int) (n % letters.length())));
    String body = "91441500" + org;
    return body + Uscc.checkCharacter(body);
  }

  /** A USCC whose format is right and whose check character is wrong. */
  public static String usccWithWrongCheck() {
    String valid = uscc();
    char wrong = valid.charAt(17) == '0' ? '1' : '0';
    return valid.substring(0, 17) + wrong;
  }

  /** A valid resident ID with a unique birth date and sequence. */
  public static String residentId() {
    long n = NEXT.incrementAndGet();
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(n % 20000);
    String body = "441502" + birth.toString().replace("-", "") + String.format("%03d", (n / 20000) % 1000);
    return body + ResidentId.checkCharacter(body);
  }
}
