package org.creditcommitment.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditcommitment.evidence.EvidenceUploads.upload;
import static org.creditcommitment.evidence.EvidenceUploads.uploaded;
import static org.creditcommitment.evidence.EvidenceUploads.uploadedPdf;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.Hashing;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Evidence files over REST: kept only when they are what they claim to be, with their SHA-256; read back as a
 * download by the auditor, by the uploader until attached, and by no one else; attached once, by their uploader.
 */
class EvidenceApiTest extends IntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceFiles evidence;

  private int stored() {
    return jdbc.queryForObject("select count(*) from evidence_file", Integer.class);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.body()).contains(code).contains("messageZh").contains("messageEn");
  }

  @Test
  void anUploadedPdfIsKeptWithItsHashAndTheUploaderReadsItBackAsADownload() {
    byte[] pdf = EvidenceSamples.pdf();
    HttpResponse<String> response = upload(http, "portal", "复议决定书.pdf", "application/pdf", pdf);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(response.body()).contains("\"fileName\":\"复议决定书.pdf\"").contains("\"contentType\":\"application/pdf\"")
        .contains("\"sha256\":\"" + Hashing.sha256(pdf) + "\"").contains("\"size\":" + pdf.length);
    UUID id = UUID.fromString(response.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));

    HttpResponse<byte[]> read = http.send(http.request("/api/evidence/" + id, "portal", "demo").GET(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.body()).isEqualTo(pdf);
    assertThat(read.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(read.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(read.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).startsWith("attachment"));
  }

  @Test
  void imagesAreAcceptedAndAnUndeclaredTypeIsTheContentsType() {
    assertThat(upload(http, "clerk", "现场照片.jpg", "image/jpeg", EvidenceSamples.jpeg()).statusCode()).isEqualTo(201);
    HttpResponse<String> png = upload(http, "clerk", "截图", null, EvidenceSamples.png());
    assertThat(png.statusCode()).as(png.body()).isEqualTo(201);
    assertThat(png.body()).contains("\"contentType\":\"image/png\"");
  }

  @Test
  void aPngRenamedPdfIsRefusedAndNothingIsKept() {
    int before = stored();
    assertProblem(upload(http, "portal", "决定书.pdf", null, EvidenceSamples.png()), 400, "evidence-type-mismatch");
    assertProblem(upload(http, "portal", "决定书.pdf", "application/pdf", EvidenceSamples.png()), 400,
        "evidence-type-mismatch");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void aTextFileDeclaredPdfIsRefusedAndNothingIsKept() {
    int before = stored();
    byte[] text = "%PDF-1.4 not really a document".getBytes(StandardCharsets.UTF_8);
    assertProblem(upload(http, "portal", "说明.pdf", "application/pdf", text), 415, "evidence-type-forbidden");
    assertProblem(upload(http, "portal", "说明.txt", "text/plain", "说明".getBytes(StandardCharsets.UTF_8)), 415,
        "evidence-type-forbidden");
    assertProblem(upload(http, "portal", "run.exe", null, EvidenceSamples.pdf()), 415, "evidence-type-forbidden");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anEmptyOrOversizedFileIsRefusedWithAProblemAndNothingIsKept() {
    int before = stored();
    assertProblem(upload(http, "portal", "空.pdf", "application/pdf", new byte[0]), 400, "evidence-empty");
    byte[] justOver = Arrays.copyOf(EvidenceSamples.pdf(), (int) evidence.maxSize() + 1);
    assertProblem(upload(http, "portal", "大.pdf", "application/pdf", justOver), 413, "evidence-too-large");
    byte[] farOver = new byte[(int) evidence.maxSize() + 200 * 1024];
    assertProblem(upload(http, "portal", "更大.pdf", "application/pdf", farOver), 413, "too-large");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void anUploadWithoutAFilePartIsAProblem() {
    HttpResponse<String> response = http.send(http.request("/api/evidence", "portal", "demo")
        .header("Content-Type", "multipart/form-data; boundary=x")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--x--\r\n")));
    assertProblem(response, 400, "evidence-missing");
    assertProblem(http.post("/api/evidence", "portal", "{\"file\":\"证明.pdf\"}"), 400, "evidence-missing");
  }

  @Test
  void anUnattachedFileIsReadByItsUploaderAndTheAuditorOnlyAndOthersAreToldItDoesNotExist() {
    UUID id = uploadedPdf(http, "clerk");
    assertThat(http.get("/api/evidence/" + id, "clerk").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + id, "auditor").statusCode()).isEqualTo(200);
    HttpResponse<String> other = http.get("/api/evidence/" + id, "credit-office");
    HttpResponse<String> unknown = http.get("/api/evidence/" + UUID.randomUUID(), "credit-office");
    assertProblem(other, 404, "unknown-evidence");
    assertThat(other.body().replace(id.toString(), "")).isEqualTo(unknown.body().replaceAll("/api/evidence/[-0-9a-f]+", "/api/evidence/"));
    assertProblem(http.get("/api/evidence/not-an-id", "clerk"), 404, "unknown-evidence");
  }

  @Test
  void anAttachedFileIsListedUnderItsRecordAndNoLongerReadByItsUploaderAlone() {
    UUID id = uploadedPdf(http, "clerk");
    String owner = "TEST-" + UUID.randomUUID();
    evidence.attach("test-owner", owner, List.of(id), "clerk");
    evidence.attach("test-owner", owner, List.of(id), "clerk"); // again: no change
    List<StoredEvidence> files = evidence.of("test-owner", owner);
    assertThat(files).extracting(StoredEvidence::id).containsExactly(id);
    assertThat(files.get(0).sha256()).isEqualTo(Hashing.sha256(EvidenceSamples.pdf()));
    assertThat(http.get("/api/evidence/" + id, "clerk").statusCode()).as("no module names readers of test-owner")
        .isEqualTo(404);
    assertThat(http.get("/api/evidence/" + id, "auditor").statusCode()).isEqualTo(200);
    assertThat(jdbc.queryForObject("select count(*) from audit_event where ref = ? and type = ?",
        Integer.class, owner, EvidenceFiles.ATTACHED)).isEqualTo(1);
  }

  @Test
  void attachingRefusesUnknownIdsOthersFilesAndFilesAttachedElsewhereAndAttachesNothing() {
    UUID mine = uploadedPdf(http, "clerk");
    UUID theirs = uploadedPdf(http, "portal");
    String owner = "TEST-" + UUID.randomUUID();
    assertThatThrownBy(() -> evidence.attach("test-owner", owner, List.of(mine, UUID.randomUUID()), "clerk"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("unknown-evidence"));
    assertThatThrownBy(() -> evidence.attach("test-owner", owner, List.of(mine, theirs), "clerk"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("unknown-evidence"));
    assertThat(evidence.of("test-owner", owner)).isEmpty();

    UUID attached = uploaded(http, "clerk", "a.png", "image/png", EvidenceSamples.png());
    evidence.attach("test-owner", "TEST-" + UUID.randomUUID(), List.of(attached), "clerk");
    assertThatThrownBy(() -> evidence.attach("test-owner", owner, List.of(mine, attached), "clerk"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("evidence-already-attached"));
    assertThat(evidence.of("test-owner", owner)).isEmpty();
  }
}
