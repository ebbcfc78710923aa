package org.creditcommitment.evidence;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Evidence files: kept when they are what they claim to be, attached once to the record they support, listed per
 * record. Every refusal is a problem (Chinese and English) and writes nothing.
 */
@Service
public class EvidenceFiles {

  /** The audit event of an attachment; its reference is the owning record's number. */
  public static final String ATTACHED = "evidence.attached";
  /** More files than this on one submission is no evidence but a dump. */
  public static final int MAX_FILES = 20;

  private static final Logger LOG = LoggerFactory.getLogger(EvidenceFiles.class);

  private final EvidenceStore store;
  private final EvidenceScanner scanner;
  private final AuditLog audit;
  private final Clock clock;
  private final long maxSize;

  EvidenceFiles(EvidenceStore store, Optional<EvidenceScanner> scanner, AuditLog audit, Clock clock,
      @Value("${cc.evidence.max-size:10MB}") DataSize maxSize) {
    this.store = store;
    this.scanner = scanner.orElseGet(NoEvidenceScanner::new);
    this.audit = audit;
    this.clock = clock;
    this.maxSize = maxSize.toBytes();
  }

  /** The largest file accepted, in bytes ({@code cc.evidence.max-size}). */
  public long maxSize() {
    return maxSize;
  }

  /**
   * Checks and keeps one uploaded file, not yet attached to anything.
   *
   * @param declaredType the media type the uploader named (a multipart part's Content-Type); null or
   *     {@code application/octet-stream} when it named none, the content's type is then the file's
   */
  @Transactional
  public StoredEvidence store(String fileName, String declaredType, byte[] content, String uploadedBy) {
    String name = EvidenceNames.clean(fileName);
    if (content == null || content.length == 0) {
      throw ApiException.badRequest("evidence-empty", "证明材料文件为空", "The evidence file is empty");
    }
    if (content.length > maxSize) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "evidence-too-large",
          "证明材料文件过大（上限 " + DisplayedSize.of(maxSize) + "）",
          "The evidence file is too large (limit " + maxSize + " bytes)");
    }
    EvidenceType type = ContentSniffer.sniff(content).orElseThrow(() -> forbidden(name));
    if (declaredType != null && !declaredType.isBlank() && !isUnnamed(declaredType)) {
      EvidenceType declared = EvidenceType.declared(declaredType).orElseThrow(() -> forbidden(name));
      if (declared != type) {
        throw mismatch(name, declaredType, type);
      }
    }
    String extension = EvidenceNames.extension(name);
    if (extension != null) {
      EvidenceType named = EvidenceType.byExtension(extension).orElseThrow(() -> forbidden(name));
      if (named != type) {
        throw mismatch(name, "." + extension, type);
      }
    }
    scan(name, content);
    StoredEvidence evidence = new StoredEvidence(UUID.randomUUID(), name, type.mediaType(), content.length,
        Hashing.sha256(content), uploadedBy, Instant.now(clock));
    store.insert(evidence, content);
    return evidence;
  }

  /**
   * Attaches uploaded files to one record, all or none. Attaching a file to the record it is already attached to
   * again changes nothing.
   *
   * @param ownerKind the kind of record (the owning module's {@link EvidenceReaders#ownerKind()})
   * @param ownerId the record's number
   * @param actor who submits the record; only files this user uploaded may be attached
   */
  @Transactional
  public void attach(String ownerKind, String ownerId, List<UUID> ids, String actor) {
    if (ids == null || ids.isEmpty()) {
      return;
    }
    List<UUID> unique = new ArrayList<>(new LinkedHashSet<>(ids));
    if (unique.size() > MAX_FILES || unique.contains(null)) {
      throw ApiException.badRequest("invalid-evidence", "证明材料最多 " + MAX_FILES + " 个文件，且不得为空",
          "At most " + MAX_FILES + " evidence files, none of them null");
    }
    List<EvidenceStore.Row> rows = store.findForUpdate(unique);
    List<UUID> found = rows.stream().filter(r -> r.evidence().uploadedBy().equals(actor))
        .map(r -> r.evidence().id()).toList();
    List<UUID> unknown = unique.stream().filter(id -> !found.contains(id)).toList();
    if (!unknown.isEmpty()) {
      // a file of someone else's is answered as unknown: whether it exists is not the caller's to learn
      throw ApiException.badRequest("unknown-evidence", "证明材料不存在或不是本人上传的：" + unknown,
          "No evidence file uploaded by you with id " + unknown);
    }
    List<EvidenceStore.Row> elsewhere = rows.stream().filter(r -> r.ownerKind() != null
        && !(r.ownerKind().equals(ownerKind) && r.ownerId().equals(ownerId))).toList();
    if (!elsewhere.isEmpty()) {
      throw ApiException.conflict("evidence-already-attached", "证明材料已用于其他事项："
          + elsewhere.stream().map(r -> r.evidence().fileName()).toList(),
          "Evidence files already attached to another record: "
              + elsewhere.stream().map(r -> r.evidence().id()).toList());
    }
    List<EvidenceStore.Row> fresh = rows.stream().filter(r -> r.ownerKind() == null).toList();
    if (fresh.isEmpty()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    List<Map<String, Object>> files = new ArrayList<>();
    for (EvidenceStore.Row row : fresh) {
      store.attach(row.evidence().id(), ownerKind, ownerId, actor, now);
      files.add(describe(row.evidence()));
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("ownerKind", ownerKind);
    details.put("files", files);
    audit.record(ownerId, ATTACHED, actor, details);
  }

  /** The files attached to one record, in the order they were attached. */
  public List<StoredEvidence> of(String ownerKind, String ownerId) {
    return store.of(ownerKind, ownerId);
  }

  /** The bytes of a file, for its download after the reader was checked. */
  byte[] content(UUID id) {
    return store.content(id);
  }

  /**
   * The ids a form field holds (a text of ids separated by commas or white space, or a list of them); empty for no
   * value.
   *
   * @throws IllegalArgumentException when an entry is no id or there are more than {@link #MAX_FILES}
   */
  public static List<UUID> idsIn(Object value) {
    List<String> parts = new ArrayList<>();
    if (value instanceof java.util.Collection<?> list) {
      list.forEach(v -> parts.add(String.valueOf(v)));
    } else if (value != null) {
      parts.addAll(List.of(value.toString().split("[,，\\s]+")));
    }
    List<UUID> ids = new ArrayList<>();
    for (String part : parts) {
      if (!part.isBlank()) {
        String text = part.strip();
        if (text.length() != 36) { // UUID.fromString also takes shortened forms such as 1-2-3-4-5
          throw new IllegalArgumentException("not an evidence file id: " + text);
        }
        UUID id = UUID.fromString(text);
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
    }
    if (ids.size() > MAX_FILES) {
      throw new IllegalArgumentException("more than " + MAX_FILES + " evidence files");
    }
    return ids;
  }

  /** A file's facts as the timeline and the audit log show them. */
  public static Map<String, Object> describe(StoredEvidence e) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("id", e.id().toString());
    file.put("fileName", e.fileName());
    file.put("contentType", e.contentType());
    file.put("size", e.size());
    file.put("sha256", e.sha256());
    return file;
  }

  private void scan(String name, byte[] content) {
    EvidenceScanner.Verdict verdict;
    try {
      verdict = scanner.scan(name, content);
    } catch (RuntimeException e) {
      LOG.warn("Evidence scanner failed on '{}'; the upload is refused", name, e);
      throw ApiException.unavailable("evidence-scan-unavailable", "病毒扫描暂不可用，请稍后再上传",
          "The virus scanner is not available; upload again later");
    }
    if (verdict.threat().isPresent()) {
      LOG.warn("Evidence file '{}' refused by the scanner: {}", name, verdict.threat().get());
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "evidence-infected",
          "证明材料未通过病毒扫描，未予保存", "The evidence file failed the virus scan and was not kept");
    }
  }

  private static boolean isUnnamed(String declaredType) {
    String bare = declaredType.split(";", 2)[0].strip();
    return bare.equalsIgnoreCase("application/octet-stream");
  }

  private static ApiException forbidden(String name) {
    return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "evidence-type-forbidden",
        "证明材料「" + name + "」不是可接受的文件类型（仅限 " + EvidenceType.accepted() + "）",
        "The evidence file is not of an accepted type (PDF, PNG, JPEG only)");
  }

  private static ApiException mismatch(String name, String declared, EvidenceType actual) {
    return ApiException.badRequest("evidence-type-mismatch",
        "证明材料「" + name + "」的内容与所称类型（" + declared + "）不符",
        "The content of the evidence file is " + actual.mediaType() + ", not " + declared + " as declared");
  }

  /** Readable sizes for officials: 10 MB, 500 KB. */
  static final class DisplayedSize {

    private DisplayedSize() {}

    static String of(long bytes) {
      if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
        return bytes / (1024 * 1024) + " MB";
      }
      if (bytes >= 1024 * 1024) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
      }
      return Math.max(1, (bytes + 1023) / 1024) + " KB";
    }
  }
}
