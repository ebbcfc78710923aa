package org.creditcommitment.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.subject.InvalidCodeException;
import org.creditcommitment.subject.Masking;
import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.system.PublicBaseUrl;
import org.creditcommitment.system.SequenceNumbers;
import org.creditcommitment.system.Timestamps;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues documents and answers for them. {@link #issue} fixes what a document says in the caller's transaction and
 * numbers it when that transaction commits ({@link NumbersAtCommit}), so a step that fails issues nothing and a
 * number is never lost; it is laid out after the step commits, and its stored bytes and their digest (SM3; SHA-256
 * before digests were configurable) never change after that. A later decision marks a document no longer valid
 * ({@link #invalidate}), which its verification page
 * shows. Every issue and every print is an audit event of the case (or of the subject, for a credit report), so it
 * is in the case's timeline.
 */
@Service
public class Documents {

  /** The public verification page of a code: {@code /public/documents/<code>}. */
  public static final String VERIFY_PATH = "/public/documents/";
  public static final String ISSUED_EVENT = "document.issued";
  public static final String PRINTED_EVENT = "document.printed";

  private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
  static final String COLUMNS = "id, doc_type, doc_number, case_no, subject_code, subject_type, subject_name,"
      + " department, issuer_name, issued_at, issued_by, verification_code, sha256, content_size, record_ref,"
      + " invalid_reason, invalid_at";

  private final JdbcTemplate jdbc;
  private final NumbersAtCommit numbers;
  private final DocumentLayouts layouts;
  private final DocumentsProperties properties;
  private final Catalogue catalogue;
  private final SubjectCodes subjectCodes;
  private final SequenceNumbers sequences;
  private final PublicBaseUrl links;
  private final AuditLog audit;
  private final Clock clock;
  private final DocumentIssuers issuers;
  private final DocumentDigests digests;
  private final StoredSubjectCodes codes;
  private final RowMapper<IssuedDocument> rows;

  Documents(JdbcTemplate jdbc, NumbersAtCommit numbers, DocumentLayouts layouts, DocumentsProperties properties,
      Catalogue catalogue, SubjectCodes subjectCodes, SequenceNumbers sequences, PublicBaseUrl links, AuditLog audit,
      Clock clock, DocumentIssuers issuers, DocumentDigests digests, StoredSubjectCodes codes) {
    this.codes = codes;
    this.rows = rows(codes);
    this.digests = digests;
    this.issuers = issuers;
    this.jdbc = jdbc;
    this.numbers = numbers;
    this.layouts = layouts;
    this.properties = properties;
    this.catalogue = catalogue;
    this.subjectCodes = subjectCodes;
    this.sequences = sequences;
    this.links = links;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * A natural person's resident ID number is stored encrypted (docs/security.md#personal-data-at-rest), and a subject's
   * documents are found by the keyed index {@code subject_code_idx}; at each start the rows stored before, or under an
   * earlier key, are encrypted and indexed (the key is configuration a migration does not have).
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    codes.protectStored("issued_document", "id", "subject_code", "subject_code_idx");
  }

  /**
   * Fixes what a document says (type, verification code, header, values) in the caller's transaction and numbers it
   * as that transaction commits; the step's rollback takes it back. The department's number counter is locked from
   * the commit's start to its end only (or from the moment the step asks for the number). The PDF is laid out after
   * the step commits ({@link DocumentLayouts}), so a layout that fails can never undo the outcome the document
   * reports. Until then the document is listed as being issued ({@link IssuedDocument#laidOut}).
   */
  @Transactional
  public IssuedDocument issue(DocumentRequest request) {
    return issue(request, audit.currentActor());
  }

  /**
   * As {@link #issue(DocumentRequest)}, naming the official whose decision the document states: a background step
   * acting on that decision (the punishment decided by an approver, pushed and issued by a job) runs as nobody.
   */
  @Transactional
  public IssuedDocument issue(DocumentRequest request, String issuedBy) {
    SubjectType subjectType = subjectType(request.subjectCode());
    boolean report = request.type() == DocumentType.CREDIT_REPORT;
    String department = report ? properties.reportDepartment() : request.department();
    // the credit office (reports, objections, repairs) is no catalogue department
    String issuer = department.equals(properties.reportDepartment()) ? properties.reportIssuer()
        : catalogue.departmentName(department);
    String prefix = report ? properties.reportPrefix()
        : properties.numberPrefixes().getOrDefault(department, issuer + "承");
    // as the database keeps it (microseconds), so the document returned is the one stored
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    LocalDate today = LocalDate.now(clock);
    String code = VerificationCodes.generate();
    // the number is printed from the stored row when the document is laid out, after the step took it at commit
    DocumentRenderer.Model model = new DocumentRenderer.Model(request.type().title(), null, issuer,
        CHINESE_DATE.format(today), code, links.of(VERIFY_PATH + code), null, request.subjectName(),
        Masking.subjectCode(request.subjectCode(), subjectType), request.caseNo(), request.itemName());
    long id = sequences.nextValue("issued_document_seq");
    String actor = issuedBy == null || issuedBy.isBlank() ? audit.currentActor() : issuedBy;
    // due from its issue (render_next_at): each node's periodic run waits its own grace for a document never tried
    jdbc.update("insert into issued_document (id, doc_type, number_prefix, number_year, case_no, subject_code,"
        + " subject_type, subject_name, department, issuer_name, issued_at, issued_by, verification_code, record_ref,"
        + " render_input, render_next_at, subject_code_idx) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id, request.type().name(), prefix, today.getYear(), request.caseNo(), codes.store(request.subjectCode()),
        subjectType.name(), request.subjectName(), department, issuer, now, actor, code, request.recordRef(),
        layouts.input(model, request.values()), now, codes.index(request.subjectCode()));
    NumbersAtCommit.Pending number = numbers.defer(id, prefix, today.getYear());
    layouts.afterCommit(id);
    return new IssuedDocument(id, request.type(), null, request.caseNo(), request.subjectCode(), subjectType,
        request.subjectName(), department, issuer, now, actor, code, null, 0, request.recordRef(), null, null, number);
  }

  /** Records that someone printed or downloaded a document; in the case's timeline like its issue. */
  @Transactional
  public void recordPrint(IssuedDocument document, String actor) {
    audit.record(timelineRef(document), PRINTED_EVENT, actor, details(document));
  }

  /**
   * Marks the still-valid documents of this type and case no longer valid, e.g. a licence decision when the licence is
   * revoked. The bytes stay as issued; the verification page shows the reason.
   *
   * @return how many documents were marked
   */
  @Transactional
  public int invalidate(String caseNo, DocumentType type, String reason) {
    return mark("case_no = ?", caseNo, type, reason);
  }

  /** Like {@link #invalidate}, for the documents that concern one dishonesty record (punishment decisions). */
  @Transactional
  public int invalidateForRecord(String recordRef, DocumentType type, String reason) {
    return mark("record_ref = ?", recordRef, type, reason);
  }

  private int mark(String where, String key, DocumentType type, String reason) {
    List<IssuedDocument> marked = jdbc.query("select " + COLUMNS + " from issued_document where " + where
        + " and doc_type = ? and invalid_reason is null", rows, key, type.name());
    OffsetDateTime now = OffsetDateTime.now(clock);
    for (IssuedDocument document : marked) {
      jdbc.update("update issued_document set invalid_reason = ?, invalid_at = ? where id = ?", reason, now,
          document.id());
      Map<String, Object> details = details(document);
      details.put("reason", reason);
      audit.record(timelineRef(document), "document.invalidated", audit.currentActor(), details);
    }
    return marked.size();
  }

  public List<IssuedDocument> forCase(String caseNo) {
    return jdbc.query("select " + COLUMNS + " from issued_document where case_no = ? order by id", rows, caseNo);
  }

  /** The newest document of this type of the case, e.g. for the link in a mail. */
  public Optional<IssuedDocument> latest(String caseNo, DocumentType type) {
    return jdbc.query("select " + COLUMNS + " from issued_document where case_no = ? and doc_type = ?"
        + " order by id desc", rows, caseNo, type.name()).stream().findFirst();
  }

  public List<IssuedDocument> forSubject(String subjectCode, DocumentType type) {
    return jdbc.query("select " + COLUMNS + " from issued_document where subject_code_idx = ? and doc_type = ?"
        + " order by id", rows, codes.index(subjectCode), type.name());
  }

  public Optional<IssuedDocument> find(long id) {
    return jdbc.query("select " + COLUMNS + " from issued_document where id = ?", rows, id).stream().findFirst();
  }

  /** The document of a verification code as typed (any case, dashes optional); empty for none. */
  public Optional<IssuedDocument> byCode(String typed) {
    String code = VerificationCodes.normalize(typed);
    if (code == null) {
      return Optional.empty();
    }
    return jdbc.query("select " + COLUMNS + " from issued_document where verification_code = ?", rows, code)
        .stream().findFirst();
  }

  /** The exact bytes as issued; refused while the document is still being laid out. */
  public byte[] content(IssuedDocument document) {
    byte[] content = jdbc.queryForObject("select content from issued_document where id = ?", byte[].class,
        document.id());
    if (content == null) {
      throw DocumentLayouts.stillIssuing();
    }
    return content;
  }

  /** Whether these bytes are exactly the document as issued. */
  public boolean identical(IssuedDocument document, byte[] candidate) {
    return document.laidOut() && document.sha256().equals(digests.digest(document, candidate));
  }

  /** The name of the algorithm of a document's digest (its {@code sha256}): SM3, or SHA-256 for older documents. */
  public String hashAlgorithm(IssuedDocument document) {
    return document.laidOut() ? digests.of(document).stored() : null;
  }

  /** These bytes' digest under the algorithm of that document. */
  public String digest(IssuedDocument document, byte[] bytes) {
    return digests.digest(document, bytes);
  }

  /** A date as documents print it: 2026年11月30日. */
  public static String date(LocalDate date) {
    return date == null ? null : CHINESE_DATE.format(date);
  }

  /** A document as staff lists show it. */
  public DocumentView view(IssuedDocument document) {
    return DocumentView.of(document, verifyUrl(document), issuers.name(document.issuedBy()));
  }

  /** The address of a document's verification page, as printed in it and linked from mails. */
  public String verifyUrl(IssuedDocument document) {
    return links.of(VERIFY_PATH + document.verificationCode());
  }

  static String timelineRef(IssuedDocument document) {
    return document.caseNo() != null ? document.caseNo() : document.subjectCode();
  }

  static Map<String, Object> details(IssuedDocument document) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("documentType", document.type().title());
    details.put("documentNumber", document.number());
    details.put("verificationCode", document.verificationCode());
    if (document.laidOut()) {
      details.put("sha256", document.sha256());
    }
    if (document.caseNo() != null) {
      details.put("caseNo", document.caseNo());
    }
    return details;
  }

  private SubjectType subjectType(String code) {
    try {
      return subjectCodes.parse(code).type();
    } catch (InvalidCodeException e) {
      // codes reach here from records that were checked when they were made; a malformed one is shown unmasked
      // only if it is an organisation's, so treat the unknown as a person and mask it
      return SubjectType.NATURAL;
    }
  }

  /** The documents as read from {@link #COLUMNS}, with the subject's code as it is (the stored one decrypted). */
  static RowMapper<IssuedDocument> rows(StoredSubjectCodes codes) {
    return (rs, n) -> row(rs, codes.read(rs.getString("subject_code")));
  }

  private static IssuedDocument row(ResultSet rs, String subjectCode) throws SQLException {
    return new IssuedDocument(rs.getLong("id"), DocumentType.valueOf(rs.getString("doc_type")),
        rs.getString("doc_number"), rs.getString("case_no"), subjectCode,
        SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_name"), rs.getString("department"),
        rs.getString("issuer_name"), Timestamps.read(rs, "issued_at"), rs.getString("issued_by"),
        rs.getString("verification_code"), rs.getString("sha256"), rs.getInt("content_size"),
        rs.getString("record_ref"), rs.getString("invalid_reason"), Timestamps.read(rs, "invalid_at"), null);
  }
}
