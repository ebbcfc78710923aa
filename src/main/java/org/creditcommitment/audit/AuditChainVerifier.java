package org.creditcommitment.audit;

import java.time.OffsetDateTime;
import java.util.Map;

import org.creditcommitment.system.Hashing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Recomputes the hash chain of {@code audit_event} from the stored columns (see {@link AuditLog#canonical})
 * and names the first broken link: a changed row (its hash no longer matches its content), a removed or
 * reordered row (its link to the previous hash or its id sequence breaks), or removed tail rows (the chain
 * head names a later event than the last one stored).
 */
@Service
public class AuditChainVerifier {

  private final JdbcTemplate jdbc;

  AuditChainVerifier(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public ChainVerification verify() {
    Walk walk = new Walk();
    jdbc.query("SELECT id, occurred_at, ref, type, actor, details, prev_hash, hash FROM audit_event ORDER BY id",
        rs -> {
          if (walk.result == null) {
            walk.check(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("ref"),
                rs.getString("type"), rs.getString("actor"), rs.getString("details"), rs.getString("prev_hash"),
                rs.getString("hash"));
          }
        });
    if (walk.result != null) {
      return walk.result;
    }
    Map<String, Object> head = jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1");
    long headId = ((Number) head.get("last_id")).longValue();
    if (headId != walk.lastId || !walk.lastHash.equals(head.get("last_hash"))) {
      return ChainVerification.broken(walk.checked, walk.lastId == 0 ? null : walk.lastId,
          "The chain head names event " + headId + " but the last stored event is " + walk.lastId
              + ": events at the end were removed or the head was changed",
          "链头记录的最后事件为 " + headId + "，但库中最后一条事件为 " + walk.lastId + "：末尾事件被删除或链头被改动");
    }
    return ChainVerification.ok(walk.checked);
  }

  /** State of one pass over the events, oldest first. */
  private static final class Walk {
    long checked;
    long lastId;
    String lastHash = AuditLog.GENESIS_HASH;
    ChainVerification result;

    void check(long id, OffsetDateTime occurredAt, String ref, String type, String actor, String details,
        String prevHash, String hash) {
      if (id != lastId + 1) {
        result = ChainVerification.broken(checked, id, "Event " + id + " follows event " + lastId
            + ": events " + (lastId + 1) + " to " + (id - 1) + " are missing",
            "事件 " + id + " 紧随事件 " + lastId + "：中间的事件被删除");
      } else if (!lastHash.equals(prevHash)) {
        result = ChainVerification.broken(checked, id, "Event " + id + " does not link to the hash of the event "
            + "before it (stored previous hash " + prevHash + ", expected " + lastHash + ")",
            "事件 " + id + " 记录的前一事件摘要与前一事件不符：链接断裂");
      } else {
        String recomputed = Hashing.sha256(AuditLog.canonical(prevHash, id, occurredAt.toInstant(), ref, type, actor,
            details));
        if (!recomputed.equals(hash)) {
          result = ChainVerification.broken(checked, id, "The content of event " + id + " (" + type
              + ") was changed: its hash is " + hash + " but its content hashes to " + recomputed,
              "事件 " + id + "（" + type + "）的内容已被改动：存储的摘要与内容重新计算的摘要不一致");
        }
      }
      if (result == null) {
        checked++;
        lastId = id;
        lastHash = hash;
      }
    }
  }
}
