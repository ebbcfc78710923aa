package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.GradeScale;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.supervision.GreenChannel;
import org.creditcommitment.supervision.NegativeReminders;
import org.creditcommitment.system.Hashing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a credit profile into the inputs of the eligibility DMN and keeps the query as evidence (what was
 * asked, when, from where, the answer). A subject the platform does not know has no grade: the DMN then
 * sends the case to standard review, as 义政数〔2020〕17号 allows commitment only for a good credit record.
 */
@Service
class CreditCheck {

  static final String NO_GRADE = "无评价";

  private final CreditPlatform platform;
  private final GradeScale scale;
  private final Catalogue catalogue;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Clock clock;
  private final GreenChannel greenChannel;
  private final NegativeReminders negativeReminders;
  private final Cases cases;

  CreditCheck(CreditPlatform platform, GradeScale scale, Catalogue catalogue, JdbcTemplate jdbc, AuditLog audit,
      ObjectMapper json, Clock clock, GreenChannel greenChannel, NegativeReminders negativeReminders, Cases cases) {
    this.cases = cases;
    this.clock = clock;
    this.greenChannel = greenChannel;
    this.negativeReminders = negativeReminders;
    this.platform = platform;
    this.scale = scale;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.audit = audit;
    this.json = json;
  }

  /**
   * Queries the platform, records the findings on the case and returns the inputs of the eligibility and benefits
   * decisions (they are the decisions' evidence in the engine's decision history, not facts of the case).
   */
  Map<String, Object> check(String caseNo, String applicantCode, String itemCode, String commitmentType) {
    CreditProfile profile;
    try {
      profile = platform.query(applicantCode);
    } catch (UnknownSubjectException unknown) {
      profile = null;
    }
    keepEvidence(caseNo, applicantCode, profile);
    Map<String, Object> v = new HashMap<>();
    String grade = profile == null || profile.grade() == null ? NO_GRADE : profile.grade();
    cases.recordGrade(caseNo, grade);
    v.put("gradeRank", scale.contains(grade) ? scale.rank(grade) : scale.grades().size() + 1);
    v.put("blacklisted", profile != null && profile.blacklisted());
    v.put("unperformedPenalty", profile != null && profile.unperformedPenalty());
    v.put("commitmentBarred", profile != null && profile.hasActiveDishonestyRecord());
    boolean redListed = profile != null && profile.redListed();
    v.put("requestedType", commitmentType);
    ServiceItem item = catalogue.find(itemCode).orElseThrow();
    String decisionPeriod = greenChannel.decisionPeriod(item.periods().decision(), redListed);
    cases.record(caseNo, Cases.Fact.RED_LISTED, redListed);
    cases.record(caseNo, Cases.Fact.DECISION_PERIOD, decisionPeriod);
    cases.record(caseNo, Cases.Fact.NEGATIVE_REMINDER, negativeReminders.textFor(applicantCode));
    String minimum = item.minimumGrades().get(CommitmentType.valueOf(commitmentType));
    v.put("minimumGradeRank", minimum == null ? null : scale.rank(minimum));
    v.put("grade", grade);
    return v;
  }

  private void keepEvidence(String caseNo, String code, CreditProfile profile) {
    String snapshot = toJson(profile);
    String source = profile == null ? "unknown-subject" : profile.source();
    jdbc.update("insert into credit_query (case_no, subject_code, queried_at, source, snapshot) values (?, ?, ?, ?, ?)",
        caseNo, code, OffsetDateTime.ofInstant(profile == null ? clock.instant() : profile.queriedAt(), clock.getZone()),
        source, snapshot);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("subjectCode", code);
    details.put("source", source);
    details.put("grade", profile == null ? null : profile.grade());
    details.put("snapshotSha256", Hashing.sha256(snapshot));
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
