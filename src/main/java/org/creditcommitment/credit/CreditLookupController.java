package org.creditcommitment.credit;

import java.time.LocalDate;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.FreeText;
import org.creditcommitment.system.RequestDates;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The auditor's list of credit look-ups (汕府办函〔2021〕17号 (二十二)); nobody else reads who looked up whom. */
@RestController
@AllowedGroups(Groups.AUDITOR)
class CreditLookupController {

  private static final int MAX_USER = 100;

  private final CreditLookups lookups;
  private final SubjectCodes codes;

  CreditLookupController(CreditLookups lookups, SubjectCodes codes) {
    this.lookups = lookups;
    this.codes = codes;
  }

  @GetMapping("/api/audit/credit-lookups")
  CreditLookups.Listing list(@RequestParam(required = false) String subject,
      @RequestParam(required = false) String user, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    String subjectCode = subject == null || subject.isBlank() ? null : codes.parse(subject).value();
    return lookups.list(subjectCode, official(user), RequestDates.parse("from", from), RequestDates.parse("to", to));
  }

  private static String official(String user) {
    if (user == null || user.isBlank()) {
      return null;
    }
    String id = user.strip();
    if (id.length() > MAX_USER) {
      throw ApiException.badRequest("invalid-user", "用户名不得超过 " + MAX_USER + " 个字符",
          "A user id has at most " + MAX_USER + " characters");
    }
    FreeText.require("user", id, FreeText.Kind.NAME);
    return id;
  }
}
