package org.creditcommitment.evidence;

import java.util.List;
import java.util.UUID;

import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.springframework.stereotype.Component;

/**
 * Who reads an evidence file (docs/security.md "Evidence files"): the auditor every file; its uploader until it is
 * attached; once attached, whom the owning module names ({@link EvidenceReaders}). Anyone else is told the file does
 * not exist, so an id learnt elsewhere discloses nothing.
 */
@Component
class EvidenceAccess {

  private final EvidenceStore store;
  private final List<EvidenceReaders> readers;

  EvidenceAccess(EvidenceStore store, List<EvidenceReaders> readers) {
    this.store = store;
    this.readers = readers;
  }

  EvidenceStore.Row readable(String id, CurrentUser caller) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException notAnId) {
      throw unknown();
    }
    EvidenceStore.Row row = store.find(uuid).orElseThrow(EvidenceAccess::unknown);
    if (!mayRead(row, caller)) {
      throw unknown();
    }
    return row;
  }

  private boolean mayRead(EvidenceStore.Row row, CurrentUser caller) {
    if (caller.isIn(Groups.AUDITOR)) {
      return true;
    }
    if (row.ownerKind() == null) {
      return row.evidence().uploadedBy().equals(caller.id());
    }
    return readers.stream().filter(r -> r.ownerKind().equals(row.ownerKind()))
        .anyMatch(r -> r.mayRead(row.ownerId(), caller));
  }

  static ApiException unknown() {
    return ApiException.notFound("unknown-evidence", "证明材料不存在", "No such evidence file");
  }
}
