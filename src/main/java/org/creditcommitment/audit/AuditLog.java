package org.creditcommitment.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.Hashing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;

/**
 * Append-only, hash-chained audit events. Each event's hash is SHA-256 (hex) over
 * {@link #canonical}: the previous hash and the event's id, time (UTC, milliseconds), ref, type,
 * actor and details JSON (keys sorted), joined by line feeds; so changing, removing or reordering a
 * stored event breaks the chain. The single-row {@code audit_chain_head} is locked with SELECT ... FOR
 * UPDATE, which keeps the chain linear when several transactions (or nodes) write at once; the lock
 * is held until the caller's transaction commits, so the event and the change it records commit together.
 */
@Service
public class AuditLog {

  public static final String SYSTEM_ACTOR = "system";
  public static final String GENESIS_HASH = "0".repeat(64);

  private static final ObjectMapper JSON = JsonMapper.builder()
      .findAndAddModules()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .build();

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final IdentityService identityService;

  AuditLog(JdbcTemplate jdbc, Clock clock, IdentityService identityService) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.identityService = identityService;
  }

  /**
   * Appends one event in the caller's transaction (or its own).
   *
   * @param subjectRef what the event is about: a case number or a subject code
   * @param type what happened, e.g. {@code credit.grade-set}
   * @param actor a user id, or {@link #SYSTEM_ACTOR}; see {@link #currentActor()}
   * @param details before/after values and the like; serialised as JSON with sorted keys
   * @return the id of the event
   */
  @Transactional
  public long record(String subjectRef, String type, String actor, Map<String, Object> details) {
    Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
    long id = ((Number) head.get("last_id")).longValue() + 1;
    String prevHash = (String) head.get("last_hash");
    Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    String detailsJson = toJson(details);
    String hash = Hashing.sha256(canonical(prevHash, id, occurredAt, subjectRef, type, actor, detailsJson));
    jdbc.update("INSERT INTO audit_event (id, occurred_at, ref, type, actor, details, prev_hash, hash) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", id, OffsetDateTime.ofInstant(occurredAt, ClockConfig.ZONE), subjectRef,
        type, actor, detailsJson, prevHash, hash);
    jdbc.update("UPDATE audit_chain_head SET last_id = ?, last_hash = ? WHERE id = 1", id, hash);
    return id;
  }

  /** The user of the current request or engine call (Camunda authentication), else {@link #SYSTEM_ACTOR}. */
  public String currentActor() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM_ACTOR;
  }

  /** The text an event's hash is computed over; a later verifier recomputes it from the stored columns. */
  public static String canonical(String prevHash, long id, Instant occurredAt, String ref, String type, String actor,
      String detailsJson) {
    return String.join("\n", prevHash, Long.toString(id), occurredAt.truncatedTo(ChronoUnit.MILLIS).toString(),
        String.valueOf(ref), type, actor, detailsJson);
  }


  static String toJson(Map<String, Object> details) {
    try {
      return JSON.writeValueAsString(details == null ? Map.of() : details);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Audit details must be serialisable as JSON", e);
    }
  }
}
