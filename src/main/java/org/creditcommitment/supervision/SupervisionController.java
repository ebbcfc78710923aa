package org.creditcommitment.supervision;

import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.CleanText;
import org.creditcommitment.system.RequestDates;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Risk warnings, the negative-behaviour reminder list and the inspection draw of a case. */
@RestController
class SupervisionController {

  record NewReminder(@NotBlank @Size(max = 18) String subjectCode,
      @NotBlank @Size(max = 500) @CleanText(TEXT) String reason) {}

  private final RiskWarnings riskWarnings;
  private final NegativeReminders reminders;
  private final InspectionDraw draws;
  private final SubjectCodes codes;

  SupervisionController(RiskWarnings riskWarnings, NegativeReminders reminders, InspectionDraw draws,
      SubjectCodes codes) {
    this.riskWarnings = riskWarnings;
    this.reminders = reminders;
    this.draws = draws;
    this.codes = codes;
  }

  @GetMapping("/api/risk-warnings")
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  List<RiskWarnings.Warning> warnings() {
    return riskWarnings.list();
  }

  @PostMapping("/api/risk-warnings/scan")
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.ADMIN})
  List<RiskWarnings.Warning> scan(@RequestParam(required = false) String asOf) {
    LocalDate day = RequestDates.parse("asOf", asOf);
    return day == null ? riskWarnings.scan() : riskWarnings.scan(day);
  }

  @GetMapping("/api/negative-reminders")
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.CLERK, Groups.AUDITOR, Groups.ADMIN})
  List<NegativeReminders.Reminder> reminders() {
    return reminders.all();
  }

  @PostMapping("/api/negative-reminders")
  @AllowedGroups(Groups.CREDIT_OFFICE)
  ResponseEntity<NegativeReminders.Reminder> addReminder(@Valid @RequestBody NewReminder body, CurrentUser user) {
    codes.parse(body.subjectCode()); // an invalid code is a 400 (SubjectProblems)
    return ResponseEntity.status(201).body(reminders.add(body.subjectCode(), body.reason().strip(), user.id()));
  }

  @DeleteMapping("/api/negative-reminders/{id}")
  @AllowedGroups(Groups.CREDIT_OFFICE)
  ResponseEntity<Void> removeReminder(@PathVariable long id, CurrentUser user) {
    reminders.remove(id, user.id());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/cases/{caseNo}/inspection-draw")
  @AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  Map<String, Object> draw(@ScopedKey @PathVariable String caseNo) {
    InspectionDraw.Draw draw = draws.find(caseNo).orElseThrow(() -> ApiException.notFound("no-draw",
        "该办件尚未进行双随机抽取", "No inspection draw for this case yet"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("draw", draw);
    body.put("replayMatches", draws.replay(caseNo).map(draw::equals).orElse(false));
    return body;
  }
}
