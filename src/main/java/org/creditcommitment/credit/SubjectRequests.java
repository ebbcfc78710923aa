package org.creditcommitment.credit;

import static org.creditcommitment.system.FreeText.Kind.LINE;
import static org.creditcommitment.system.FreeText.Kind.NAME;
import static org.creditcommitment.system.FreeText.Kind.TEXT;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.system.CleanText;

/** Request bodies of the credit office's registry maintenance (validated before anything is written). */
final class SubjectRequests {

  private SubjectRequests() {}

  /** @param subjectType optional; when given it must match the code (USCC: LEGAL, resident ID: NATURAL) */
  record CreateSubject(@NotBlank @Size(max = 18) String code, SubjectType subjectType,
      @NotBlank @Size(max = 200) @CleanText(NAME) String name, @Email @Size(max = 254) String email,
      @Size(max = 16) String grade) {}

  record UpdateSubject(@NotBlank @Size(max = 200) @CleanText(NAME) String name, @Email @Size(max = 254) String email,
      SubjectType subjectType) {}

  record SetGrade(@NotBlank @Size(max = 16) String grade) {}

  /** @param publicityStart defaults to {@code date} */
  record AddDishonestyRecord(@NotBlank @Size(max = 200) @CleanText(NAME) String sourceUnit,
      @NotBlank @Size(max = 2000) @CleanText(TEXT) String basis, @Size(max = 100) @CleanText(LINE) String domain,
      @NotNull LocalDate date, LocalDate publicityStart, @NotNull LocalDate publicityEnd) {}

  record ChangeRecordStatus(@NotNull DishonestyStatus status,
      @NotBlank @Size(max = 1000) @CleanText(TEXT) String reason) {}

  record SetBlacklist(@NotNull Boolean blacklisted, @Size(max = 2000) @CleanText(TEXT) String basis) {}

  record SetRedList(@NotNull Boolean redListed) {}

  record RegisterChecksumException(@NotBlank @Size(max = 18) String code,
      @NotBlank @Size(max = 1000) @CleanText(TEXT) String reason) {}
}
