package org.creditcommitment.credit.adapters;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.credit.AdministrativePenalty;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.CreditPlatformException;
import org.creditcommitment.credit.CreditProfile;
import org.creditcommitment.credit.CreditRecord;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.credit.DishonestyStatus;
import org.creditcommitment.credit.InspectionResult;
import org.creditcommitment.credit.PushReceipt;
import org.creditcommitment.credit.RecordCorrection;
import org.creditcommitment.credit.UnknownSubjectException;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.Timestamps;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The credit platform inside the application (adapter {@code embedded}): queries read the
 * {@link CreditRegistry}; pushes are kept in {@code credit_pushed_record} (unique idempotency key) and
 * applied to the registry, so what the product pushes is what it later queries. A push's subject code and payload are
 * stored encrypted ({@link org.creditcommitment.credit.PushedRecords} reads them).
 */
class EmbeddedCreditPlatform implements CreditPlatform {

  private final CreditRegistry registry;
  private final RegistryPersonalData personal;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final AuditLog auditLog;
  private final ObjectMapper json;
  private final Clock clock;
  private final PersonalDataCipher cipher;

  EmbeddedCreditPlatform(CreditRegistry registry, RegistryPersonalData personal, JdbcTemplate jdbc,
      TransactionTemplate transaction, AuditLog auditLog, ObjectMapper json, Clock clock, PersonalDataCipher cipher) {
    this.registry = registry;
    this.personal = personal;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.auditLog = auditLog;
    this.json = json;
    this.clock = clock;
    this.cipher = cipher;
  }

  @Override
  public CreditProfile query(String code) {
    return registry.profile(code);
  }

  @Override
  public PushReceipt push(CreditRecord record) {
    Optional<PushReceipt> earlier = earlierPush(record);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    try {
      return transaction.execute(status -> store(record));
    } catch (DuplicateKeyException raced) {
      // a concurrent retry with the same key won; its record is the one
      return earlierPush(record).orElseThrow(() -> new CreditPlatformException("Push " + record.idempotencyKey()
          + " collided with a concurrent push that is not visible yet; retry", raced));
    } catch (ApiException refused) {
      throw new CreditPlatformException("The embedded registry refused the " + record.type() + " push for "
          + record.subjectCode() + ": " + refused.messageEn(), refused);
    }
  }

  @Override
  public void feedInspection(InspectionResult result) {
    Integer earlier = jdbc.queryForObject("SELECT COUNT(*) FROM credit_inspection_feed WHERE idempotency_key = ?",
        Integer.class, result.idempotencyKey());
    if (earlier != null && earlier > 0) {
      return;
    }
    try {
      transaction.executeWithoutResult(status -> {
        jdbc.update("INSERT INTO credit_inspection_feed (idempotency_key, case_number, subject_code, compliant, findings, "
            + "inspected_on, inspector, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", result.idempotencyKey(),
            result.caseNumber(), personal.storedCode(result.subjectCode()), result.compliant(), result.findings(), result.inspectedOn(),
            result.inspector(), OffsetDateTime.now(clock));
        auditLog.record(result.caseNumber(), "credit.inspection-fed", auditLog.currentActor(),
            Map.of("subjectCode", result.subjectCode(), "compliant", result.compliant(), "key", result.idempotencyKey()));
      });
    } catch (DuplicateKeyException raced) {
      // fed by a concurrent retry: once is what counts
    }
  }

  @Override
  public Optional<DishonestyRecord> dishonestyRecord(String subjectCode, long recordId) {
    if (!registry.exists(subjectCode)) {
      throw new UnknownSubjectException(subjectCode);
    }
    return registry.dishonestyRecord(recordId).filter(r -> r.subjectCode().equals(subjectCode));
  }

  @Override
  public void markUnderObjection(String subjectCode, long recordId, String objectionNo) {
    // joins the caller's transaction: filing an objection writes its row, its process and the mark at once
    transaction.executeWithoutResult(status -> {
      DishonestyRecord record = recordOf(subjectCode, recordId);
      if (record.status() == DishonestyStatus.UNDER_OBJECTION) {
        return;
      }
      if (!record.inForce()) {
        throw new CreditPlatformException("Dishonesty record " + recordId + " of " + subjectCode + " is "
            + record.status() + " and cannot be put under objection " + objectionNo);
      }
      registry.changeRecordStatus(recordId, DishonestyStatus.UNDER_OBJECTION, "异议受理 " + objectionNo);
    });
  }

  /**
   * The registry does not note which objection marked a record, so any mark is taken back; a filing that
   * failed has already rolled its own mark back, as the mark was written in its transaction.
   */
  @Override
  public void withdrawObjectionMark(String subjectCode, long recordId, String objectionNo) {
    transaction.executeWithoutResult(status -> {
      if (recordOf(subjectCode, recordId).status() == DishonestyStatus.UNDER_OBJECTION) {
        registry.changeRecordStatus(recordId, DishonestyStatus.ACTIVE, "异议 " + objectionNo + " 未能受理，撤回异议标注");
      }
    });
  }

  @Override
  public List<AdministrativePenalty> penalties(String subjectCode, LocalDate from, LocalDate to) {
    if (!registry.exists(subjectCode)) {
      throw new UnknownSubjectException(subjectCode);
    }
    return registry.penalties(subjectCode, from, to);
  }

  @Override
  public List<DishonestyRecord> recordsWithPublicityEndedBefore(LocalDate day) {
    return registry.recordsWithPublicityEndedBefore(day);
  }

  @Override
  public List<DishonestyRecord> recordsSince(LocalDate from) {
    return registry.recordsSince(from);
  }

  private DishonestyRecord recordOf(String subjectCode, long recordId) {
    return dishonestyRecord(subjectCode, recordId).orElseThrow(() -> new CreditPlatformException("Subject "
        + subjectCode + " has no dishonesty record " + recordId));
  }

  private PushReceipt store(CreditRecord record) {
    String recordId = apply(record, new PushPayload(record));
    Instant receivedAt = clock.instant();
    jdbc.update("INSERT INTO credit_pushed_record (idempotency_key, record_type, subject_code, reference, payload, "
        + "platform_record_id, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)", record.idempotencyKey(), record.type().name(),
        cipher.encrypt(record.subjectCode()), record.reference(), cipher.encrypt(toJson(record.payload())), recordId,
        OffsetDateTime.ofInstant(receivedAt, clock.getZone()));
    auditLog.record(record.subjectCode(), "credit.record-pushed", auditLog.currentActor(), Map.of("type",
        record.type().name(), "reference", String.valueOf(record.reference()), "key", record.idempotencyKey(),
        "recordId", recordId));
    return new PushReceipt(recordId, record.idempotencyKey(), false, receivedAt, CreditRegistry.SOURCE);
  }

  /** Applies the record to the registry; returns the platform's id for it. */
  private String apply(CreditRecord record, PushPayload payload) {
    LocalDate today = LocalDate.now(clock);
    return switch (record.type()) {
      case DISHONESTY -> {
        LocalDate date = payload.date("date", today);
        LocalDate start = payload.date("publicityStart", date);
        yield Long.toString(registry.addDishonestyRecord(record.subjectCode(), new NewDishonestyRecord(
            payload.text("sourceUnit"), payload.text("basis"), payload.optionalText("domain"), date, start,
            payload.date("publicityEnd", null))));
      }
      case FULFILMENT -> "fulfilment-" + registry.addFulfilmentRecord(record.subjectCode(), new NewFulfilmentRecord(
          payload.text("sourceUnit"), record.reference(), payload.text("outcome"), payload.optionalText("description"),
          payload.date("date", today)));
      case CORRECTION -> correct(record, payload, payload.status(DishonestyStatus.CORRECTED));
      case REPAIR -> changeStatus(record, payload, DishonestyStatus.REPAIRED);
      case PUBLICITY_END -> changeStatus(record, payload, DishonestyStatus.EXPIRED);
      case COMMITMENT -> "commitment-" + UUID.randomUUID();
      case BREACH -> "breach-" + UUID.randomUUID();
      case VOLUNTARY_COMMITMENT -> "voluntary-" + UUID.randomUUID();
      case REPAIR_COMMITMENT -> "repair-commitment-" + UUID.randomUUID();
      case LICENCE -> "licence-" + UUID.randomUUID();
    };
  }

  /**
   * A correction that names fields (basis, domain, sourceUnit, publicityEnd) changes them too; one that names
   * correctedSubjectCode moves the record to that subject.
   */
  private String correct(CreditRecord record, PushPayload payload, DishonestyStatus status) {
    RecordCorrection correction = new RecordCorrection(payload.optionalText("sourceUnit"),
        payload.optionalText("basis"), payload.optionalText("domain"),
        record.payload().containsKey("publicityEnd") ? payload.date("publicityEnd", null) : null);
    String newCode = payload.optionalText("correctedSubjectCode");
    if (correction.isEmpty() && newCode == null) {
      return changeStatus(record, payload, status);
    }
    long id = payload.referencedRecordId();
    registry.dishonestyRecord(id).filter(r -> r.subjectCode().equals(record.subjectCode()))
        .orElseThrow(() -> payload.invalid("refers to dishonesty record " + id + ", which " + record.subjectCode()
            + " does not have"));
    registry.correctRecord(id, correction, status, payload.optionalText("reason"));
    if (newCode != null && !newCode.equals(record.subjectCode())) {
      registry.reassignRecord(id, newCode, payload.optionalText("reason"));
    }
    return Long.toString(id);
  }

  private String changeStatus(CreditRecord record, PushPayload payload, DishonestyStatus status) {
    long id = payload.referencedRecordId();
    DishonestyRecord current = registry.dishonestyRecord(id)
        .filter(r -> r.subjectCode().equals(record.subjectCode()))
        .orElseThrow(() -> payload.invalid("refers to dishonesty record " + id + ", which " + record.subjectCode()
            + " does not have"));
    DishonestyStatus next = current.status().answeredWith(status);
    if (current.status() != next) {
      registry.changeRecordStatus(id, next, payload.optionalText("reason"));
    }
    return Long.toString(id);
  }

  private Optional<PushReceipt> earlierPush(CreditRecord record) {
    List<PushReceipt> receipts = jdbc.query("SELECT * FROM credit_pushed_record WHERE idempotency_key = ?", (rs, i) -> {
      String subjectCode = cipher.decrypt(rs.getString("subject_code"));
      if (!rs.getString("record_type").equals(record.type().name()) || !subjectCode.equals(record.subjectCode())) {
        throw new CreditPlatformException("Idempotency key " + record.idempotencyKey() + " was already used for a "
            + rs.getString("record_type") + " record of " + subjectCode);
      }
      return new PushReceipt(rs.getString("platform_record_id"), record.idempotencyKey(), true,
          Timestamps.read(rs, "received_at").toInstant(), CreditRegistry.SOURCE);
    }, record.idempotencyKey());
    return receipts.stream().findFirst();
  }

  private String toJson(Map<String, Object> payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new CreditPlatformException("The payload of a push cannot be written as JSON", e);
    }
  }
}
