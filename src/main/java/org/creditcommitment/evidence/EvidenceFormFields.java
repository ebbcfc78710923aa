package org.creditcommitment.evidence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.creditcommitment.security.TaskFormFieldCheck;
import org.springframework.stereotype.Component;

/**
 * A Camunda Form field whose key ends in {@value #KEY_SUFFIX} holds the ids of evidence files, separated by commas
 * (Tasklist's upload button fills it in, webapps.js): the engine guard asks here that each is a file the official
 * uploaded and that is attached to nothing yet, so a completion never names someone else's file or one that does
 * not exist. The task's own step attaches them ({@link EvidenceFiles#attach}).
 */
@Component
class EvidenceFormFields implements TaskFormFieldCheck {

  static final String KEY_SUFFIX = "EvidenceFiles";

  private final EvidenceStore store;

  EvidenceFormFields(EvidenceStore store) {
    this.store = store;
  }

  @Override
  public Optional<String[]> problem(String fieldKey, Object value, String userId) {
    if (!fieldKey.endsWith(KEY_SUFFIX)) {
      return Optional.empty();
    }
    List<UUID> ids;
    try {
      ids = EvidenceFiles.idsIn(value);
    } catch (IllegalArgumentException e) {
      return Optional.of(new String[] {"应为以逗号分隔的证明材料文件编号（至多 " + EvidenceFiles.MAX_FILES + " 个）",
          "must be evidence file ids separated by commas (at most " + EvidenceFiles.MAX_FILES + ")"});
    }
    for (UUID id : ids) {
      Optional<EvidenceStore.Row> row = store.find(id);
      if (row.isEmpty() || !row.get().evidence().uploadedBy().equals(userId)) {
        return Optional.of(new String[] {"证明材料文件 " + id + " 不存在或不是本人上传的",
            "no evidence file " + id + " uploaded by you"});
      }
      if (row.get().ownerKind() != null) {
        return Optional.of(new String[] {"证明材料文件「" + row.get().evidence().fileName() + "」已用于其他事项",
            "evidence file " + id + " is already attached to another record"});
      }
    }
    return Optional.empty();
  }
}
