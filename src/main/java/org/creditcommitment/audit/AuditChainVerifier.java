package org.creditcommitment.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.creditcommitment.system.Hashing;
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
 */
@Service
public class AuditChainVerifier {

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final AuditProperties properties;

  AuditChainVerifier(JdbcTemplate jdbc, Clock clock, AuditProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  public ChainVerification verify() {
    Walk walk = new Walk();
    jdbc.query("SELECT id, chain_no, occurred_at, ref, type, actor, details, content_hash, prev_hash, hash "
        + "FROM audit_event WHERE chain_no IS NOT NULL ORDER BY chain_no", rs -> {
          if (walk.result == null) {
            walk.check(rs.getLong("id"), rs.getLong("chain_no"), content(rs), rs.getString("content_hash"),
                rs.getString("prev_hash"), rs.getString("hash"));
          }
        });
    if (walk.result != null) {
      return walk.result;
    }
    Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1");
    long headNo = ((Number) head.get("last_id")).longValue();
    if (headNo != walk.lastNo || !walk.lastHash.equals(head.get("last_hash"))) {
      return ChainVerification.broken(walk.checked, walk.lastId,
          "The chain head names chain position " + headNo + " but the last chained event is at " + walk.lastNo
              + ": events at the end were removed or the head was changed",
          "链头记录的最后位置为 " + headNo + "，但库中最后一条已链接事件位于 " + walk.lastNo + "：末尾事件被删除或链头被改动");
    }
    return unchained(walk.checked);
  }

  private ChainVerification unchained(long chained) {
    Instant overdue = clock.instant().minus(properties.chainGrace());
    long[] pending = {0};
    ChainVerification[] problem = {null};
    jdbc.query("SELECT id, occurred_at, ref, type, actor, details, content_hash FROM audit_event "
        + "WHERE chain_no IS NULL ORDER BY id", rs -> {
          if (problem[0] != null) {
            return;
          }
          long id = rs.getLong("id");
          Content content = content(rs);
          String stored = rs.getString("content_hash");
          String recomputed = content.hash(id);
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
    String hash(long id) {
      return Hashing.sha256(AuditLog.canonicalContent(id, occurredAt, ref, type, actor, details));
    }
  }

  /** State of one pass over the chained events, in chain order. */
  private static final class Walk {
    long checked;
    long lastNo;
    Long lastId;
    String lastHash = AuditLog.GENESIS_HASH;
    ChainVerification result;

    void check(long id, long chainNo, Content content, String contentHash, String prevHash, String hash) {
      if (chainNo != lastNo + 1) {
        result = ChainVerification.broken(checked, id, "Event " + id + " at chain position " + chainNo
            + " follows position " + lastNo + ": the events at positions " + (lastNo + 1) + " to " + (chainNo - 1)
            + " are missing", "事件 " + id + "（链位置 " + chainNo + "）紧随链位置 " + lastNo + "：中间的事件被删除");
      } else if (!lastHash.equals(prevHash)) {
        result = ChainVerification.broken(checked, id, "Event " + id + " does not link to the hash of the event "
            + "before it (stored previous hash " + prevHash + ", expected " + lastHash + ")",
            "事件 " + id + " 记录的前一事件摘要与前一事件不符：链接断裂");
      } else if (contentHash == null) {
        // chained before the two-step log: one hash over link and content, id = chain position
        String recomputed = Hashing.sha256(AuditLog.canonical(prevHash, id, content.occurredAt, content.ref,
            content.type, content.actor, content.details));
        if (!recomputed.equals(hash)) {
          result = changed(checked, id, content.type, hash, recomputed);
        }
      } else {
        String recomputed = content.hash(id);
        if (!recomputed.equals(contentHash)) {
          result = changed(checked, id, content.type, contentHash, recomputed);
        } else if (!Hashing.sha256(AuditLog.chainLink(prevHash, chainNo, contentHash)).equals(hash)) {
          result = ChainVerification.broken(checked, id, "The chain hash of event " + id + " was changed",
              "事件 " + id + " 的链摘要已被改动");
        }
      }
      if (result == null) {
        checked++;
        lastNo = chainNo;
        lastId = id;
        lastHash = hash;
      }
    }
  }
}
