package org.creditcommitment.commitment;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.credit.ApplicantNames;
import org.creditcommitment.notification.MobileNumbers;
import org.creditcommitment.subject.InvalidCodeException;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens a case: every check happens before anything is written, and the case row and the process
 * instance are written in one transaction, so a refused or failed request leaves nothing behind. The
 * checks run outside that transaction: the applicant's name is held against the credit platform, and a
 * remote call must not keep a database connection waiting. A platform that cannot be reached does not refuse
 * the application: the case opens with the name unverified, and the credit query verifies it ({@link CreditCheck}).
 */
@Service
public class CaseApplications {

  public static final String PROCESS_KEY = "commitment-lifecycle";

  private final SubjectCodes subjectCodes;
  private final Catalogue catalogue;
  private final Cases cases;
  private final RuntimeService runtime;
  private final Clock clock;
  private final IdentityService identity;
  private final ApplicantNames names;
  private final TransactionTemplate transaction;
  private final ApplicantMobiles mobiles;

  CaseApplications(SubjectCodes subjectCodes, Catalogue catalogue, Cases cases, RuntimeService runtime, Clock clock,
      IdentityService identity, ApplicantNames names, TransactionTemplate transaction, ApplicantMobiles mobiles) {
    this.mobiles = mobiles;
    this.identity = identity;
    this.names = names;
    this.transaction = transaction;
    this.subjectCodes = subjectCodes;
    this.catalogue = catalogue;
    this.cases = cases;
    this.runtime = runtime;
    this.clock = clock;
  }

  public CaseRecord apply(ApplicationRequest request, String submittedBy) {
    String mobile = MobileNumbers.normalise(request.applicantMobile());
    SubjectCode code;
    try {
      code = subjectCodes.parse(request.applicantCode());
    } catch (InvalidCodeException e) {
      throw ApiException.badRequest("invalid-applicant-code", "申请人代码无效：" + e.messageZh(),
          "Invalid applicant code: " + e.messageEn());
    }
    ServiceItem item = catalogue.requireOpen(request.itemCode(), request.commitmentType());
    List<String> missing = request.missingMaterialsOrEmpty();
    checkMissingMaterials(item, request.commitmentType(), missing);
    // last: the only check that asks another system; an unreachable platform leaves the name for the credit step
    ApplicantNames.Checked name = names.confirm(code, request.applicantName());
    return transaction.execute(status -> open(request, submittedBy, code, item, missing, name, mobile));
  }

  private CaseRecord open(ApplicationRequest request, String submittedBy, SubjectCode code, ServiceItem item,
      List<String> missing, ApplicantNames.Checked name, String mobile) {
    CaseRecord record = new CaseRecord(cases.nextCaseNo(), null, code.value(), name.name(),
        request.applicantEmail().strip(), item.code(), item.department(), request.commitmentType(), missing, null, null,
        null, null, OffsetDateTime.now(clock), submittedBy, null, null);
    cases.insert(record, name.check());
    cases.recordServiceConsent(record.caseNo(), request.consentsToElectronicService());
    // before the process starts: its first step texts the applicant the signing deadline
    mobiles.record(record.caseNo(), mobile);
    // access was decided by the API's group check; the portal account has no engine permissions
    ProcessInstance instance = SystemCall.run(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY,
        record.caseNo(), CaseVariables.initial(record, item, catalogue.departmentName(item.department()))));
    cases.attachProcess(record.caseNo(), instance.getId());
    return cases.require(record.caseNo());
  }

  private static void checkMissingMaterials(ServiceItem item, CommitmentType type, List<String> missing) {
    if (type == CommitmentType.NOTIFY_COMMIT && !missing.isEmpty()) {
      throw ApiException.badRequest("missing-materials-not-allowed", "告知承诺方式须提交全部材料，不能容缺",
          "NOTIFY_COMMIT takes no missing materials; only TOLERATE_MISSING does");
    }
    if (type == CommitmentType.TOLERATE_MISSING && missing.isEmpty()) {
      throw ApiException.badRequest("missing-materials-required", "容缺受理须列明所缺材料",
          "TOLERATE_MISSING needs the list of missing materials");
    }
    for (String material : missing) {
      if (!item.materials().contains(material)) {
        throw ApiException.badRequest("unknown-material", "「" + material + "」不在该事项的申请材料清单中：" + item.materials(),
            "'" + material + "' is not one of the item's materials: " + item.materials());
      }
      if (!item.tolerates(material)) {
        throw ApiException.badRequest("substantive-material",
            "「" + material + "」是法律、法规及规章要求的实质性要件材料，不能容缺，须在申请时提交（普政数局〔2022〕25号 二（二））；"
                + "可容缺的材料：" + (item.tolerableMaterials().isEmpty() ? "无" : String.join("、", item.tolerableMaterials())),
            "'" + material + "' is a substantive material required by law and cannot be left missing; it must come with"
                + " the application. Materials that may be missing: " + item.tolerableMaterials());
      }
    }
    if (missing.size() >= item.materials().size() && !missing.isEmpty()) {
      throw ApiException.badRequest("nothing-submitted", "容缺受理不能缺少全部材料",
          "TOLERATE_MISSING cannot leave every material missing");
    }
    if (missing.stream().distinct().count() != missing.size()) {
      throw ApiException.badRequest("duplicate-material", "所缺材料有重复", "A missing material is listed twice");
    }
  }

}
