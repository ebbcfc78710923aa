package org.creditcommitment.voluntary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.credit.ApplicantNames;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.Hashing;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Files a voluntary or self-regulatory commitment online (汕府办函〔2021〕17号 二（一）: 支持市场主体开展主动型、自律型信用承诺，
 * 鼓励市场主体在线承诺并公示). Every check comes first (template, codes, members, the registered name, the hash of the
 * text signed); then, in one transaction, the row and the voluntary-commitment process instance. The text is fixed by
 * the template and the input, so the portal renders it first ({@link #text}), shows it, and files with its hash.
 */
@Service
class VoluntaryFiling {

  static final String PROCESS_KEY = "voluntary-commitment";
  static final String NUMBER_PREFIX = "ZY";

  private final VoluntaryTemplates templates;
  private final SubjectCodes codes;
  private final ApplicantNames names;
  private final Catalogue catalogue;
  private final VoluntaryRows rows;
  private final SequenceNumbers numbers;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  VoluntaryFiling(VoluntaryTemplates templates, SubjectCodes codes, ApplicantNames names, Catalogue catalogue,
      VoluntaryRows rows, SequenceNumbers numbers, RuntimeService runtime, IdentityService identity, AuditLog audit,
      TransactionTemplate transaction) {
    this.templates = templates;
    this.codes = codes;
    this.names = names;
    this.catalogue = catalogue;
    this.rows = rows;
    this.numbers = numbers;
    this.runtime = runtime;
    this.identity = identity;
    this.audit = audit;
    this.transaction = transaction;
  }

  /** The text as rendered for this input, with the registered name and the members checked. */
  record Draft(VoluntaryTemplate template, SubjectCode subject, String subjectName, NameCheck nameCheck,
      List<String> members, String text, String sha256) {}

  /**
   * Checks the input and renders the text.
   *
   * @throws ApiException 400 for an unknown template, an invalid code, members where none belong or missing where
   *     they do, a name other than the registered one. A credit platform that cannot be reached renders the text with
   *     the name as given ({@link NameCheck#UNVERIFIED}); the process checks it before anyone reviews or publishes it.
   */
  Draft text(VoluntaryRequests.Text request) {
    VoluntaryTemplate template = templates.require(request.templateCode().strip());
    SubjectCode subject = codes.parse(request.subjectCode()); // an invalid code is a 400 (SubjectProblems)
    List<String> members = members(template, subject, request.membersOrEmpty());
    ApplicantNames.Checked name = names.confirm(subject, request.subjectName());
    String text = template.render(name.name(), subject.value(), members);
    return new Draft(template, subject, name.name(), name.check(), members, text, Hashing.sha256(text));
  }

  private List<String> members(VoluntaryTemplate template, SubjectCode association, List<String> given) {
    if (!template.coversMembers()) {
      if (!given.isEmpty()) {
        throw ApiException.badRequest("members-not-allowed", "主动型信用承诺由信用主体本身作出，不能列出会员单位",
            "A voluntary (主动型) commitment is made by the subject itself and lists no members");
      }
      return List.of();
    }
    if (given.isEmpty()) {
      throw ApiException.badRequest("members-required", "行业自律型信用承诺须列出所覆盖的会员单位",
          "A self-regulatory (行业自律型) commitment must list the member subjects it covers");
    }
    List<String> members = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String text : given) {
      String code = codes.parse(text).value(); // each member's code is checked like the subject's
      if (code.equals(association.value())) {
        throw ApiException.badRequest("member-is-filer", "提交承诺的行业组织本身不能列为会员单位（" + code + "）",
            "The association filing the commitment cannot list itself as a member (" + code + ")");
      }
      if (!seen.add(code)) {
        throw ApiException.badRequest("duplicate-member", "会员单位「" + code + "」重复列出",
            "Member " + code + " is listed twice");
      }
      members.add(code);
    }
    return members;
  }

  /** Files the commitment: checks first, then row and process instance in one transaction. */
  VoluntaryRecord file(VoluntaryRequests.Filing request, String user) {
    Draft draft = text(request.text());
    if (!draft.sha256().equalsIgnoreCase(request.textSha256())) {
      throw ApiException.badRequest("text-mismatch",
          "签署的承诺书摘要与该模板生成的承诺书不一致，请重新获取承诺书文本后签署",
          "The hash signed does not match the text this template renders for this subject; fetch the text again and"
              + " sign it");
    }
    String email = request.email().strip();
    String signer = request.signer().strip();
    return transaction.execute(status -> {
      String no = numbers.next(NUMBER_PREFIX, "voluntary_no_seq");
      rows.insert(no, draft.template(), draft.subject().value(), draft.subjectName(), draft.nameCheck(), email,
          draft.members(), draft.text(), draft.sha256(), signer, user);
      ProcessInstance instance = SystemCall.run(identity, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, no,
          variables(no, draft)));
      rows.attachProcess(no, instance.getId());
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("template", draft.template().code());
      details.put("category", draft.template().category().name());
      details.put("subjectCode", draft.subject().masked());
      details.put("members", draft.members().size());
      details.put("textSha256", draft.sha256());
      details.put("nameCheck", draft.nameCheck().name());
      audit.record(no, "voluntary.filed", user, details);
      return rows.require(no);
    });
  }

  /**
   * What the process keeps: the number, what a Tasklist card shows (信用主体, 事项 = the template, 部门) and the
   * department its review goes to. Everything else is on the row.
   */
  private Map<String, Object> variables(String no, Draft draft) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("voluntaryNo", no);
    v.put("subjectName", draft.subjectName());
    v.put("itemName", draft.template().name());
    v.put("department", draft.template().department());
    v.put("departmentName", catalogue.departmentName(draft.template().department()));
    // routes the start only (transient): a name filed unverified is checked before the review
    v.put(VoluntarySteps.NAME_UNVERIFIED, Variables.booleanValue(draft.nameCheck() == NameCheck.UNVERIFIED, true));
    return v;
  }
}
