package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.LocalDate;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.Department;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.credit.CommitmentItems;
import org.creditcommitment.credit.LicencePush;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.springframework.stereotype.Component;

/**
 * The national data items of a case's pushes (信用承诺 and 行政许可), from the case record, its catalogue item and its
 * department. The catalogue import refuses a department without its 统一社会信用代码 or 行政区划代码 at start-up, so a
 * missing one here is a catalogue changed behind the application's back: the push step fails with an incident naming
 * it, and its retry pushes once the catalogue is right.
 */
@Component
class NationalItems {

  /**
   * 违诺责任 as every commitment letter states it (the general template's 五、虚假承诺或违反承诺的后果; 义政数〔2020〕17号
   * 四(七), 普政数局〔2022〕25号 二（三）).
   */
  static final String LIABILITY = "作出虚假承诺的，依法不予许可；已作出行政决定的，依法撤销（吊销相关证照）。违反承诺的，责令限期整改；"
      + "整改不到位或拒绝整改的，依法撤销已作出的行政决定。失信行为记入信用记录，推送至信用平台并向社会公示，"
      + "依法实施列为重点监管对象、一定期限内不再适用信用承诺办理等失信惩戒；构成违法的，依法承担相应法律责任。";

  private final Catalogue catalogue;
  private final Documents documents;
  private final Clock clock;

  NationalItems(Catalogue catalogue, Documents documents, Clock clock) {
    this.catalogue = catalogue;
    this.documents = documents;
    this.clock = clock;
  }

  CommitmentItems commitment(CaseRecord c) {
    ServiceItem item = item(c);
    Department department = department(c);
    String reason = "申请办理「" + item.name() + "」（事项编码 " + item.code() + "），以" + c.commitmentType().label()
        + "方式办理";
    return new CommitmentItems(department.regionCode(), c.caseNo(), item.category().label(), reason,
        content(item, c), LIABILITY, department.name(), department.uscc());
  }

  /** The commitment's number, for the pushes that follow the commitment's own. */
  String commitmentNo(CaseRecord c) {
    return CommitmentItems.numberOf(department(c).regionCode(), c.caseNo());
  }

  /** The licence the case was granted, as its decision states it. */
  LicencePush licence(CaseRecord c) {
    ServiceItem.Licence terms = item(c).licenceTerms();
    Department department = department(c);
    LocalDate decidedOn = c.decidedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
    String decisionNumber = documents.latest(c.caseNo(), DocumentType.LICENCE_DECISION).map(IssuedDocument::number)
        .orElse(null);
    return new LicencePush(c.caseNo(), CommitmentItems.numberOf(department.regionCode(), c.caseNo()),
        c.applicantCode(), c.applicantName(), DocumentType.LICENCE_DECISION.title(), decisionNumber,
        terms.category().label(), c.licenceNo(), decidedOn, terms.validUntil(decidedOn).orElse(null),
        department.name(), department.uscc());
  }

  /** 承诺内容: what the letter has the applicant commit to, without the applicant's own data. */
  private static String content(ServiceItem item, CaseRecord c) {
    StringBuilder text = new StringBuilder("承诺符合行政机关告知的条件：").append(item.conditions())
        .append("；达到告知的标准：").append(item.standards())
        .append("；所提供的申请材料及信息真实、准确、完整、有效，自觉接受履约践诺核查");
    if (c.commitmentType() == CommitmentType.TOLERATE_MISSING && c.missingMaterials() != null
        && !c.missingMaterials().isEmpty()) {
      text.append("；在规定期限内补齐容缺材料：").append(String.join("、", c.missingMaterials()));
    }
    return text.append("。").toString();
  }

  private ServiceItem item(CaseRecord c) {
    return catalogue.find(c.itemCode()).orElseThrow(() -> new IllegalStateException("Case " + c.caseNo()
        + " names item " + c.itemCode() + ", which the catalogue no longer has; the push needs its national items"));
  }

  private Department department(CaseRecord c) {
    Department department = catalogue.department(c.department()).orElseThrow(() -> new IllegalStateException(
        "Case " + c.caseNo() + " names department " + c.department() + ", which the catalogue does not have"));
    if (department.uscc() == null || department.regionCode() == null) {
      throw new IllegalStateException("Department " + department.code() + " has no 统一社会信用代码 or 行政区划代码 in"
          + " the catalogue; the credit platform's national items of case " + c.caseNo() + " need both");
    }
    return department;
  }
}
