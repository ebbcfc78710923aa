package org.creditcommitment.evidence;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.creditcommitment.TestHttp;

/** Uploads over {@code POST /api/evidence} as a browser or the portal sends them: one multipart part named file. */
public final class EvidenceUploads {

  private EvidenceUploads() {}

  /** @param declaredType the part's Content-Type; null for none */
  public static HttpResponse<String> upload(TestHttp http, String user, String fileName, String declaredType,
      byte[] content) {
    String boundary = "----cc" + UUID.randomUUID().toString().replace("-", "");
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"file\"; filename=\"").append(fileName).append("\"\r\n");
    if (declaredType != null) {
      head.append("Content-Type: ").append(declaredType).append("\r\n");
    }
    head.append("\r\n");
    body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return http.send(http.request("/api/evidence", user, TestHttp.DEMO_PASSWORD)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** The id of a file uploaded as this user (a whole PDF unless given). */
  public static UUID uploaded(TestHttp http, String user, String fileName, String type, byte[] content) {
    HttpResponse<String> response = upload(http, user, fileName, type, content);
    if (response.statusCode() != 201) {
      throw new AssertionError("upload refused: " + response.statusCode() + " " + response.body());
    }
    String body = response.body();
    int at = body.indexOf("\"id\":\"") + 6;
    return UUID.fromString(body.substring(at, body.indexOf('"', at)));
  }

  public static UUID uploadedPdf(TestHttp http, String user) {
    return uploaded(http, user, "证明.pdf", "application/pdf", EvidenceSamples.pdf());
  }
}
