package org.creditcommitment.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.system.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Recomputes the audit log from the stored columns (see {@link AuditLog}) and names the first problem. In the
 * chained part, in chain order: a changed row (its content or chain hash no longer matches), a removed or
 * reordered row (its link to the previous hash or the chain position sequence breaks), removed tail rows (the
 * chain head names a later position than the last one stored). Then the unchained events: a changed row (its
 * content hash no longer matches), or an event still unchained after the grace period (the chain writer is
 * not running, or the row was detached from the chain).
 * <p>
 * Each row is recomputed with the algorithm and key it names ({@link AuditHashing}). Unkeyed rows (SHA-256, from before
 * the keyed chain) are accepted only before the first keyed one: an unkeyed row after it was rehashed by someone
 * without the key. The head's seal must match under its key, so events removed from the end are found even by
 * someone who rewrote the head.
 */
@Service
public class AuditChainVerifier {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AuditProperties properties;
  private final AuditHashing hashing;

  AuditChainVerifier(JdbcTemplate jdbc, Clock clock, AuditProperties properties, AuditHashing hashing) {
    this.hashing = hashing;
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  public ChainVerification verify() {
    Walk walk = new Walk(hashing);
    jdbc.query("SELECT id, chain_no, occurred_at, ref, type, actor, details, content_hash, prev_hash, hash, hash_alg, "
        + "key_id FROM audit_event WHERE chain_no IS NOT NULL ORDER BY chain_no", rs -> {
          if (walk.result == null) {
            walk.check(rs.getLong("id"), rs.getLong("chain_no"), content(rs), rs.getString("content_hash"),
                rs.getString("prev_hash"), rs.getString("hash"), rs.getString("hash_alg"), rs.getString("key_id"));
          }
        });
    if (walk.result != null) {
      return walk.result;
    }
    Map<String, Object> head = jdbc.queryForMap(
        "SELECT last_id, last_hash, seal, seal_alg, seal_key_id FROM audit_chain_head WHERE id = 1");
    long headNo = ((Number) head.get("last_id")).longValue();
    if (headNo != walk.lastNo || !walk.lastHash.equals(head.get("last_hash"))) {
      return ChainVerification.broken(walk.checked, walk.lastId,
          "The chain head names chain position " + headNo + " but the last chained event is at " + walk.lastNo
              + ": events at the end were removed or the head was changed",
          "链头记录的最后位置为 " + headNo + "，但库中最后一条已链接事件位于 " + walk.lastNo + "：末尾事件被删除或链头被改动");
    }
    ChainVerification seal = seal(head, walk);
    if (seal != null) {
      return seal;
    }
    return unchained(walk.checked, walk.keyedSeen);
  }

  /** A problem with the head's seal, or null when it matches (or the chain has no keyed event and no seal yet). */
  private ChainVerification seal(Map<String, Object> head, Walk walk) {
    String seal = (String) head.get("seal");
    if (seal == null) {
      return walk.keyedSeen ? ChainVerification.broken(walk.checked, null, "The chain head has no seal although "
          + "keyed events are chained: it was removed", "链头缺少密钥封印，而链中已有带密钥的事件：封印被删除") : null;
    }
    Optional<AuditHashing.Hasher> hasher = hashing.of((String) head.get("seal_alg"), (String) head.get("seal_key_id"));
    if (hasher.isEmpty() || !hasher.get().keyed()) {
      return ChainVerification.broken(walk.checked, null, "The chain head is sealed with " + head.get("seal_alg")
          + " under key " + head.get("seal_key_id") + ", which this installation does not have",
          "链头封印所用算法或密钥（" + head.get("seal_alg") + "，" + head.get("seal_key_id") + "）在本系统中不存在");
    }
    if (!hasher.get().hex(AuditLog.headSeal(walk.lastNo, walk.lastHash)).equals(seal)) {
      return ChainVerification.broken(walk.checked, null, "The seal of the chain head does not match its position and "
          + "hash: the head was changed without the key", "链头封印与其位置和摘要不符：链头被无密钥者改动");
    }
    return null;
  }

  private ChainVerification unchained(long chained, boolean keyedSeen) {
    Instant overdue = clock.instant().minus(properties.chainGrace());
    long[] pending = {0};
    ChainVerification[] problem = {null};
    jdbc.query("SELECT id, occurred_at, ref, type, actor, details, content_hash, hash_alg, key_id FROM audit_event "
        + "WHERE chain_no IS NULL ORDER BY id", rs -> {
          if (problem[0] != null) {
            return;
          }
          long id = rs.getLong("id");
          Content content = content(rs);
          String stored = rs.getString("content_hash");
          Optional<AuditHashing.Hasher> hasher = hashing.of(rs.getString("hash_alg"), rs.getString("key_id"));
          if (hasher.isEmpty()) {
            problem[0] = unknownKey(chained + pending[0], id, rs.getString("hash_alg"), rs.getString("key_id"));
            return;
          }
          if (keyedSeen && !hasher.get().keyed()) {
            problem[0] = downgraded(chained + pending[0], id, hasher.get());
            return;
          }
          String recomputed = content.hash(id, hasher.get());
          if (!recomputed.equals(stored)) {
            problem[0] = changed(chained + pending[0], id, content.type, stored, recomputed);
          } else if (content.occurredAt.isBefore(overdue)) {
            problem[0] = ChainVerification.broken(chained + pending[0], id, "Event " + id + " (" + content.type
                + ") is not chained " + properties.chainGrace() + " after it occurred: the chain writer is not "
                + "running, or the event was detached from the chain",
                "事件 " + id + "（" + content.type + "）发生后超过 " + properties.chainGrace() + " 仍未链接：链写入未运行，或事件被移出链");
          } else {
            pending[0]++;
          }
        });
    return problem[0] != null ? problem[0] : ChainVerification.ok(chained + pending[0], pending[0]);
  }

  private static ChainVerification unknownKey(long checked, long id, String algorithm, String keyId) {
    return ChainVerification.broken(checked, id, "Event " + id + " is hashed with " + algorithm + " under key " + keyId
        + ", which this installation does not have (cc.crypto.keys or the key store)",
        "事件 " + id + " 所用摘要算法或密钥（" + algorithm + "，" + keyId + "）在本系统中不存在，无法核验");
  }

  private static ChainVerification downgraded(long checked, long id, AuditHashing.Hasher hasher) {
    return ChainVerification.broken(checked, id, "Event " + id + " is hashed without a key ("
        + hasher.algorithm().stored() + ") after keyed events: it was rehashed by someone without the key",
        "事件 " + id + " 位于带密钥的事件之后却使用无密钥摘要（" + hasher.algorithm().stored() + "）：被无密钥者重新计算");
  }

  private static ChainVerification changed(long checked, long id, String type, String stored, String recomputed) {
    return ChainVerification.broken(checked, id, "The content of event " + id + " (" + type
        + ") was changed: its hash is " + stored + " but its content hashes to " + recomputed,
        "事件 " + id + "（" + type + "）的内容已被改动：存储的摘要与内容重新计算的摘要不一致");
  }

  private static Content content(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Content(Timestamps.read(rs, "occurred_at").toInstant(), rs.getString("ref"),
        rs.getString("type"), rs.getString("actor"), rs.getString("details"));
  }

  /** The hashed columns of one event. */
  private record Content(Instant occurredAt, String ref, String type, String actor, String details) {
    String hash(long id, AuditHashing.Hasher hasher) {
      return hasher.hex(AuditLog.canonicalContent(id, occurredAt, ref, type, actor, details));
    }
  }

  /** State of one pass over the chained events, in chain order. */
  private static final class Walk {
    final AuditHashing hashing;
    long checked;
    long lastNo;
    Long lastId;
    String lastHash = AuditLog.GENESIS_HASH;
    boolean keyedSeen;
    ChainVerification result;

    Walk(AuditHashing hashing) {
      this.hashing = hashing;
    }

    void check(long id, long chainNo, Content content, String contentHash, String prevHash, String hash,
        String algorithm, String keyId) {
      Optional<AuditHashing.Hasher> found = hashing.of(algorithm, keyId);
      if (chainNo != lastNo + 1) {
        result = ChainVerification.broken(checked, id, "Event " + id + " at chain position " + chainNo
            + " follows position " + lastNo + ": the events at positions " + (lastNo + 1) + " to " + (chainNo - 1)
            + " are missing", "事件 " + id + "（链位置 " + chainNo + "）紧随链位置 " + lastNo + "：中间的事件被删除");
      } else if (!lastHash.equals(prevHash)) {
        result = ChainVerification.broken(checked, id, "Event " + id + " does not link to the hash of the event "
            + "before it (stored previous hash " + prevHash + ", expected " + lastHash + ")",
            "事件 " + id + " 记录的前一事件摘要与前一事件不符：链接断裂");
      } else if (found.isEmpty()) {
        result = unknownKey(checked, id, algorithm, keyId);
      } else if (keyedSeen && !found.get().keyed()) {
        result = downgraded(checked, id, found.get());
      } else if (contentHash == null) {
        // chained before the two-step log: one hash over link and content, id = chain position
        String recomputed = found.get().hex(AuditLog.canonical(prevHash, id, content.occurredAt, content.ref,
            content.type, content.actor, content.details));
        if (!recomputed.equals(hash)) {
          result = changed(checked, id, content.type, hash, recomputed);
        }
      } else {
        String recomputed = content.hash(id, found.get());
        if (!recomputed.equals(contentHash)) {
          result = changed(checked, id, content.type, contentHash, recomputed);
        } else if (!found.get().hex(AuditLog.chainLink(prevHash, chainNo, contentHash)).equals(hash)) {
          result = ChainVerification.broken(checked, id, "The chain hash of event " + id + " was changed",
              "事件 " + id + " 的链摘要已被改动");
        }
      }
      if (result == null) {
        checked++;
        lastNo = chainNo;
        lastId = id;
        lastHash = hash;
        keyedSeen |= found.get().keyed();
      }
    }
  }
}
