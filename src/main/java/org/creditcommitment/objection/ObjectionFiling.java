package org.creditcommitment.objection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.CreditRegistry;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.repair.RepairFiling;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files an objection (汕府办函〔2021〕17号 (二十三)): every check before anything is written; then, in one
 * transaction, the objection row, the record marked UNDER_OBJECTION (so every profile query shows it at
 * once) and the credit-objection process instance.
 */
@Service
@EnableConfigurationProperties(ObjectionProperties.class)
public class ObjectionFiling {

  public static final String PROCESS_KEY = "credit-objection";

  private final SubjectCodes codes;
  private final CreditRegistry registry;
  private final RepairFiling repairs;
  private final Objections objections;
  private final SequenceNumbers numbers;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ObjectionProperties properties;

  ObjectionFiling(SubjectCodes codes, CreditRegistry registry, RepairFiling repairs, Objections objections,
      SequenceNumbers numbers, RuntimeService runtime, IdentityService identity, ObjectionProperties properties) {
    this.codes = codes;
    this.registry = registry;
    this.repairs = repairs;
    this.objections = objections;
    this.numbers = numbers;
    this.runtime = runtime;
    this.identity = identity;
    this.properties = properties;
  }

  @Transactional
  public Objection file(ObjectionRequest request, String user) {
    SubjectCode code = codes.parse(request.subjectCode()); // an invalid code is a 400 (SubjectProblems)
    DishonestyRecord record = registry.requireRecordOf(code.value(), request.recordId());
    if (record.status() == DishonestyStatus.UNDER_OBJECTION) {
      throw ApiException.conflict("record-under-objection", "该失信记录已有正在处理的异议，请等待处理结果",
          "The record is already under objection");
    }
    if (!record.isActive()) {
      throw ApiException.conflict("record-not-active", "该失信记录已不在公示期内（" + record.status() + "），无需提出异议",
          "Only an ACTIVE record can be objected to; this one is " + record.status());
    }
    if (repairs.hasOpenRepair(record.id())) {
      throw ApiException.conflict("record-under-repair", "该失信记录有正在办理的信用修复申请，修复办结后方可提出异议",
          "The record has an open credit repair; object after it ends");
    }
    String no = numbers.next("YY", "objection_no_seq");
    try {
      objections.insert(no, code.value(), record.id(), request.reason().strip(), request.evidenceOrEmpty(), user);
    } catch (DuplicateKeyException raced) {
      throw ApiException.conflict("record-under-objection", "该失信记录已有正在处理的异议，请等待处理结果",
          "The record is already under objection");
    }
    registry.changeRecordStatus(record.id(), DishonestyStatus.UNDER_OBJECTION, "异议受理 " + no);
    CreditProfile profile = registry.profile(code.value());
    ProcessInstance instance = SystemCall.run(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, no,
        variables(no, code, profile, record, request)));
    objections.attachProcess(no, instance.getId());
    return objections.require(no);
  }

  private Map<String, Object> variables(String no, SubjectCode code, CreditProfile profile, DishonestyRecord record,
      ObjectionRequest request) {
    Map<String, Object> v = new HashMap<>();
    v.put("objectionNo", no);
    v.put("subjectCode", code.value());
    v.put("subjectCodeMasked", code.masked());
    v.put("subjectName", profile.name());
    v.put("subjectEmail", profile.email() == null ? "" : profile.email());
    v.put("recordId", record.id());
    v.put("recordSummary", record.summary());
    v.put("recordSourceUnit", record.sourceUnit());
    v.put("recordBasis", record.basis());
    v.put("recordDomain", record.domain() == null ? "" : record.domain());
    v.put("recordPublicityStart", record.publicityStart().toString());
    v.put("recordPublicityEnd", record.publicityEnd().toString());
    v.put("objectionReason", request.reason().strip());
    v.put("evidenceText", evidenceText(request.evidenceOrEmpty()));
    v.put("answerDeadlineSpec", properties.answerPeriod());
    v.put("answerReminderSpec", properties.answerReminder());
    return v;
  }

  static String evidenceText(List<String> evidence) {
    return evidence.isEmpty() ? "无" : String.join("\n", evidence.stream().map(String::strip).toList());
  }


  Objection find(String no) {
    return objections.require(no);
  }
}
