package org.creditcommitment.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The table {@code evidence_file}: the bytes are read only when a file is downloaded. */
@Repository
class EvidenceStore {

  private static final String COLUMNS =
      "id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, owner_kind, owner_id";

  /** A file with where it is attached (both null until it is). */
  record Row(StoredEvidence evidence, String ownerKind, String ownerId) {}

  private final JdbcTemplate jdbc;

  EvidenceStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  void insert(StoredEvidence e, byte[] content) {
    jdbc.update("insert into evidence_file (id, file_name, content_type, size_bytes, sha256, content, uploaded_by,"
        + " uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)", e.id(), e.fileName(), e.contentType(), e.size(), e.sha256(),
        content, e.uploadedBy(), OffsetDateTime.ofInstant(e.uploadedAt(), java.time.ZoneOffset.UTC));
  }

  Optional<Row> find(UUID id) {
    return jdbc.query("select " + COLUMNS + " from evidence_file where id = ?", EvidenceStore::row, id).stream()
        .findFirst();
  }

  /** Locks the rows against a concurrent attach of the same files. */
  List<Row> findForUpdate(List<UUID> ids) {
    String marks = String.join(",", ids.stream().map(i -> "?").toList());
    return jdbc.query("select " + COLUMNS + " from evidence_file where id in (" + marks + ") order by id for update",
        EvidenceStore::row, ids.toArray());
  }

  void attach(UUID id, String ownerKind, String ownerId, String actor, OffsetDateTime at) {
    jdbc.update("update evidence_file set owner_kind = ?, owner_id = ?, attached_by = ?, attached_at = ?"
        + " where id = ? and owner_kind is null", ownerKind, ownerId, actor, at, id);
  }

  List<StoredEvidence> of(String ownerKind, String ownerId) {
    return jdbc.query("select " + COLUMNS + " from evidence_file where owner_kind = ? and owner_id = ?"
        + " order by attached_at, uploaded_at, id", EvidenceStore::row, ownerKind, ownerId).stream()
        .map(Row::evidence).toList();
  }

  byte[] content(UUID id) {
    return jdbc.queryForObject("select content from evidence_file where id = ?", byte[].class, id);
  }

  private static Row row(ResultSet rs, int n) throws SQLException {
    StoredEvidence e = new StoredEvidence(rs.getObject("id", UUID.class), rs.getString("file_name"),
        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
    return new Row(e, rs.getString("owner_kind"), rs.getString("owner_id"));
  }
}
