package org.creditcommitment.documents;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import org.creditcommitment.documents.seal.DocumentIntegrity;
import org.creditcommitment.documents.seal.SealCheck;
import org.creditcommitment.subject.Masking;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.ClockConfig;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Verification for anyone, without a login (rate-limited per address): what a verification code stands for, whether
 * the document is still valid, the document itself for whoever holds its code (it is printed on the paper and sent
 * to the addressee), and whether an uploaded PDF is byte-identical to the one issued. Natural persons' names and ID
 * numbers are masked; nothing else about the case is shown.
 */
@RestController
class PublicDocumentController {

  static final String PATH = "/public/api/documents";

  /** What the verification page shows of a document. */
  record Verification(String verificationCode, String type, String title, String number, String issuer,
      LocalDate issuedOn, String subjectName, String subjectCode, String sha256, boolean valid, String status,
      String invalidReason, LocalDate invalidSince, String pdf, String hashAlgorithm, Boolean intact, SealCheck seal) {}

  /**
   * The answer to an upload: whether it is exactly the issued document. The two digests (named sha256 since the API's
   * first version) are of the document's {@code hashAlgorithm}: SM3, or SHA-256 for documents issued before.
   */
  record Comparison(boolean identical, String uploadedSha256, String issuedSha256, boolean valid,
      String hashAlgorithm) {}

  private final Documents documents;
  private final DocumentsProperties properties;
  private final DocumentIntegrity integrity;

  PublicDocumentController(Documents documents, DocumentsProperties properties, DocumentIntegrity integrity) {
    this.documents = documents;
    this.properties = properties;
    this.integrity = integrity;
  }

  @GetMapping(value = PATH + "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Verification> verify(@PathVariable String code) {
    IssuedDocument d = require(code);
    // the seal and the stored digest, checked on every look-up: the page says who sealed and whether it is intact
    DocumentIntegrity.Check check = integrity.of(d);
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(new Verification(d.verificationCode(),
        d.type().name(), d.type().title(), d.number(), d.issuerName(),
        d.issuedAt().atZoneSameInstant(ClockConfig.ZONE).toLocalDate(),
        Masking.subjectName(d.subjectName(), d.subjectType()), Masking.subjectCode(d.subjectCode(), d.subjectType()),
        d.sha256(), d.valid(), status(d), d.invalidReason(),
        d.invalidAt() == null ? null : d.invalidAt().atZoneSameInstant(ClockConfig.ZONE).toLocalDate(),
        d.laidOut() ? PATH + "/" + d.verificationCode() + "/pdf" : null, documents.hashAlgorithm(d),
        check == null ? null : check.intact(), check == null ? null : check.seal()));
  }

  /** 出具中 for the moments between the deciding step and its PDF (or while a failed layout is retried). */
  private static String status(IssuedDocument d) {
    if (!d.valid()) {
      return "已失效";
    }
    return d.laidOut() ? "有效" : "出具中";
  }

  @GetMapping(value = PATH + "/{code}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable String code) {
    IssuedDocument document = require(code);
    return DocumentController.pdfResponse(document, documents.content(document));
  }

  /** The PDF is the request body as is (the page sends the chosen file), at most {@code max-upload-bytes}. */
  @PostMapping(value = PATH + "/{code}/comparison", produces = MediaType.APPLICATION_JSON_VALUE)
  Comparison compare(@PathVariable String code, HttpServletRequest request) throws IOException {
    IssuedDocument document = require(code);
    int max = properties.maxUploadBytes();
    if (request.getContentLengthLong() > max) {
      throw tooLarge(max);
    }
    byte[] uploaded;
    try (InputStream in = request.getInputStream()) {
      uploaded = in.readNBytes(max + 1);
    }
    if (uploaded.length > max) {
      throw tooLarge(max);
    }
    if (uploaded.length == 0) {
      throw ApiException.badRequest("empty-upload", "请选择要比对的 PDF 文件", "Send the PDF to compare as the body");
    }
    return new Comparison(documents.identical(document, uploaded), documents.digest(document, uploaded),
        document.sha256(), document.valid(), documents.hashAlgorithm(document));
  }

  private IssuedDocument require(String code) {
    return documents.byCode(code).orElseThrow(() -> ApiException.notFound("unknown-document",
        "未找到该验证码对应的文书，请核对验证码", "No document has this verification code"));
  }

  private static ApiException tooLarge(int max) {
    return new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "upload-too-large",
        "文件过大，最大 " + (max / 1024 / 1024) + " MB", "The file is larger than " + max + " bytes");
  }
}
