package org.creditcommitment;

import java.util.concurrent.atomic.AtomicInteger;

import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.InspectionResult;
import org.creditcommitment.credit.PushReceipt;

/**
 * The credit platform of the shared test context: the real adapter, which a test can make fail for a
 * number of calls (an outage) to see retries, incidents and recovery. Off unless a test turns it on.
 */
public class FlakyCreditPlatform implements CreditPlatform {

  private final CreditPlatform real;
  private final AtomicInteger failuresLeft = new AtomicInteger();

  public FlakyCreditPlatform(CreditPlatform real) {
    this.real = real;
  }

  /** The next {@code calls} calls fail as an unreachable platform would. */
  public void failNext(int calls) {
    failuresLeft.set(calls);
  }

  public void heal() {
    failuresLeft.set(0);
  }

  private void maybeFail(String what) {
    if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new CreditPlatformException("Simulated outage of the credit platform during " + what, null);
    }
  }

  @Override
  public CreditProfile query(String code) {
    maybeFail("query");
    return real.query(code);
  }

  @Override
  public PushReceipt push(CreditRecord record) {
    maybeFail("push");
    return real.push(record);
  }

  @Override
  public void feedInspection(InspectionResult result) {
    maybeFail("feedInspection");
    real.feedInspection(result);
  }
}
