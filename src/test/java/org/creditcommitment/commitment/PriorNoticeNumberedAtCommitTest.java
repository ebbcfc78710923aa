package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.documents.DocumentRequest;
import org.creditcommitment.documents.DocumentType;
import org.creditcommitment.documents.Documents;
import org.creditcommitment.documents.IssuedDocument;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The step that proposes a punishment serves the prior notice (拟作出失信惩戒告知书) and stores its number with the
 * notice as it commits, like every other step: until then the department's number counter is free for its other
 * officials.
 */
class PriorNoticeNumberedAtCommitTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired Documents documents;
  @Autowired PriorNotices priorNotices;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  private CaseRecord atPunishment() {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    return c;
  }

  private int sequence(IssuedDocument document) {
    return jdbc.queryForObject("select number_seq from issued_document where id = ?", Integer.class, document.id());
  }

  @Test
  void proposingAPunishmentLeavesTheDepartmentsCounterFreeUntilItCommitsAndStoresTheNoticesNumberWithTheNotice()
      throws Exception {
    CaseRecord c = atPunishment();
    IdentityService identity = processEngine.getIdentityService();
    String taskId = driver.task(c, "Task_ProposePunishment").getId();
    ExecutorService otherOfficial = Executors.newSingleThreadExecutor();
    try {
      IssuedDocument theirs = new TransactionTemplate(transactionManager).execute(status -> {
        identity.setAuthentication("approver", identity.createGroupQuery().groupMember("approver").list().stream()
            .map(g -> g.getId()).toList());
        try {
          processEngine.getTaskService().complete(taskId, Map.of("punishmentMeasures", List.of("PUBLICITY"),
              "punishmentBasis", "《义马市政务领域开展信用承诺改革工作方案（试行）》（义政数〔2020〕17号）四（七）"));
        } finally {
          identity.clearAuthentication();
        }
        // the notice is served in this step; while it goes on, another official of the department issues a document
        Future<IssuedDocument> other = otherOfficial.submit(() -> documents.issue(new DocumentRequest(
            DocumentType.DENIAL_DECISION, "YY" + System.nanoTime(), TestCodes.uscc(), "某某餐饮有限公司",
            "食品经营许可（仅销售预包装食品）", "scjg", null, Map.of("reason", "经营场所不符合许可条件。"))));
        try {
          return other.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
          throw new AssertionError("the other official waited for the prior notice's number", e);
        }
      });

      IssuedDocument notice = documents.latest(c.caseNo(), DocumentType.PRIOR_NOTICE).orElseThrow();
      assertThat(notice.department()).isEqualTo(theirs.department());
      assertThat(sequence(notice)).as("numbered as its step committed").isEqualTo(sequence(theirs) + 1);
      assertThat(priorNotices.notice(c.caseNo()).orElseThrow().documentNo()).isEqualTo(notice.number())
          .isNotBlank();
    } finally {
      otherOfficial.shutdownNow();
    }
  }
}
