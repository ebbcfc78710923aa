package org.creditcommitment.credit;

import java.util.Map;

import jakarta.validation.Valid;

import org.creditcommitment.credit.SubjectRequests.AddDishonestyRecord;
import org.creditcommitment.credit.SubjectRequests.ChangeRecordStatus;
import org.creditcommitment.credit.SubjectRequests.CreateSubject;
import org.creditcommitment.credit.SubjectRequests.RegisterChecksumException;
import org.creditcommitment.credit.SubjectRequests.SetBlacklist;
import org.creditcommitment.credit.SubjectRequests.SetGrade;
import org.creditcommitment.credit.SubjectRequests.SetRedList;
import org.creditcommitment.credit.SubjectRequests.UpdateSubject;
import org.creditcommitment.credit.adapters.CreditRegistry;
import org.creditcommitment.credit.adapters.NewDishonestyRecord;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CaseScope;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.FreeText;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit profiles for officials, and the credit office's maintenance of the embedded registry.
 * Profiles carry personal data as stored: clerks need it to serve the applicant; nothing here is public.
 */
@RestController
@AllowedGroups(Groups.CREDIT_OFFICE)
class SubjectCreditController {

  static final String LOOKUP = "GET /api/subjects/{code}/credit";
  private static final int MAX_CASE = 100;

  private final CreditPlatform platform;
  private final CreditRegistry registry;
  private final SubjectCodes codes;
  private final CreditLookups lookups;
  private final CaseScope scope;

  SubjectCreditController(CreditPlatform platform, CreditRegistry registry, SubjectCodes codes, CreditLookups lookups,
      CaseScope scope) {
    this.platform = platform;
    this.registry = registry;
    this.codes = codes;
    this.lookups = lookups;
    this.scope = scope;
  }

  /**
   * A subject's profile, for a case the caller reads ({@code case}) or, outside a case, for a stated {@code purpose}
   * (汕府办函〔2021〕17号 (二十二)); the look-up is recorded before the profile is returned. A look-up naming neither, or a
   * case the caller may not read, is refused and nothing is recorded.
   */
  @GetMapping("/api/subjects/{code}/credit")
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.CLERK})
  CreditProfile credit(@PathVariable String code, @RequestParam(name = "case", required = false) String caseNo,
      @RequestParam(required = false) String purpose, CurrentUser user) {
    String subject = codes.parse(code).value();
    String theCase = readableCase(caseNo, user);
    String why = CreditLookups.requirePurpose(theCase, purpose);
    CreditProfile profile = platform.query(subject);
    lookups.record(subject, theCase, why, LOOKUP);
    return profile;
  }

  /** The case a look-up is made for, as the product numbers it; one the caller may not read is unknown (404). */
  private String readableCase(String caseNo, CurrentUser user) {
    if (caseNo == null || caseNo.isBlank()) {
      return null;
    }
    String key = caseNo.strip();
    if (key.length() > MAX_CASE) {
      throw ApiException.badRequest("invalid-case", "办件编号过长", "The case number is too long");
    }
    FreeText.require("case", key, FreeText.Kind.LINE);
    String canonical = scope.canonical(key);
    scope.requireReadable(canonical, user);
    scope.requireKnown(canonical);
    return canonical;
  }

  @PostMapping("/api/subjects")
  @ResponseStatus(HttpStatus.CREATED)
  CreditProfile create(@Valid @RequestBody CreateSubject request) {
    SubjectCode code = codes.parse(request.code());
    requireType(code, request.subjectType());
    registry.createSubject(new NewSubject(code.value(), code.type(), request.name().strip(), blankToNull(request.email()),
        blankToNull(request.grade())));
    return registry.profile(code.value());
  }

  @PutMapping("/api/subjects/{code}")
  CreditProfile update(@PathVariable String code, @Valid @RequestBody UpdateSubject request) {
    SubjectCode subject = known(code);
    requireType(subject, request.subjectType());
    registry.updateSubject(subject.value(), request.name().strip(), blankToNull(request.email()));
    return registry.profile(subject.value());
  }

  @PutMapping("/api/subjects/{code}/grade")
  CreditProfile grade(@PathVariable String code, @Valid @RequestBody SetGrade request) {
    SubjectCode subject = known(code);
    registry.setGrade(subject.value(), request.grade());
    return registry.profile(subject.value());
  }

  @PostMapping("/api/subjects/{code}/dishonesty-records")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> addDishonestyRecord(@PathVariable String code, @Valid @RequestBody AddDishonestyRecord request) {
    SubjectCode subject = known(code);
    long id = registry.addDishonestyRecord(subject.value(), new NewDishonestyRecord(request.sourceUnit().strip(),
        request.basis().strip(), blankToNull(request.domain()), request.date(),
        request.publicityStart() != null ? request.publicityStart() : request.date(), request.publicityEnd()));
    return Map.of("id", id, "subjectCode", subject.value());
  }

  @PutMapping("/api/subjects/{code}/dishonesty-records/{id}/status")
  DishonestyRecord changeStatus(@PathVariable String code, @PathVariable long id,
      @Valid @RequestBody ChangeRecordStatus request) {
    SubjectCode subject = known(code);
    registry.dishonestyRecord(id).filter(r -> r.subjectCode().equals(subject.value()))
        .orElseThrow(() -> ApiException.notFound("unknown-dishonesty-record", "该主体没有编号为 " + id + " 的失信记录",
            "The subject has no dishonesty record " + id));
    return registry.changeRecordStatus(id, request.status(), request.reason().strip());
  }

  @PutMapping("/api/subjects/{code}/blacklist")
  CreditProfile blacklist(@PathVariable String code, @Valid @RequestBody SetBlacklist request) {
    SubjectCode subject = known(code);
    registry.setBlacklist(subject.value(), request.blacklisted(), blankToNull(request.basis()));
    return registry.profile(subject.value());
  }

  @PutMapping("/api/subjects/{code}/red-list")
  CreditProfile redList(@PathVariable String code, @Valid @RequestBody SetRedList request) {
    SubjectCode subject = known(code);
    registry.setRedList(subject.value(), request.redListed());
    return registry.profile(subject.value());
  }

  @PostMapping("/api/checksum-exceptions")
  @ResponseStatus(HttpStatus.CREATED)
  SubjectCode registerChecksumException(@Valid @RequestBody RegisterChecksumException request) {
    return codes.registerChecksumException(request.code(), request.reason().strip());
  }

  private SubjectCode known(String code) {
    SubjectCode subject = codes.parse(code);
    if (!registry.exists(subject.value())) {
      throw ApiException.notFound("unknown-subject", "信用主体不存在：" + subject.value(),
          "No credit subject " + subject.value());
    }
    return subject;
  }

  private static void requireType(SubjectCode code, SubjectType requested) {
    if (requested != null && requested != code.type()) {
      throw ApiException.badRequest("subject-type-mismatch",
          "主体类型与代码不符：该代码为" + (code.type() == SubjectType.LEGAL ? "统一社会信用代码（法人）" : "公民身份号码（自然人）"),
          "The subject type does not match the code, which is a " + code.type() + " person's code");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
