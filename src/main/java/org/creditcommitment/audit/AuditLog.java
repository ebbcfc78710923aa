package org.creditcommitment.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.creditcommitment.system.ClockConfig;
import org.creditcommitment.system.SequenceNumbers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;

/**
 * Append-only, hash-chained audit events, written in two steps so that no business transaction waits for
 * another one:
 * <ol>
 *   <li>{@link #record} appends the event in the caller's transaction, unchained: an id from a sequence and its
 *       {@code content_hash}, HMAC-SM3 (hex; {@link AuditHashing}: the algorithm of {@code cc.crypto.suite} under
 *       the audit key, both recorded in {@code hash_alg} and {@code key_id}) over {@link #canonicalContent} (id,
 *       time in UTC milliseconds, ref as stored, type, actor, details JSON with sorted keys). The event commits (or rolls
 *       back) with the change it records, and the content hash already makes a later edit of it detectable.</li>
 *   <li>After that transaction commits (and on a schedule), {@link AuditChain} links the unchained events in id
 *       order under the single-row {@code audit_chain_head} lock, in one short transaction: chain position
 *       {@code chain_no}, {@code prev_hash} and {@code hash} over {@link #chainLink}; so removing or reordering
 *       chained events breaks the chain. The lock keeps the chain linear across threads and nodes, but it is
 *       held for a few statements only, not for the caller's whole transaction. The head row carries a seal
 *       (HMAC under the audit key over its position and hash), so removing the newest events is detectable too.</li>
 * </ol>
 * Events from before the keyed chain keep {@code hash_alg} SHA-256 and their unkeyed hashes; the first keyed event
 * links to the last of them, so they stay protected by the key from there on.
 * {@link AuditChainVerifier} checks both parts.
 */
@Service
public class AuditLog {

  public static final String SYSTEM_ACTOR = "system";
  public static final String GENESIS_HASH = "0".repeat(64);
  /**
   * Event type of a message the applicant's side delivered to a case (withdrawal, materials, rectification):
   * the engine keeps no user for a message, this event names who delivered it.
   */
  public static final String APPLICANT_MESSAGE = "case.applicant-message";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .findAndAddModules()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
      .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
      .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false)
      .build();

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final IdentityService identityService;
  private final SequenceNumbers sequences;
  private final AuditChain chain;
  private final AuditHashing hashing;
  private final AuditRefs refs;

  AuditLog(JdbcTemplate jdbc, Clock clock, IdentityService identityService, SequenceNumbers sequences,
      AuditChain chain, AuditHashing hashing, AuditRefs refs) {
    this.hashing = hashing;
    this.refs = refs;
    this.jdbc = jdbc;
    this.clock = clock;
    this.identityService = identityService;
    this.sequences = sequences;
    this.chain = chain;
  }

  /**
   * Appends one event, unchained, in the caller's transaction (or its own); it is chained after commit.
   *
   * @param subjectRef what the event is about: a case number or a subject code (a natural person's is stored as its
   *     masked code and keyed index, {@link AuditRefs}; {@link AuditEvents} finds the events by the code)
   * @param type what happened, e.g. {@code credit.grade-set}
   * @param actor a user id, or {@link #SYSTEM_ACTOR}; see {@link #currentActor()}
   * @param details before/after values and the like; serialised as JSON with sorted keys, personal data masked
   *     ({@link PersonalDetails})
   * @return the id of the event
   */
  @Transactional
  public long record(String subjectRef, String type, String actor, Map<String, Object> details) {
    long id = sequences.nextValue("audit_event_seq");
    Instant occurredAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    // masked before hashing: the chain covers what is stored (PersonalDetails)
    String detailsJson = toJson(PersonalDetails.masked(details));
    String ref = refs.stored(subjectRef);
    AuditHashing.Hasher hasher = hashing.current();
    String contentHash = hasher.hex(canonicalContent(id, occurredAt, ref, type, actor, detailsJson));
    jdbc.update("INSERT INTO audit_event (id, occurred_at, ref, type, actor, details, content_hash, hash_alg, key_id) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, OffsetDateTime.ofInstant(occurredAt, ClockConfig.ZONE), ref,
        type, actor, detailsJson, contentHash, hasher.algorithm().stored(), hasher.keyId());
    chainAfterCommit();
    return id;
  }

  private void chainAfterCommit() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          chain.chainSoon();
        }
      });
    } else {
      chain.chainSoon();
    }
  }

  /** The user of the current request or engine call (Camunda authentication), else {@link #SYSTEM_ACTOR}. */
  public String currentActor() {
    Authentication authentication = identityService.getCurrentAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM_ACTOR;
  }

  /** The text an event's content hash is computed over; the verifier recomputes it from the stored columns. */
  public static String canonicalContent(long id, Instant occurredAt, String ref, String type, String actor,
      String detailsJson) {
    return String.join("\n", Long.toString(id), occurredAt.truncatedTo(ChronoUnit.MILLIS).toString(),
        String.valueOf(ref), type, actor, detailsJson);
  }

  /** The text a chained event's hash is computed over: the previous hash, its chain position, its content hash. */
  public static String chainLink(String prevHash, long chainNo, String contentHash) {
    return String.join("\n", prevHash, Long.toString(chainNo), contentHash);
  }

  /** The text the chain head's seal is computed over: its chain position and hash. */
  static String headSeal(long lastNo, String lastHash) {
    return String.join("\n", "head", Long.toString(lastNo), lastHash);
  }

  /**
   * The text the hash of an event chained before the two-step log (no content hash) was computed over: the
   * previous hash, the id (then equal to its chain position) and the content.
   */
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
