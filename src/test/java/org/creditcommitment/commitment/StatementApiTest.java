package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 陈述、申辩 through the portal (中华人民共和国行政处罚法 第四十五条; 第六十三条 听证): POST /api/cases/{caseNo}/statement is taken
 * once, while the statement period runs, with a hearing request only where the proposed measures give one; anything
 * else is refused with problem+json in Chinese and English and writes nothing.
 */
class StatementApiTest extends IntegrationTest {

  @Autowired LifecycleDriver driver;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  private CaseRecord noticed(String... measures) {
    CaseRecord c = driver.apply(driver.subject("AA"), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    driver.notifyConditions(c);
    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.proposePunishment(c, measures);
    return c;
  }

  private HttpResponse<String> state(CaseRecord c, String json) {
    return http.post("/api/cases/" + c.caseNo() + "/statement", "portal", json);
  }

  private void assertProblem(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    assertThat(response.body()).contains(code).contains("messageZh").contains("messageEn");
  }

  private int statements(CaseRecord c) {
    return jdbc.queryForObject("select count(*) from case_statement where case_no = ?", Integer.class, c.caseNo());
  }

  @Test
  void badStatementsAreRefusedAndWriteNothing() {
    CaseRecord c = noticed("PUBLICITY");
    String[][] bad = {
        {"{\"statement\":\"\"}", "400"},
        {"{\"statement\":\"" + "辩".repeat(4001) + "\"}", "400"},
        {"{\"statement\":\"请求从轻\\u202e处理\"}", "400"},
        {"{\"statement\":\"请求从轻\",\"extra\":true}", "400"},
        {"not json", "400"},
    };
    for (String[] request : bad) {
      HttpResponse<String> refused = state(c, request[0]);
      assertThat(refused.statusCode()).as(request[0].length() > 80 ? "too long" : request[0] + " → " + refused.body())
          .isEqualTo(Integer.parseInt(request[1]));
      assertThat(refused.body()).contains("messageZh").contains("messageEn");
    }
    // 行政处罚法 第六十三条: publicity alone gives no right to a hearing
    assertProblem(state(c, "{\"statement\":\"要求听证\",\"hearingRequested\":true}"), 400, "no-hearing-right");
    assertProblem(http.post("/api/cases/XY20990101999999/statement", "portal", "{\"statement\":\"陈述\"}"), 404,
        "");

    assertThat(statements(c)).isZero();
    assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceId(c.processInstanceId())
        .singleResult()).isWaitingAt("Task_AwaitStatement");
  }

  @Test
  void aStatementIsTakenOnceAndASecondOneIsRefused() {
    CaseRecord c = noticed("REVOKE_LICENCE", "PUBLICITY");

    HttpResponse<String> stated = state(c, "{\"statement\":\"请求听证，说明整改困难\",\"hearingRequested\":true}");
    assertThat(stated.statusCode()).as(stated.body()).isEqualTo(204);
    driver.runJobs(c);
    assertThat(driver.task(c, "Task_RecordHearing")).isNotNull();

    assertProblem(state(c, "{\"statement\":\"补充意见\"}"), 409, "statement-given");
    assertThat(statements(c)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select statement_text from case_statement where case_no = ?", String.class,
        c.caseNo())).isEqualTo("请求听证，说明整改困难");
  }

  @Test
  void aStatementAfterThePeriodIsRefusedEvenBeforeTheDeadlineFires() {
    CaseRecord c = noticed("PUBLICITY");
    clock.advance(Duration.ofDays(20));

    assertProblem(state(c, "{\"statement\":\"迟到的陈述\"}"), 409, "statement-period-passed");
    assertThat(statements(c)).isZero();

    driver.fireDeadline(c, "statement");
    assertProblem(state(c, "{\"statement\":\"迟到的陈述\"}"), 409, "statement-period-passed");
    assertThat(jdbc.queryForObject("select outcome from case_statement where case_no = ?", String.class, c.caseNo()))
        .isEqualTo("LAPSED");
    assertThat(driver.task(c, "Task_DecidePunishment")).isNotNull();
  }
}
