package org.creditcommitment.report;

import static org.creditcommitment.documents.DocumentRequest.values;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.commitment.Cases;
import org.creditcommitment.commitment.EndState;
import org.creditcommitment.commitment.PunishmentMeasure;
import org.creditcommitment.commitment.SubjectCase;
import org.creditcommitment.credit.AdministrativePenalty;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.documents.DocumentRequest;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.correction.SubjectCorrections;
import org.creditcommitment.objection.Objection;
import org.creditcommitment.objection.SubjectObjections;
import org.creditcommitment.repair.Repair;
import org.creditcommitment.repair.SubjectRepairs;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.voluntary.VoluntaryCommitment;
import org.creditcommitment.voluntary.VoluntaryCommitments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds and issues a subject's 信用承诺履约报告 as of a day: the application cases and voluntary commitments filed by
 * then, their inspections and rectifications, the dishonesty records in publicity on that day (records out of
 * publicity, repaired or revoked are omitted, as the report says), the objections and repairs. The sources are this
 * system's case records and the credit platform's dishonesty records; the report names them.
 *
 * <p>The report stands in for the certificates of no violation (汕府办函〔2021〕17号 二（三）: 信用报告代替企业跑相关部门办理无违法违规证明;
 * 2023年汕尾市社会信用体系建设工作要点（征求意见稿） 三（十）), so it says what such a certificate attests: the subject's administrative
 * penalties from the credit platform within the stated period, for each stated field ("无" where there are none).
 */
@Service
class CreditReports {

  static final List<String> SOURCES = List.of("本系统信用承诺办件记录（申请类信用承诺及其核查、整改、惩戒）",
      "本系统主动型、行业自律型信用承诺记录", "公共信用信息平台失信信息（公示中的记录）",
      "公共信用信息平台行政处罚信息（报告期间内作出的全部行政处罚，含已履行的）", "本系统信用异议和信用修复记录");
  static final String NO_FIELD = "未注明领域";

  private final Cases cases;
  private final VoluntaryCommitments voluntary;
  private final SubjectObjections objections;
  private final SubjectRepairs repairs;
  private final SubjectCorrections corrections;
  private final CreditPlatform platform;
  private final Catalogue catalogue;
  private final Documents documents;
  private final Clock clock;
  private final LocalDate recordsSince;
  private final Period penaltyPeriod;
  private final List<String> penaltyFields;

  /**
   * @param recordsSince {@code cc.report.records-since}: the first day of this installation's records; a report
   *     as of an earlier day would be an official document that lists nothing because nothing was recorded yet
   * @param penaltyPeriod {@code cc.report.penalty-period}: how far before its as-of day the report lists penalties
   * @param penaltyFields {@code cc.report.penalty-fields}: the fields the report states, each with its penalties or 无
   */
  CreditReports(Cases cases, VoluntaryCommitments voluntary, SubjectObjections objections, SubjectRepairs repairs,
      SubjectCorrections corrections, CreditPlatform platform, Catalogue catalogue, Documents documents, Clock clock,
      @Value("${cc.report.records-since:2020-01-01}") String recordsSince,
      @Value("${cc.report.penalty-period:P3Y}") String penaltyPeriod,
      @Value("${cc.report.penalty-fields}") List<String> penaltyFields) {
    this.cases = cases;
    this.voluntary = voluntary;
    this.objections = objections;
    this.repairs = repairs;
    this.corrections = corrections;
    this.platform = platform;
    this.catalogue = catalogue;
    this.documents = documents;
    this.clock = clock;
    this.recordsSince = LocalDate.parse(recordsSince.strip());
    this.penaltyPeriod = Period.parse(penaltyPeriod.strip());
    if (this.penaltyPeriod.isNegative() || this.penaltyPeriod.isZero()) {
      throw new IllegalStateException("cc.report.penalty-period must be a positive period, not " + penaltyPeriod);
    }
    this.penaltyFields = penaltyFields.stream().map(String::strip).filter(f -> !f.isEmpty()).distinct().toList();
    if (this.penaltyFields.isEmpty()) {
      throw new IllegalStateException("cc.report.penalty-fields names no field: the report would attest nothing");
    }
  }

  /**
   * Issues the report of a subject as of a day (today when null; never a day to come, nor one before the records
   * begin).
   *
   * @param requestedBy who asked, as printed: 申请人（网上办事大厅）, 窗口工作人员 …
   */
  @Transactional
  public IssuedDocument issue(String subjectCode, LocalDate asOf, String requestedBy) {
    LocalDate today = LocalDate.now(clock);
    LocalDate day = asOf == null ? today : asOf;
    if (day.isAfter(today)) {
      throw ApiException.badRequest("as-of-in-future", "报告截止日期不能晚于今天", "asOf cannot be a day to come");
    }
    if (day.isBefore(recordsSince)) {
      throw ApiException.badRequest("as-of-before-records",
          "报告截止日期不能早于本系统开始记录之日（" + recordsSince + "），此前的履约情况本系统无从证明",
          "asOf cannot be before " + recordsSince + ", the first day of this system's records: it cannot speak for"
              + " an earlier day");
    }
    CreditProfile profile = profile(subjectCode);
    List<SubjectCase> subjectCases = cases.ofApplicant(subjectCode).stream()
        .filter(c -> !localDate(c.createdAt()).isAfter(day)).toList();
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("asOf", Documents.date(day));
    report.put("requestedBy", requestedBy);
    report.put("commitments", commitments(subjectCases, subjectCode, day));
    report.put("inspections", inspections(subjectCases, day));
    report.put("rectifications", rectifications(subjectCases, day));
    report.put("dishonesty", dishonesty(profile, subjectCases, day));
    LocalDate penaltiesFrom = day.minus(penaltyPeriod).plusDays(1);
    report.put("penaltyPeriod", Documents.date(penaltiesFrom) + "至" + Documents.date(day));
    report.put("penaltyFields", String.join("、", penaltyFields));
    report.put("penalties", penaltiesByField(penalties(subjectCode, penaltiesFrom, day)));
    report.put("objections", objections.of(subjectCode).stream()
        .filter(o -> !localDate(o.createdAt()).isAfter(day))
        .map(o -> values("reference", o.objectionNo(), "date", Documents.date(localDate(o.createdAt())),
            "outcome", SubjectObjections.outcomeLabel(o))).toList());
    report.put("repairs", repairs.of(subjectCode).stream()
        .filter(r -> !localDate(r.createdAt()).isAfter(day))
        .map(r -> values("reference", r.repairNo(), "date", Documents.date(localDate(r.createdAt())),
            "outcome", SubjectRepairs.outcomeLabel(r))).toList());
    report.put("corrections", corrections.of(subjectCode).stream()
        .filter(c -> !localDate(c.createdAt()).isAfter(day))
        .map(c -> values("reference", c.correctionNo(), "date", Documents.date(localDate(c.createdAt())),
            "outcome", c.changes() + "（" + c.status().label() + "）")).toList());
    report.put("sources", SOURCES);
    return documents.issue(new DocumentRequest(DocumentType.CREDIT_REPORT, null, subjectCode, profile.name(), null,
        null, null, report));
  }

  /** The reports issued for a subject, oldest first. */
  public List<IssuedDocument> issued(String subjectCode) {
    return documents.forSubject(subjectCode, DocumentType.CREDIT_REPORT);
  }

  private CreditProfile profile(String subjectCode) {
    try {
      return platform.query(subjectCode);
    } catch (UnknownSubjectException e) {
      throw ApiException.notFound("unknown-subject", "信用信息平台无该主体的记录", "The credit platform has no such subject");
    } catch (CreditPlatformException e) {
      throw ApiException.unavailable("credit-platform-unavailable", "信用信息平台暂时无法访问，请稍后再试",
          "The credit platform cannot be reached; try again later");
    }
  }

  private List<AdministrativePenalty> penalties(String subjectCode, LocalDate from, LocalDate to) {
    try {
      return platform.penalties(subjectCode, from, to);
    } catch (UnknownSubjectException e) {
      throw ApiException.notFound("unknown-subject", "信用信息平台无该主体的记录", "The credit platform has no such subject");
    } catch (CreditPlatformException e) {
      // without the penalties the report cannot stand in for a certificate of no violation: none is issued
      throw ApiException.unavailable("credit-platform-unavailable", "信用信息平台暂时无法访问，请稍后再试",
          "The credit platform cannot be reached; try again later");
    }
  }

  /**
   * One row per penalty, under its field; a stated field without penalties gets one row saying 无, so the report says
   * of every field it covers whether there was a penalty. Penalties of other fields (or of none) follow.
   */
  private List<Map<String, Object>> penaltiesByField(List<AdministrativePenalty> penalties) {
    Map<String, List<AdministrativePenalty>> byField = new LinkedHashMap<>();
    penaltyFields.forEach(field -> byField.put(field, new ArrayList<>()));
    for (AdministrativePenalty penalty : penalties) {
      String field = penalty.field() == null || penalty.field().isBlank() ? NO_FIELD : penalty.field().strip();
      byField.computeIfAbsent(field, f -> new ArrayList<>()).add(penalty);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    byField.forEach((field, list) -> {
      if (list.isEmpty()) {
        rows.add(values("field", field, "none", true));
      }
      for (AdministrativePenalty p : list) {
        rows.add(values("field", field, "none", false, "decisionNumber", p.decisionNumber(),
            "decidedOn", Documents.date(p.decidedOn()), "description", p.description(),
            "performed", p.performed() ? "已履行" : "未履行"));
      }
    });
    return rows;
  }

  private List<Map<String, Object>> commitments(List<SubjectCase> subjectCases, String subjectCode, LocalDate day) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (SubjectCase c : subjectCases) {
      rows.add(values("kind", "申请类", "reference", c.caseNo(), "itemName", itemName(c.itemCode()),
          "date", Documents.date(localDate(c.createdAt())), "outcome", outcome(c, day)));
    }
    for (VoluntaryCommitment v : voluntary.ofSubject(subjectCode)) {
      if (v.publishedAt() == null || localDate(v.publishedAt()).isAfter(day)) {
        continue;
      }
      rows.add(values("kind", v.categoryLabel(), "reference", v.voluntaryNo(), "itemName", v.templateName(),
          "date", Documents.date(localDate(v.publishedAt())), "outcome", v.status().label()));
    }
    return rows;
  }

  private static String outcome(SubjectCase c, LocalDate day) {
    if (c.endState() == null || c.endedAt() == null || localDate(c.endedAt()).isAfter(day)) {
      return "办理中";
    }
    return c.endState().label();
  }

  private static List<Map<String, Object>> inspections(List<SubjectCase> subjectCases, LocalDate day) {
    return subjectCases.stream()
        .filter(c -> c.inspectionResult() != null && c.inspectedAt() != null && !localDate(c.inspectedAt()).isAfter(day))
        .map(c -> values("reference", c.caseNo(), "date", Documents.date(localDate(c.inspectedAt())),
            "result", "COMPLIANT".equals(c.inspectionResult()) ? "已履行承诺" : "未履行承诺"))
        .toList();
  }

  private static List<Map<String, Object>> rectifications(List<SubjectCase> subjectCases, LocalDate day) {
    return subjectCases.stream()
        .filter(c -> c.rectificationNotifiedAt() != null && !localDate(c.rectificationNotifiedAt()).isAfter(day))
        .map(c -> values("reference", c.caseNo(), "date", Documents.date(localDate(c.rectificationNotifiedAt())),
            "result", rectificationResult(c, day)))
        .toList();
  }

  private static String rectificationResult(SubjectCase c, LocalDate day) {
    String outcome = outcome(c, day);
    if (c.endState() == EndState.FULFILLED_AFTER_RECTIFICATION && !"办理中".equals(outcome)) {
      return "整改到位";
    }
    if (c.punishedAt() != null && !localDate(c.punishedAt()).isAfter(day)) {
      return "整改不到位，已实施失信惩戒";
    }
    return "整改中";
  }

  /** The records in publicity on that day; the measures are the punishing case's where one of ours made it. */
  private static List<Map<String, Object>> dishonesty(CreditProfile profile, List<SubjectCase> subjectCases,
      LocalDate day) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (DishonestyRecord record : profile.dishonestyRecords()) {
      if (!record.inForce() || record.publicityStart().isAfter(day) || record.publicityEnd().isBefore(day)) {
        continue;
      }
      Optional<SubjectCase> ours = subjectCases.stream()
          .filter(c -> Long.toString(record.id()).equals(c.dishonestyRecordId())).findFirst();
      List<String> measures = ours.map(c -> PunishmentMeasure.parse(c.punishmentMeasures()).stream()
          .map(PunishmentMeasure::label).toList()).orElse(List.of(record.basis()));
      // a record under objection keeps its effect and is listed with its mark
      String mark = record.status() == DishonestyStatus.UNDER_OBJECTION ? "，异议处理中" : "";
      rows.add(values("reference",
          ours.map(SubjectCase::caseNo).orElse(record.sourceUnit()) + "（记录 " + record.id() + mark + "）",
          "measures", measures, "publicityUntil", Documents.date(record.publicityEnd())));
    }
    return rows;
  }

  private String itemName(String itemCode) {
    return catalogue.find(itemCode).map(ServiceItem::name).orElse(itemCode);
  }

  private static LocalDate localDate(OffsetDateTime time) {
    return time.atZoneSameInstant(ClockConfig.ZONE).toLocalDate();
  }
}
