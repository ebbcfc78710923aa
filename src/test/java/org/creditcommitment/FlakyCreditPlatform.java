package org.creditcommitment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.creditcommitment.credit.AdministrativePenalty;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.InspectionResult;
import org.creditcommitment.credit.PushReceipt;

/**
 * The credit platform of the shared test context: the real adapter, which a test can make fail for a
 * number of calls (an outage) to see retries, incidents and recovery. Off unless a test turns it on.
 */
public class FlakyCreditPlatform implements CreditPlatform {

  private final CreditPlatform real;
  private final AtomicInteger failuresLeft = new AtomicInteger();
  /** The only call that fails, or null for every call. */
  private volatile String failingCall;

  public FlakyCreditPlatform(CreditPlatform real) {
    this.real = real;
  }

  /** The next {@code calls} calls fail as an unreachable platform would. */
  public void failNext(int calls) {
    failingCall = null;
    failuresLeft.set(calls);
  }

  /**
   * The next {@code calls} calls of one method (its name, e.g. {@code markUnderObjection}) fail; the others
   * answer, so a test can fail the one step it is about.
   */
  public void failNext(String call, int calls) {
    failingCall = call;
    failuresLeft.set(calls);
  }

  public void heal() {
    failuresLeft.set(0);
    failingCall = null;
  }

  private void maybeFail(String what) {
    String only = failingCall;
    if (only != null && !only.equals(what)) {
      return;
    }
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

  @Override
  public Optional<DishonestyRecord> dishonestyRecord(String subjectCode, long recordId) {
    maybeFail("dishonestyRecord");
    return real.dishonestyRecord(subjectCode, recordId);
  }

  @Override
  public void markUnderObjection(String subjectCode, long recordId, String objectionNo) {
    maybeFail("markUnderObjection");
    real.markUnderObjection(subjectCode, recordId, objectionNo);
  }

  @Override
  public void withdrawObjectionMark(String subjectCode, long recordId, String objectionNo) {
    maybeFail("withdrawObjectionMark");
    real.withdrawObjectionMark(subjectCode, recordId, objectionNo);
  }

  @Override
  public List<AdministrativePenalty> penalties(String subjectCode, LocalDate from, LocalDate to) {
    maybeFail("penalties");
    return real.penalties(subjectCode, from, to);
  }

  @Override
  public List<DishonestyRecord> recordsWithPublicityEndedBefore(LocalDate day) {
    maybeFail("recordsWithPublicityEndedBefore");
    return real.recordsWithPublicityEndedBefore(day);
  }

  @Override
  public List<DishonestyRecord> recordsSince(LocalDate from) {
    maybeFail("recordsSince");
    return real.recordsSince(from);
  }
}
