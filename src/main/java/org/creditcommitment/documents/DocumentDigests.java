package org.creditcommitment.documents;

import java.util.List;

import org.creditcommitment.system.HashAlgorithm;
import org.creditcommitment.system.Keyring;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The digest of an issued PDF: SM3 by default ({@code cc.crypto.suite}), unkeyed because anyone holding the paper
 * or the file must be able to recompute it on the verification page. Each document records its algorithm (column
 * {@code hash_alg}; documents issued before digests were configurable are SHA-256), so a document is always checked
 * with the algorithm it was issued under.
 */
@Component
class DocumentDigests {

  private final Keyring keys;
  private final JdbcTemplate jdbc;

  DocumentDigests(Keyring keys, JdbcTemplate jdbc) {
    this.keys = keys;
    this.jdbc = jdbc;
  }

  /** The algorithm a document laid out now is digested with. */
  HashAlgorithm current() {
    return keys.suite().digest();
  }

  /** The algorithm an issued document was digested with. */
  HashAlgorithm of(IssuedDocument document) {
    List<String> stored = jdbc.queryForList("select hash_alg from issued_document where id = ?", String.class,
        document.id());
    return stored.isEmpty() ? current() : HashAlgorithm.named(stored.get(0));
  }

  /** These bytes' digest under the algorithm of that document, to compare with its stored digest. */
  String digest(IssuedDocument document, byte[] bytes) {
    return of(document).hex(bytes, null);
  }
}
