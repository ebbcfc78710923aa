package org.creditcommitment.commitment;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.calendar.DueSpec;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.credit.ApplicantNames;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.GradeScale;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.supervision.NegativeReminders;
import org.creditcommitment.system.Hashing;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a credit profile into the inputs of the eligibility DMN and keeps the query as evidence (what was
 * asked, when, from where, the answer). A subject the platform does not know has no grade: the DMN then
 * sends the case to standard review, as 义政数〔2020〕17号 allows commitment only for a good credit record.
 * An applicant's name accepted unverified (the platform was away when the application came) is held against
 * this profile first; a name that is not the registered one routes the case to its refusal
 * ({@value #NAME_MISMATCH}) and nothing else is decided.
 */
@Service
class CreditCheck {

  static final String NO_GRADE = "无评价";
  /** The decision input the process routes on right after the query: the name turned out not to be registered. */
  static final String NAME_MISMATCH = "applicantNameMismatch";

  /**
   * The decision input that lists the records in force, each with its status (a record under objection says
   * 异议处理中): the eligibility reason names them, so the clerk, the approver and the applicant see why.
   */
  static final String RECORDS_IN_FORCE = "recordsInForce";
  private static final int RECORDS_LISTED = 10;

  private final CreditPlatform platform;
  private final GradeScale scale;
  private final Catalogue catalogue;
  private final CreditQueries creditQueries;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Clock clock;
  private final NegativeReminders negativeReminders;
  private final Cases cases;
  private final ApplicantNames names;

  CreditCheck(CreditPlatform platform, GradeScale scale, Catalogue catalogue, CreditQueries creditQueries, AuditLog audit,
      ObjectMapper json, Clock clock, NegativeReminders negativeReminders, Cases cases,
      ApplicantNames names) {
    this.cases = cases;
    this.names = names;
    this.clock = clock;
    this.negativeReminders = negativeReminders;
    this.platform = platform;
    this.scale = scale;
    this.catalogue = catalogue;
    this.creditQueries = creditQueries;
    this.audit = audit;
    this.json = json;
  }

  /**
   * Queries the platform, records the findings on the case and returns the inputs of the eligibility and benefits
   * decisions (they are the decisions' evidence in the engine's decision history, not facts of the case).
   */
  Map<String, Object> check(CaseRecord c) {
    String caseNo = c.caseNo();
    String applicantCode = c.applicantCode();
    String itemCode = c.itemCode();
    String commitmentType = c.commitmentType().name();
    CreditProfile profile;
    try {
      profile = platform.query(applicantCode);
    } catch (UnknownSubjectException unknown) {
      profile = null;
    }
    ApplicantNames.Checked name = cases.nameState(caseNo).check() == NameCheck.UNVERIFIED
        ? names.verify(applicantCode, c.applicantName(), profile) : null;
    keepEvidence(caseNo, applicantCode, profile, name);
    Map<String, Object> v = new HashMap<>();
    if (name != null) {
      cases.recordNameCheck(caseNo, name);
    }
    if (name != null && name.refused()) {
      cases.record(caseNo, Cases.Fact.DENIAL_REASON, name.refusalZh() + "，申请不予受理。");
      v.put(NAME_MISMATCH, true);
      return v;
    }
    v.put(NAME_MISMATCH, false);
    String grade = profile == null || profile.grade() == null ? NO_GRADE : profile.grade();
    cases.recordGrade(caseNo, grade);
    v.put("gradeRank", scale.contains(grade) ? scale.rank(grade) : scale.grades().size() + 1);
    v.put("blacklisted", profile != null && profile.blacklisted());
    v.put("unperformedPenalty", profile != null && profile.unperformedPenalty());
    v.put("commitmentBarred", profile != null && profile.hasActiveDishonestyRecord());
    v.put(RECORDS_IN_FORCE, profile == null ? null : recordsInForce(profile.activeDishonestyRecords()));
    boolean redListed = profile != null && profile.redListed();
    v.put("redListed", redListed);
    v.put("requestedType", commitmentType);
    ServiceItem item = catalogue.find(itemCode).orElseThrow();
    cases.record(caseNo, Cases.Fact.RED_LISTED, redListed);
    // the green channel, when the benefits grant it, shortens this further (RecordBenefitsListener)
    cases.record(caseNo, Cases.Fact.DECISION_PERIOD, decisionPeriod(item, c.commitmentType()));
    cases.record(caseNo, Cases.Fact.NEGATIVE_REMINDER, negativeReminders.textFor(applicantCode));
    String minimum = item.minimumGrades().get(CommitmentType.valueOf(commitmentType));
    v.put("minimumGradeRank", minimum == null ? null : scale.rank(minimum));
    v.put("grade", grade);
    return v;
  }

  /**
   * 告知承诺 on an item the catalogue marks 即时办理 is decided on the spot (申请人承诺符合审批条件，即时予以办理,
   * 义政数〔2020〕17号 二（一）第1项): the same working day it is accepted. Otherwise the item's decision period.
   */
  static String decisionPeriod(ServiceItem item, CommitmentType type) {
    return item.immediate() && type == CommitmentType.NOTIFY_COMMIT ? DueSpec.SAME_WORKING_DAY
        : item.periods().decision();
  }

  /** The records in force as one line each (at most {@value #RECORDS_LISTED}, then how many more); null for none. */
  static String recordsInForce(List<DishonestyRecord> records) {
    if (records.isEmpty()) {
      return null;
    }
    String listed = records.stream().limit(RECORDS_LISTED).map(DishonestyRecord::line).collect(Collectors.joining("；"));
    return records.size() > RECORDS_LISTED ? listed + " 等 " + records.size() + " 条" : listed;
  }

  private void keepEvidence(String caseNo, String code, CreditProfile profile, ApplicantNames.Checked name) {
    String snapshot = toJson(profile);
    String source = profile == null ? "unknown-subject" : profile.source();
    creditQueries.keep(caseNo, code, profile == null ? clock.instant() : profile.queriedAt(), source, snapshot);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("subjectCode", code);
    details.put("source", source);
    details.put("grade", profile == null ? null : profile.grade());
    details.put("snapshotSha256", Hashing.sha256(snapshot));
    if (name != null) {
      details.put("nameCheck", name.check().name());
    }
    audit.record(caseNo, "credit.queried", AuditLog.SYSTEM_ACTOR, details);
  }

  private String toJson(CreditProfile profile) {
    try {
      return profile == null ? "{\"known\":false}" : json.writeValueAsString(profile);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
