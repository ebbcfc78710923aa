package org.creditcommitment.correction;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Corrections by data providers: the supplying unit's officials ask, the credit office answers; the auditor reads.
 * Which unit may correct which record is {@link CorrectionFiling}'s check (403 otherwise).
 */
@RestController
class CorrectionController {

  private final CorrectionFiling filing;

  CorrectionController(CorrectionFiling filing) {
    this.filing = filing;
  }

  @PostMapping("/api/corrections")
  @AllowedGroups(Groups.PROVIDER)
  ResponseEntity<CorrectionView> file(@Valid @RequestBody CorrectionRequest request, CurrentUser user) {
    Correction correction = filing.file(request, user);
    return ResponseEntity.created(URI.create("/api/corrections/" + correction.correctionNo()))
        .body(filing.view(correction));
  }

  @PostMapping("/api/corrections/{correctionNo}/answer")
  @AllowedGroups(Groups.CREDIT_OFFICE)
  CorrectionView answer(@PathVariable String correctionNo, @Valid @RequestBody CorrectionAnswer answer,
      CurrentUser user) {
    return filing.view(filing.answer(correctionNo, answer, user));
  }

  @GetMapping("/api/corrections")
  @AllowedGroups({Groups.PROVIDER, Groups.CREDIT_OFFICE, Groups.AUDITOR})
  List<CorrectionView> waiting(CurrentUser user) {
    return filing.waiting(user);
  }

  @GetMapping("/api/corrections/{correctionNo}")
  @AllowedGroups({Groups.PROVIDER, Groups.CREDIT_OFFICE, Groups.AUDITOR})
  CorrectionView read(@PathVariable String correctionNo, CurrentUser user) {
    return filing.read(correctionNo, user);
  }
}
