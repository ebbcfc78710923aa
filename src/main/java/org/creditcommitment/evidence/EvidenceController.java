package org.creditcommitment.evidence;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading an evidence file before the submission that carries it, and reading one. Uploaders are those who
 * submit objections, repairs, rectifications and corrections (the portal for applicants, clerks, the credit office,
 * data providers, inspectors on re-inspection); the reading roles are checked per file ({@link EvidenceAccess}).
 */
@RestController
class EvidenceController {

  private final EvidenceFiles files;
  private final EvidenceAccess access;

  EvidenceController(EvidenceFiles files, EvidenceAccess access) {
    this.files = files;
    this.access = access;
  }

  /** Not restricted to multipart by the mapping: any other body reaches here and is told what is missing. */
  @PostMapping("/api/evidence")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.CREDIT_OFFICE, Groups.PROVIDER, Groups.INSPECTOR})
  ResponseEntity<StoredEvidence> upload(@RequestPart(value = "file", required = false) MultipartFile file,
      CurrentUser user) {
    if (file == null) {
      throw ApiException.badRequest("evidence-missing", "请求中没有名为 file 的文件",
          "The request has no file part named 'file'");
    }
    byte[] content;
    try {
      content = file.getBytes();
    } catch (IOException e) {
      throw ApiException.badRequest("evidence-unreadable", "证明材料文件无法读取", "The evidence file could not be read");
    }
    StoredEvidence stored = files.store(file.getOriginalFilename(), file.getContentType(), content, user.id());
    return ResponseEntity.created(URI.create(stored.href())).body(stored);
  }

  @GetMapping("/api/evidence/{id}")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  ResponseEntity<byte[]> read(@PathVariable String id, CurrentUser user) {
    EvidenceStore.Row row = access.readable(id, user);
    StoredEvidence e = row.evidence();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(e.contentType()))
        .contentLength(e.size())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(e.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Evidence-SHA256", e.sha256())
        .body(files.content(e.id()));
  }
}
