package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.ApplicantNames;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.NaturalPersonCodes;
import org.creditcommitment.system.SequenceNumbers;
import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;

/** The case table: numbers, facts, end states. */
@Service
public class Cases {

  /** Separates missing materials in the stored list; material names never contain it. */
  private static final String LIST_SEPARATOR = "\n";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  private final SequenceNumbers numbers;
  private final ApplicantPersonalData personal;
  private final RowMapper<CaseRecord> mapper;

  Cases(JdbcTemplate jdbc, Clock clock, SequenceNumbers numbers, ApplicantPersonalData personal) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.numbers = numbers;
    this.personal = personal;
    this.mapper = mapper(personal);
  }

  /** XY + date + six-digit sequence, e.g. XY20261123000042: readable on the phone, unique in a cluster. */
  String nextCaseNo() {
    return numbers.next(CaseKeys.PREFIX, "case_no_seq");
  }

  /** A new case; its name was checked as {@code nameCheck} when it was filed (an UNVERIFIED name has no time). */
  void insert(CaseRecord c, NameCheck nameCheck) {
    jdbc.update("insert into commitment_case (case_no, process_instance_id, applicant_code, applicant_name,"
        + " applicant_email, item_code, department, commitment_type, missing_materials, created_at, created_by,"
        + " name_check, name_checked_at, applicant_code_idx, applicant_may_be_person)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", c.caseNo(),
        c.processInstanceId(), personal.storedCode(c.applicantCode()), c.applicantName(),
        personal.storedEmail(c.applicantEmail()), c.itemCode(), c.department(),
        c.commitmentType().name(), String.join(LIST_SEPARATOR, c.missingMaterials()), c.createdAt(), c.createdBy(),
        nameCheck.name(), nameCheck == NameCheck.UNVERIFIED ? null : c.createdAt(),
        personal.codeIndex(c.applicantCode()), NaturalPersonCodes.mayBe(c.applicantCode()));
  }

  /** How far the applicant's name was held against the registered one, and when. */
  public record NameState(NameCheck check, OffsetDateTime checkedAt) {}

  public NameState nameState(String caseNo) {
    return jdbc.query("select name_check, name_checked_at from commitment_case where case_no = ?",
        (rs, n) -> new NameState(NameCheck.valueOf(rs.getString("name_check")),
            Timestamps.read(rs, "name_checked_at")), caseNo).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No case " + caseNo));
  }

  /**
   * The credit step checked a name accepted unverified: the registered spelling when it matches; only an UNVERIFIED
   * name is changed, so a retried step changes nothing.
   */
  void recordNameCheck(String caseNo, ApplicantNames.Checked checked) {
    jdbc.update("update commitment_case set applicant_name = ?, name_check = ?, name_checked_at = ?"
        + " where case_no = ? and name_check = ?", checked.name(), checked.check().name(), OffsetDateTime.now(clock),
        caseNo, NameCheck.UNVERIFIED.name());
  }

  /** Locks the case's row until the caller's transaction ends: two requests on its procedure run one after the other. */
  void lock(String caseNo) {
    jdbc.query("select case_no from commitment_case where case_no = ? for update", (rs, n) -> rs.getString(1), caseNo);
  }

  /** The applicant's consent to electronic service (行政许可法 第四十四条), as given with the application. */
  void recordServiceConsent(String caseNo, boolean consent) {
    jdbc.update("update commitment_case set electronic_service_consent = ? where case_no = ?", consent, caseNo);
  }

  boolean serviceConsent(String caseNo) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select electronic_service_consent from commitment_case"
        + " where case_no = ?", Boolean.class, caseNo));
  }

  void attachProcess(String caseNo, String processInstanceId) {
    jdbc.update("update commitment_case set process_instance_id = ? where case_no = ?", processInstanceId, caseNo);
  }

  public Optional<CaseRecord> find(String caseNo) {
    return jdbc.query("select * from commitment_case where case_no = ?", mapper, caseNo).stream().findFirst();
  }

  public CaseRecord require(String caseNo) {
    return find(caseNo).orElseThrow(() -> ApiException.notFound("unknown-case", "办件编号「" + caseNo + "」不存在",
        "No case with number '" + caseNo + "'"));
  }

  void recordEligibility(String caseNo, boolean eligible, String reason) {
    jdbc.update("update commitment_case set eligible = ?, eligibility_reason = ? where case_no = ?", eligible, reason,
        caseNo);
  }

  /**
   * Why the application went on by the original procedure when that was not the eligibility rules' answer (the
   * commitment was withdrawn): the reason is shown where the eligibility result is; whether the subject was
   * eligible stays as the rules found it.
   */
  void recordStandardReviewReason(String caseNo, String reason) {
    jdbc.update("update commitment_case set eligibility_reason = ? where case_no = ?", reason, caseNo);
  }

  void recordLicence(String caseNo, String licenceNo) {
    jdbc.update("update commitment_case set licence_no = ?, decided_at = ? where case_no = ?", licenceNo,
        OffsetDateTime.now(clock), caseNo);
  }

  void recordDecided(String caseNo) {
    jdbc.update("update commitment_case set decided_at = ? where case_no = ? and decided_at is null",
        OffsetDateTime.now(clock), caseNo);
  }

  /** The applicant's grade as the credit query found it (the eligibility rules decided on it). */
  void recordGrade(String caseNo, String grade) {
    jdbc.update("update commitment_case set grade = ? where case_no = ?", grade, caseNo);
  }

  /**
   * Who accepted (or refused) the application at the window, and when. The first acceptance counts: a case returned to
   * the acceptance review keeps the date its decision period runs from (a return never buys time).
   */
  void recordAcceptance(String caseNo, String clerk) {
    jdbc.update("update commitment_case set accepted_by = ?, accepted_at = ? where case_no = ? and accepted_at is null",
        clerk, OffsetDateTime.now(clock), caseNo);
  }

  /**
   * The application reached the acceptance review complete as filed (the signed commitment received): the day the
   * five working days for a correction request count from (中华人民共和国行政许可法 第三十二条). The first time counts.
   */
  void recordReceived(String caseNo) {
    jdbc.update("update commitment_case set received_at = ? where case_no = ? and received_at is null",
        OffsetDateTime.now(clock), caseNo);
  }

  /**
   * No correction request went out within five working days of receipt: the application counts as accepted from
   * receipt (逾期不告知的，自收到申请材料之日起即为受理, 第三十二条). accepted_at is the receipt, accepted_by stays empty
   * (nobody accepted it), acceptance_deemed says why.
   */
  void recordDeemedAcceptance(String caseNo) {
    jdbc.update("update commitment_case set accepted_at = received_at, acceptance_deemed = ? where case_no = ?"
        + " and accepted_at is null", true, caseNo);
  }

  /** When the application reached the acceptance review, when it was accepted and whether by law (deemed). */
  record Acceptance(OffsetDateTime receivedAt, OffsetDateTime acceptedAt, boolean deemed) {}

  Acceptance acceptance(String caseNo) {
    return jdbc.query("select received_at, accepted_at, acceptance_deemed from commitment_case where case_no = ?",
        (rs, n) -> new Acceptance(Timestamps.read(rs, "received_at"), Timestamps.read(rs, "accepted_at"),
            Boolean.TRUE.equals(rs.getObject("acceptance_deemed"))), caseNo).stream().findFirst()
        .orElseThrow(() -> new IllegalStateException("No case " + caseNo));
  }

  /** The administrative decision (APPROVE, DENY) and the approver who made it. */
  void recordDecision(String caseNo, String decision, String approver) {
    jdbc.update("update commitment_case set decision = ?, decided_by = ? where case_no = ?", decision, approver,
        caseNo);
  }

  /** The approver's decision (APPROVE, DENY, …) once made; empty before, and after a return. */
  Optional<String> decision(String caseNo) {
    return jdbc.queryForList("select decision from commitment_case where case_no = ?", String.class, caseNo).stream()
        .filter(java.util.Objects::nonNull).findFirst();
  }

  /** The latest inspection's (or re-inspection's) result and inspector. */
  void recordInspection(String caseNo, String result, String inspector) {
    jdbc.update("update commitment_case set inspection_result = ?, inspected_by = ?, inspected_at = ? where case_no = ?",
        result, inspector, OffsetDateTime.now(clock), caseNo);
  }

  /** The commitment record reached the credit platform (the step's transaction ends with the push). */
  void recordPushed(String caseNo) {
    jdbc.update("update commitment_case set pushed_at = ? where case_no = ? and pushed_at is null",
        OffsetDateTime.now(clock), caseNo);
  }

  /** The applicant was ordered to rectify (the first time counts). */
  void recordRectificationNotified(String caseNo) {
    jdbc.update("update commitment_case set rectification_notified_at = ? where case_no = ?"
        + " and rectification_notified_at is null", OffsetDateTime.now(clock), caseNo);
  }

  /** The punishment was decided (决定惩戒措施): the push of its record is timely within the publication period from now. */
  void recordPunishmentDecided(String caseNo) {
    jdbc.update("update commitment_case set punishment_decided_at = ? where case_no = ? and punishment_decided_at is null",
        OffsetDateTime.now(clock), caseNo);
  }

  /** A dishonesty record (the credit platform's id) was entered for the broken commitment, with these measures. */
  void recordPunished(String caseNo, String dishonestyRecordId, String measures) {
    jdbc.update("update commitment_case set punished_at = ?, dishonesty_record_id = ?, punishment_measures = ?"
        + " where case_no = ? and punished_at is null", OffsetDateTime.now(clock), dishonestyRecordId, measures, caseNo);
  }

  /** Every application case of a subject (its applicant code, found through its index), oldest first. */
  public List<SubjectCase> ofApplicant(String applicantCode) {
    return jdbc.query("select case_no, item_code, department, commitment_type, created_at, end_state, ended_at,"
        + " licence_no, inspection_result, inspected_at, rectification_notified_at, rectification_reason, punished_at,"
        + " dishonesty_record_id, punishment_measures from commitment_case where applicant_code_idx = ?"
        + " order by created_at, case_no", (rs, n) -> new SubjectCase(rs.getString("case_no"),
            rs.getString("item_code"), rs.getString("department"), rs.getString("commitment_type"),
            Timestamps.read(rs, "created_at"),
            rs.getString("end_state") == null ? null : EndState.valueOf(rs.getString("end_state")),
            Timestamps.read(rs, "ended_at"), rs.getString("licence_no"),
            rs.getString("inspection_result"), Timestamps.read(rs, "inspected_at"),
            Timestamps.read(rs, "rectification_notified_at"), rs.getString("rectification_reason"),
            Timestamps.read(rs, "punished_at"), rs.getString("dishonesty_record_id"),
            rs.getString("punishment_measures")), personal.codeIndex(applicantCode));
  }

  /** Numbers of the PUNISHED cases whose punishment entered this dishonesty record, in order. */
  public List<String> punishedOn(String dishonestyRecordId) {
    return jdbc.queryForList("select case_no from commitment_case where dishonesty_record_id = ? and end_state = ?"
        + " order by case_no", String.class, dishonestyRecordId, EndState.PUNISHED.name());
  }

  /**
   * The applicant withdrew the commitment (撤回信用审批) before the decision, with the reason given (or none); the
   * first withdrawal counts.
   */
  void recordCommitmentWithdrawn(String caseNo, String reason) {
    jdbc.update("update commitment_case set commitment_withdrawn_at = ?, commitment_withdrawal_reason = ?"
        + " where case_no = ? and commitment_withdrawn_at is null", OffsetDateTime.now(clock), reason, caseNo);
  }

  /** The department recorded that the applicant broke the commitment (first time only). */
  void recordBreached(String caseNo) {
    jdbc.update("update commitment_case set breached_at = ? where case_no = ? and breached_at is null",
        OffsetDateTime.now(clock), caseNo);
  }

  /** Whether the credit platform accepted the case's commitment record: it is published. */
  boolean pushed(String caseNo) {
    return Boolean.TRUE.equals(jdbc.queryForObject("select pushed_at is not null from commitment_case where case_no = ?",
        Boolean.class, caseNo));
  }

  /** One fact of the case, written by the step that makes it. */
  void record(String caseNo, Fact fact, Object value) {
    jdbc.update("update commitment_case set " + fact.column + " = ? where case_no = ?", value, caseNo);
  }

  /** The facts beyond the searchable ones that forms, mails and later steps read. */
  CaseFacts facts(String caseNo) {
    return jdbc.query("select * from commitment_case where case_no = ?", (rs, n) -> new CaseFacts(
        rs.getString("grade"), (Boolean) rs.getObject("red_listed"), rs.getString("negative_reminder"),
        rs.getString("decision_period"), rs.getString("benefits"), rs.getString("denial_reason"),
        rs.getString("withdrawal_reason"), (Boolean) rs.getObject("inspection_selected"), rs.getString("inspector"),
        rs.getString("inspection_period"), rs.getString("inspection_result"), rs.getString("inspection_findings"),
        rs.getString("inspected_by"), rs.getString("accepted_by"), rs.getString("rectification_reason"),
        rs.getString("rectification_description"), rs.getString("punishment_measures"),
        rs.getObject("bar_months") == null ? null : rs.getInt("bar_months"), rs.getString("punishment_basis"),
        rs.getString("rectification_period"), rs.getString("granted_services"), rs.getString("eligibility_code"),
        Timestamps.read(rs, "commitment_withdrawn_at"), rs.getString("commitment_withdrawal_reason"),
        rs.getString("false_commitment_reason"),
        rs.getObject("supervision_months") == null ? null : rs.getInt("supervision_months"),
        rs.getString("punished_by")),
        caseNo).stream().findFirst().orElseThrow(() -> new IllegalStateException("No case " + caseNo));
  }

  /** Columns of {@link #record}; a constant, never a caller's string, names the column. */
  enum Fact {
    RED_LISTED("red_listed"), NEGATIVE_REMINDER("negative_reminder"), DECISION_PERIOD("decision_period"),
    BENEFITS("benefits"), DENIAL_REASON("denial_reason"), WITHDRAWAL_REASON("withdrawal_reason"),
    INSPECTION_SELECTED("inspection_selected"), INSPECTOR("inspector"), INSPECTION_PERIOD("inspection_period"),
    INSPECTION_FINDINGS("inspection_findings"), RECTIFICATION_REASON("rectification_reason"),
    RECTIFICATION_DESCRIPTION("rectification_description"), BAR_MONTHS("bar_months"),
    PUNISHMENT_BASIS("punishment_basis"), PUNISHMENT_MEASURES("punishment_measures"),
    RECTIFICATION_PERIOD("rectification_period"), GRANTED_SERVICES("granted_services"),
    ELIGIBILITY_CODE("eligibility_code"), FALSE_COMMITMENT_REASON("false_commitment_reason"),
    SUPERVISION_MONTHS("supervision_months"), PUNISHED_BY("punished_by");

    private final String column;

    Fact(String column) {
      this.column = column;
    }
  }

  void recordEnd(String caseNo, String endState) {
    jdbc.update("update commitment_case set end_state = ?, ended_at = ? where case_no = ?", endState,
        OffsetDateTime.now(clock), caseNo);
  }

  /** Reads a whole row, the applicant's code and e-mail address decrypted. */
  static RowMapper<CaseRecord> mapper(ApplicantPersonalData personal) {
    return (rs, n) -> {
      String missing = rs.getString("missing_materials");
      return new CaseRecord(rs.getString("case_no"), rs.getString("process_instance_id"),
          personal.code(rs.getString("applicant_code")), rs.getString("applicant_name"),
          personal.email(rs.getString("applicant_email")), rs.getString("item_code"), rs.getString("department"),
          CommitmentType.valueOf(rs.getString("commitment_type")),
          missing == null || missing.isEmpty() ? List.of() : Arrays.asList(missing.split(LIST_SEPARATOR)),
          (Boolean) rs.getObject("eligible"), rs.getString("eligibility_reason"), rs.getString("licence_no"),
          rs.getString("end_state"), Timestamps.read(rs, "created_at"), rs.getString("created_by"),
          Timestamps.read(rs, "decided_at"), Timestamps.read(rs, "ended_at"));
    };
  }
}
