package org.creditcommitment.documents;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.documents.seal.DocumentSealer;
import org.creditcommitment.security.SystemCall;
import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.HashAlgorithm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Lays out documents after the step that issued them has committed. The step fixes what a document says (number,
 * code, values) and commits its legal outcome at once; laying out the PDF then neither holds the department's number
 * counter nor can roll the outcome back. A layout that fails is retried with a growing pause (at most an hour) and is
 * visible meanwhile: an incident of type {@value #INCIDENT_TYPE} on the case's running process (Cockpit), the staff
 * list and the verification page saying the document is still being issued, and the system status. The incident is
 * resolved when a retry succeeds (e.g. after an operator fixed a broken template).
 *
 * <p>A large installation lays documents out on nodes of their own, since the layout's CPU is what limits a busy
 * node: officials' nodes set {@code cc.documents.layout-here: false} (they neither lay out after commit nor run the
 * periodic layout), and layout nodes set {@code cc.documents.layout-grace: 0} with a short
 * {@code cc.documents.layout-interval}, so their run takes a document as soon as its step has committed.
 */
@Component
public class DocumentLayouts {

  public static final String INCIDENT_TYPE = "documentLayout";
  private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
  private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(DocumentLayouts.class);

  private final JdbcTemplate jdbc;
  private final DocumentRenderer renderer;
  private final ObjectMapper json;
  private final AuditLog audit;
  private final TransactionTemplate ownTransaction;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Clock clock;
  private final DocumentDigests digests;
  private final DocumentLayoutWorkers workers;
  private final DocumentSealer sealer;
  private final RowMapper<IssuedDocument> documentRows;
  private final boolean here;
  private final Duration grace;

  /**
   * @param here whether this node lays documents out (after their step commits and in the periodic run); false on
   *     officials' nodes of an installation whose layout nodes do it
   * @param grace how long the periodic run leaves a new document to the node whose step issued it (which lays it out
   *     at commit); 0 on a layout node, whose run is the only one to lay documents out
   */
  DocumentLayouts(JdbcTemplate jdbc, DocumentRenderer renderer, ObjectMapper json, AuditLog audit,
      PlatformTransactionManager transactions, RuntimeService runtime, IdentityService identity, Clock clock,
      DocumentDigests digests, DocumentLayoutWorkers workers, DocumentSealer sealer, StoredSubjectCodes codes,
      @Value("${cc.documents.layout-here:true}") boolean here,
      @Value("${cc.documents.layout-grace:1m}") Duration grace) {
    if (grace.isNegative()) {
      throw new IllegalArgumentException("cc.documents.layout-grace must be 0 or more");
    }
    this.here = here;
    this.grace = grace;
    this.documentRows = Documents.rows(codes);
    this.digests = digests;
    this.workers = workers;
    this.sealer = sealer;
    this.jdbc = jdbc;
    this.renderer = renderer;
    this.json = json;
    this.audit = audit;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.runtime = runtime;
    this.identity = identity;
    this.clock = clock;
  }

  /** What a document says, as stored until it is laid out: the printed header and the template's values. */
  record Input(DocumentRenderer.Model doc, Map<String, Object> values) {}

  String input(DocumentRenderer.Model doc, Map<String, ?> values) {
    try {
      return json.writeValueAsString(new Input(doc, new LinkedHashMap<>(values)));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Document values must be strings, lists and maps", e);
    }
  }

  /** The answer for a document whose PDF is not there yet: 409, try again shortly. */
  static ApiException stillIssuing() {
    return ApiException.conflict("document-being-issued", "文书正在出具中，请稍后再试",
        "The document is still being issued; try again shortly");
  }

  /**
   * Hands the document to the layout pool once the current transaction has committed, so the committing thread does
   * not wait for the PDF; nothing if it rolls back, or if this node leaves layouts to layout nodes.
   */
  void afterCommit(long id) {
    if (!here) {
      return;
    }
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      layOut(id);
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        workers.submit(id, () -> layOut(id));
      }
    });
  }

  /**
   * Lays a document out on the caller's thread, for a request whose answer is the document itself (a credit report:
   * no decision waits on it); the pool, finding it laid out, leaves it.
   *
   * @return whether it is laid out (false: it failed and will be retried, as any layout)
   */
  public boolean layOutNow(IssuedDocument document) {
    return layOut(document.id());
  }

  /**
   * Every pending document whose pause has passed: those whose layout failed, and those never tried once their grace
   * has passed (their node stopped before it, its queue was full, or it leaves layouts to layout nodes). Handed to
   * this node's pool, or laid out on this thread when there is none or it is full; nothing on a node that does not
   * lay out.
   */
  @Scheduled(initialDelayString = "${cc.documents.layout-interval:30s}",
      fixedDelayString = "${cc.documents.layout-interval:30s}")
  public void layOutDue() {
    if (!here) {
      return;
    }
    try {
      OffsetDateTime now = OffsetDateTime.now(clock);
      // a new document's render_next_at is its issue; a failed one's is its next try, already past its pause
      List<Long> due = jdbc.queryForList("select id from issued_document where render_next_at <= ?"
          + " and (render_attempts > 0 or render_next_at <= ?) order by id", Long.class, now, now.minus(grace));
      for (long id : due) {
        Runnable layout = () -> layOut(id);
        if (!workers.submit(id, layout)) {
          layout.run();
        }
      }
    } catch (RuntimeException e) {
      // the database may be briefly unavailable; the next run tries again
      log.warn("Laying out pending documents failed: {}", e.toString());
    }
  }

  /** Lays out one pending document in a transaction of its own; false when it failed (and will be retried). */
  boolean layOut(long id) {
    try {
      Integer failedBefore = ownTransaction.execute(status -> layOutPending(id));
      if (failedBefore != null && failedBefore > 0) {
        resolveIncidents(id);
      }
      return true;
    } catch (RuntimeException e) {
      failed(id, e);
      return false;
    }
  }

  /**
   * Renders and stores the PDF of a document still pending, holding only that document's row (a second node or run
   * waits, then finds it done).
   *
   * @return how often its layout had failed before; null when there was nothing to do
   */
  private Integer layOutPending(long id) {
    // read as text: H2 hands TEXT back as a Clob object
    List<Pending> rows = jdbc.query("select doc_type, doc_number, department, render_input, render_attempts"
        + " from issued_document where id = ? and sha256 is null for update", (rs, n) -> new Pending(
            DocumentType.valueOf(rs.getString("doc_type")), rs.getString("doc_number"), rs.getString("department"),
            rs.getString("render_input"), rs.getInt("render_attempts")), id);
    if (rows.isEmpty()) {
      return null;
    }
    if (rows.get(0).number() == null) {
      throw new IllegalStateException("Document " + id + " has no number: its step did not commit");
    }
    Input input = read(rows.get(0).input());
    // the number as the step took it when it committed
    DocumentRenderer.Model doc = input.doc().withNumber(rows.get(0).number())
        .withQrCode(QrCodes.pngDataUri(input.doc().verifyUrl()));
    // sealed once, here: the digest stored is of the sealed, archivable bytes (PDF/A-2b, the organ's signature)
    byte[] pdf = sealer.seal(renderer.render(rows.get(0).type(), doc, input.values()), rows.get(0).department(),
        doc.issuerName(), doc.title());
    HashAlgorithm algorithm = digests.current();
    String sha256 = algorithm.hex(pdf, null);
    jdbc.update("update issued_document set content = ?, sha256 = ?, hash_alg = ?, content_size = ?, render_input = null,"
        + " render_next_at = null, render_error = null where id = ?", pdf, sha256, algorithm.stored(), pdf.length, id);
    IssuedDocument document = jdbc.queryForObject("select " + Documents.COLUMNS + " from issued_document where id = ?",
        documentRows, id);
    // in the timeline under whoever issued it, now that its hash exists
    audit.record(Documents.timelineRef(document), Documents.ISSUED_EVENT, document.issuedBy(),
        Documents.details(document));
    return rows.get(0).failedBefore();
  }

  private record Pending(DocumentType type, String number, String department, String input, int failedBefore) {}

  private Input read(String stored) {
    try {
      return json.readValue(stored, Input.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The stored values of a document cannot be read", e);
    }
  }

  private void failed(long id, RuntimeException cause) {
    String error = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    log.warn("Document {} could not be laid out, retried later: {}", id, error);
    try {
      Integer attempts = ownTransaction.execute(status -> {
        jdbc.update("update issued_document set render_attempts = render_attempts + 1, render_error = ?"
            + " where id = ? and sha256 is null", error.length() > 1000 ? error.substring(0, 1000) : error, id);
        int failures = jdbc.queryForObject("select render_attempts from issued_document where id = ?", Integer.class,
            id);
        jdbc.update("update issued_document set render_next_at = ? where id = ? and sha256 is null",
            OffsetDateTime.now(clock).plus(pauseAfter(failures)), id);
        return failures;
      });
      if (attempts != null && attempts == 1) {
        raiseIncident(id, error);
      }
    } catch (RuntimeException e) {
      log.warn("Recording the failed layout of document {} failed: {}", id, e.toString());
    }
  }

  private Duration pauseAfter(int attempts) {
    Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts - 1, 10));
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  /**
   * An incident on the case's running process, where operators see every other stuck step: on the activity the case
   * waits at now (an incident needs an execution that is at an activity).
   */
  private void raiseIncident(long id, String error) {
    jdbc.queryForList("select case_no from issued_document where id = ? and case_no is not null", String.class, id)
        .forEach(caseNo -> SystemCall.run(identity, () -> {
          runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).active().list().stream()
              .map(instance -> waitingExecution(runtime.getActivityInstance(instance.getId())))
              .filter(Objects::nonNull).findFirst()
              .ifPresent(executionId -> runtime.createIncident(INCIDENT_TYPE, executionId, configuration(id),
                  "文书 " + id + " 未能生成，将自动重试 / document " + id + " could not be laid out: " + error));
          return null;
        }));
  }

  private static String waitingExecution(ActivityInstance instance) {
    if (instance == null) {
      return null;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      String inner = waitingExecution(child);
      if (inner != null) {
        return inner;
      }
    }
    boolean leaf = instance.getChildActivityInstances().length == 0;
    return leaf && instance.getExecutionIds().length > 0 ? instance.getExecutionIds()[0] : null;
  }

  private void resolveIncidents(long id) {
    SystemCall.run(identity, () -> {
      List<Incident> open = runtime.createIncidentQuery().incidentType(INCIDENT_TYPE).configuration(configuration(id))
          .list();
      open.forEach(incident -> runtime.resolveIncident(incident.getId()));
      return null;
    });
  }

  private static String configuration(long id) {
    return "document:" + id;
  }
}
