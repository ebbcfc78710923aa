package org.creditcommitment.voluntary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.subject.Masking;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The voluntary commitments for other modules: the public board reads what stands ({@link #published}), statistics
 * count them ({@link #countsByDepartmentAndCategory}), and the breach feature revokes one ({@link #revoke};
 * 汕府办函〔2021〕17号 二（一）: 加强事中事后监管 of what was committed).
 */
@Service
public class VoluntaryCommitments {

  static final String WITHDRAW_MESSAGE = "WithdrawVoluntaryCommitment";
  static final String REVOKE_MESSAGE = "RevokeVoluntaryCommitment";

  private final VoluntaryRows rows;
  private final Catalogue catalogue;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  VoluntaryCommitments(VoluntaryRows rows, Catalogue catalogue, RuntimeService runtime, IdentityService identity,
      AuditLog audit, TransactionTemplate transaction) {
    this.rows = rows;
    this.catalogue = catalogue;
    this.runtime = runtime;
    this.identity = identity;
    this.audit = audit;
    this.transaction = transaction;
  }

  /** Which published commitments to list; every field may be null (no restriction). */
  public record Filter(LocalDate publishedFrom, LocalDate publishedTo, String department,
      CommitmentCategory category) {

    public static Filter all() {
      return new Filter(null, null, null, null);
    }
  }

  /** Filed and published commitments of one department and category within a range of days. */
  public record Count(String department, CommitmentCategory category, long filed, long published) {}

  /**
   * The commitments that stand now (status PUBLISHED), published within the filter's days (both inclusive, Asia/Shanghai),
   * newest first, as they may be made public.
   */
  public List<VoluntaryCommitment> published(Filter filter) {
    Map<String, String> departments = catalogue.departments();
    return rows.published(start(filter.publishedFrom()), endOf(filter.publishedTo()), filter.department(),
        filter.category(), true).stream().map(r -> publicView(r, departments)).toList();
  }

  /** Standing commitments published on or after {@code from} (null: all). */
  public List<VoluntaryCommitment> published(LocalDate from) {
    return published(new Filter(from, null, null, null));
  }

  /** Every commitment of a subject (its own, or as a member), in whatever status, oldest first: its credit report. */
  public List<VoluntaryCommitment> ofSubject(String code) {
    Map<String, String> departments = catalogue.departments();
    return rows.ofSubject(code).stream().map(r -> publicView(r, departments)).toList();
  }

  /** One commitment, in whatever status, as it may be made public; empty when there is none of this number. */
  public Optional<VoluntaryCommitment> find(String voluntaryNo) {
    return rows.find(voluntaryNo).map(r -> publicView(r, catalogue.departments()));
  }

  /** Filed (created) and published commitments per department and category, days {@code from} to {@code to} inclusive. */
  public List<Count> countsByDepartmentAndCategory(LocalDate from, LocalDate to) {
    return rows.counts(start(from), endOf(to));
  }

  /**
   * Revokes a standing commitment (the credit office or the department, e.g. on a breach): status REVOKED with the
   * reason, and the process pushes a revocation record to the credit platform.
   *
   * @throws ApiException 404 for an unknown number, 409 when it does not stand (under review or ended)
   */
  public void revoke(String voluntaryNo, String reason) {
    if (reason == null || reason.isBlank()) {
      throw ApiException.badRequest("reason-required", "撤销主动承诺须说明理由", "A revocation needs a reason");
    }
    end(voluntaryNo, VoluntaryStatus.REVOKED, REVOKE_MESSAGE, reason.strip(), "voluntary.revoked");
  }

  /** The subject withdraws its standing commitment (through the portal). */
  void withdraw(String voluntaryNo, String reason) {
    end(voluntaryNo, VoluntaryStatus.WITHDRAWN, WITHDRAW_MESSAGE,
        reason == null || reason.isBlank() ? null : reason.strip(), "voluntary.withdrawn");
  }

  /** Row and message in one transaction: the row says why, the process pushes the record and ends. */
  private void end(String no, VoluntaryStatus status, String message, String reason, String auditType) {
    String actor = audit.currentActor();
    transaction.executeWithoutResult(tx -> {
      rows.require(no);
      long waiting = SystemCall.run(identity, () -> runtime.createExecutionQuery().processInstanceBusinessKey(no)
          .messageEventSubscriptionName(message).count());
      if (waiting == 0 || !rows.end(no, status, actor, reason)) {
        throw ApiException.conflict("not-published", "该主动承诺当前未处于公示期内，不能" + status.label().substring(1),
            "The voluntary commitment does not stand now (under review or ended); it cannot be " + status.name()
                .toLowerCase(java.util.Locale.ROOT));
      }
      SystemCall.run(identity, () -> runtime.createMessageCorrelation(message).processInstanceBusinessKey(no)
          .correlateWithResult());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("message", message);
      if (reason != null) {
        details.put("reason", reason);
      }
      audit.record(no, auditType, actor, details);
    });
  }

  VoluntaryRecord require(String voluntaryNo) {
    return rows.require(voluntaryNo);
  }

  static VoluntaryCommitment publicView(VoluntaryRecord r, Map<String, String> departments) {
    return new VoluntaryCommitment(r.voluntaryNo(), r.category(), r.category().label(), r.templateCode(),
        r.templateName(), Masking.subjectCode(r.subjectCode()), Masking.subjectName(r.subjectName(), r.subjectCode()),
        r.memberCodes().stream().map(Masking::subjectCode).toList(), r.department(),
        departments.getOrDefault(r.department(), r.department()), r.publishedAt(), r.validUntil(), r.status());
  }

  private static OffsetDateTime start(LocalDate day) {
    return day == null ? null : day.atStartOfDay(ClockConfig.ZONE).toOffsetDateTime();
  }

  private static OffsetDateTime endOf(LocalDate day) {
    return day == null ? null : day.plusDays(1).atStartOfDay(ClockConfig.ZONE).toOffsetDateTime();
  }
}
