package org.creditcommitment.subject;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.system.ApiException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Parsing of subject codes from input, the one place where a registered checksum exception lets a
 * legal USCC with a wrong check character through (some early codes were issued that way).
 */
@Service
public class SubjectCodes {

  private final JdbcTemplate jdbc;
  private final AuditLog auditLog;
  private final Clock clock;

  SubjectCodes(JdbcTemplate jdbc, AuditLog auditLog, Clock clock) {
    this.jdbc = jdbc;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  /** Like {@link SubjectCode#parse}, but a registered checksum exception is accepted. */
  public SubjectCode parse(String text) {
    try {
      return SubjectCode.parse(text);
    } catch (InvalidCodeException e) {
      // registration made sure the format is right and only the check character is wrong
      // only a well-formed code can be registered; anything else (e.g. a NUL byte, which PostgreSQL
      // refuses in a query parameter) is invalid without asking the database
      if (text != null && text.matches("[0-9A-Z]{18}") && isChecksumException(text)) {
        return new SubjectCode(Uscc.checksumException(text).value(), SubjectType.LEGAL, true);
      }
      throw e;
    }
  }

  public boolean isChecksumException(String code) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM subject_checksum_exception WHERE code = ?",
        Integer.class, code);
    return count != null && count > 0;
  }

  /**
   * Every registered code that fails its check character (重错码: the list the credit office sends back to the code
   * office); a small table, read whole.
   */
  public java.util.Set<String> checksumExceptions() {
    return new java.util.HashSet<>(jdbc.queryForList("SELECT code FROM subject_checksum_exception", String.class));
  }

  /**
   * Registers a USCC whose format is right and whose check character is wrong. Refused (with nothing
   * written) for a code that passes the check anyway, a malformed code or one already registered.
   */
  @Transactional
  public SubjectCode registerChecksumException(String code, String reason) {
    if (SubjectCode.isValid(code)) {
      throw ApiException.conflict("checksum-exception-not-needed",
          "该代码校验通过，无需登记校验例外", "The code passes its check; no exception is needed");
    }
    // format errors are never lifted, only the check character of a USCC
    Uscc.checksumException(code);
    if (isChecksumException(code)) {
      throw ApiException.conflict("checksum-exception-exists",
          "该代码已登记为校验例外", "The code is already registered as a checksum exception");
    }
    String actor = auditLog.currentActor();
    jdbc.update("INSERT INTO subject_checksum_exception (code, reason, registered_by, registered_at) VALUES (?, ?, ?, ?)",
        code, reason, actor, OffsetDateTime.now(clock));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("reason", reason);
    details.put("before", null);
    details.put("after", Map.of("checksumException", true));
    auditLog.record(code, "subject.checksum-exception-registered", actor, details);
    return new SubjectCode(code, SubjectType.LEGAL, true);
  }
}
