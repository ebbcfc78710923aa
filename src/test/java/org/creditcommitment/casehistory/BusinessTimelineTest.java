package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The business view of a case's history (the {@code events} of the history API), from real cases. */
class BusinessTimelineTest extends IntegrationTest {

  private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  @Autowired AuditedCases cases;
  @Autowired ObjectMapper json;

  @Test
  void oneEventPerBusinessStepWithDecisionsFormLabelsNamesAndBeijingTime() throws Exception {
    CaseRecord c = cases.everyKindOfStep();
    Map<String, Object> history = history(c.caseNo());
    List<Map<String, Object>> events = list(history, "events");
    List<Map<String, Object>> entries = list(history, "entries");

    assertThat(events).allSatisfy(e -> assertThat(e).containsKeys("time", "kind", "title", "actor", "activityId",
        "fields"));
    assertThat(events).extracting(e -> e.get("kind")).doesNotContain("activity.started", "activity.ended",
        "task.created", "variables.updated", "operation.Complete", "job.failed", "notification.sent");
    assertThat(events).noneMatch(e -> String.valueOf(e.get("activityId")).startsWith("Gateway_"));
    assertThat(events.size()).as("the engine's machinery is left out").isLessThan(entries.size() / 2);
    assertThat(events.stream().map(e -> Instant.parse((String) e.get("time"))).toList()).isSorted();

    List<String> completedTasks = entries.stream().filter(e -> "task.completed".equals(e.get("type")))
        .map(e -> (String) e.get("activityId")).toList();
    assertThat(completedTasks).contains("Task_NotifyConditions", "Task_AcceptApplication", "Task_MakeDecision",
        "Task_InspectFulfilment");
    for (String task : completedTasks) {
      assertThat(events.stream().filter(e -> task.equals(e.get("activityId"))
          && ((String) e.get("title")).startsWith("完成「"))).as("events completing " + task).hasSize(1);
    }

    Map<String, Object> decided = only(events, "task.completed", "Task_MakeDecision");
    assertThat(decided.get("title")).isEqualTo("完成「作出行政决定」：准予许可");
    assertThat(fields(decided)).containsEntry("审批决定", "准予许可").containsEntry("审批意见", "同意");
    assertThat(actor(decided)).containsEntry("id", "approver").containsEntry("role", "审批");
    assertThat((String) actor(decided).get("name")).contains("王建国");

    Map<String, Object> accepted = only(events, "task.completed", "Task_AcceptApplication");
    assertThat(accepted.get("title")).isEqualTo("完成「受理申请」：予以受理");
    assertThat((String) actor(accepted).get("name")).contains("张敏").doesNotContain("clerk");
    assertThat(fields(only(events, "task.completed", "Task_NotifyConditions")))
        .containsEntry("告知方式", "窗口现场书面告知").containsEntry("已一次性告知条件、标准及违诺后果", "是");
    Map<String, Object> claim = first(events, "operation.Claim");
    assertThat(claim.get("title")).isEqualTo("认领「受理申请」");
    assertThat(claim.get("activityId")).isEqualTo("Task_AcceptApplication");
    assertThat(actor(claim)).containsEntry("role", "窗口受理");

    // deadlines: the kind in Chinese, the due day in Beijing time
    List<Map<String, Object>> deadlines = events.stream().filter(e -> ((String) e.get("kind")).startsWith("deadline."))
        .toList();
    assertThat(deadlines).extracting(e -> e.get("title")).contains("设定期限：签署期限", "期限取消：签署期限",
        "设定期限：决定期限", "期限届满：决定期限");
    Map<String, Object> decisionDeadline = deadlines.stream().filter(e -> "设定期限：决定期限".equals(e.get("title")))
        .findFirst().orElseThrow();
    Map<String, Object> scheduled = entries.stream().filter(e -> "deadline.scheduled".equals(e.get("type"))
        && "decision".equals(details(e).get("kind"))).findFirst().orElseThrow();
    assertThat(fields(decisionDeadline).get("期限")).isEqualTo(beijing(Instant.parse((String) details(scheduled).get("due"))));
    assertThat(decisionDeadline.get("activityId")).isEqualTo("Task_MakeDecision");
    assertThat(first(events, "deadline.fired").get("activityId")).isEqualTo("Event_DecisionOverdue");

    Map<String, Object> started = first(events, "process.started");
    assertThat((String) started.get("title")).contains("提交申请", "信用承诺办理");
    assertThat(actor(started).get("name")).isEqualTo("网上办事大厅（代申请人）");
    assertThat(fields(started)).containsEntry("申请事项", "食品经营许可（仅销售预包装食品）")
        .containsEntry("承诺方式", "告知承诺");
    assertThat(first(events, "process.ended").get("title")).isEqualTo("办结：已践诺");

    Map<String, Object> eligibility = events.stream().filter(e -> "规则判定「信用承诺资格判定」".equals(e.get("title")))
        .findFirst().orElseThrow();
    assertThat(fields(eligibility)).containsEntry("信用等级", "AA").containsEntry("判定结果·可适用信用承诺", "是")
        .containsEntry("判定结果·原因代码", "符合信用承诺适用条件");
    assertThat(first(events, "credit.queried").get("title")).isEqualTo("信用查询：信用等级 AA");
    Map<String, Object> push = first(events, "credit.pushed");
    assertThat(push.get("title")).isEqualTo("归集推送：信用承诺信息");
    // the idempotency key is the engine detail's (and the CSV's), not the business view's
    assertThat(fields(push)).containsEntry("推送结果", "信用平台已接收").doesNotContainKey("幂等键");
    Map<String, Object> signed = first(events, "commitment.signed");
    assertThat(signed.get("title")).isEqualTo("签署信用承诺书（网上签署）");
    assertThat(signed.get("activityId")).isEqualTo("Event_SignedOnline");
    assertThat(events).noneMatch(e -> "message.received".equals(e.get("kind")));
    assertThat((String) first(events, "notification.queued").get("title")).startsWith("发送通知：");
    Map<String, Object> incident = first(events, "incident.created");
    assertThat(incident.get("title")).isEqualTo("发生故障：「归集推送承诺信息」");
    assertThat(incident.get("activityId")).isEqualTo("Task_PushCommitment");
    assertThat(events).anyMatch(e -> "incident.resolved".equals(e.get("kind")));
    assertThat((String) actor(first(events, "operation.SetJobRetries")).get("role")).contains("系统管理员");

    // everything reads as Chinese text: no technical words, login ids as names or raw instants
    assertThat(events).allSatisfy(e -> assertThat((String) e.get("title")).doesNotContainPattern("[a-z]{3,}"));
    assertThat(events).allSatisfy(e -> assertThat(((List<?>) e.get("fields")).toString())
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}"));
    assertThat(events).filteredOn(e -> e.get("actor") != null)
        .allSatisfy(e -> assertThat(actor(e).get("name")).isNotIn("clerk", "approver", "inspector", "portal"));
    assertThat(history.get("detailLabels")).asInstanceOf(MAP)
        .containsEntry("kind", "期限类型").containsEntry("decisionOpinion", "审批意见");
  }

  @Test
  void withdrawalCarriesItsReasonAndTheCaseEndsWithdrawn() throws Exception {
    CaseRecord c = cases.withdrawn();
    List<Map<String, Object>> events = list(history(c.caseNo()), "events");
    Map<String, Object> withdrawal = first(events, "withdrawal");
    assertThat(withdrawal.get("title")).isEqualTo("申请人撤回申请");
    assertThat(withdrawal.get("activityId")).isEqualTo("Event_Withdrawn");
    assertThat(fields(withdrawal)).containsEntry("撤回理由", "暂不经营");
    assertThat(events).anyMatch(e -> "期限取消：签署期限".equals(e.get("title")));
    assertThat(first(events, "process.ended").get("title")).isEqualTo("办结：申请人撤回");
  }

  @Test
  void aWithdrawalThroughThePortalNamesThePortalActingForTheApplicant() throws Exception {
    CaseRecord c = cases.started(cases.subject("AA"));
    cases.notifyConditions(c);
    HttpResponse<String> withdrawn = http.post("/api/cases/" + c.caseNo() + "/withdrawal", "portal",
        "{\"reason\":\"经营计划调整\"}");
    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isIn(200, 202, 204);

    Map<String, Object> withdrawal = first(list(history(c.caseNo()), "events"), "withdrawal");

    assertThat(actor(withdrawal)).containsEntry("id", "portal").containsEntry("name", "网上办事大厅（代申请人）");
    assertThat(fields(withdrawal)).containsEntry("撤回理由", "经营计划调整");
  }

  /**
   * 行政处罚法 第四十四条、第四十五条、第六十四条: the auditor sees that the subject was told, what it stated and who took
   * the hearing record, each with its time.
   */
  @Test
  void theSubjectsNoticeStatementAndHearingAreOnTheTimelineWithWhoAndWhen() throws Exception {
    CaseRecord c = cases.punishedAfterAHearing();
    HttpResponse<String> stated = http.post("/api/cases/" + c.caseNo() + "/statement", "portal",
        "{\"statement\":\"整改费用过高，请求听证\",\"hearingRequested\":true}");
    assertThat(stated.statusCode()).as(stated.body()).isEqualTo(204);
    cases.heardAndDecided(c);

    List<Map<String, Object>> events = list(history(c.caseNo()), "events");
    assertThat(events).anyMatch(e -> "document.issued".equals(e.get("kind"))
        && "拟作出失信惩戒告知书".equals(fields(e).get("文书")));
    assertThat(events).anyMatch(e -> "发送通知：拟作出失信惩戒告知".equals(e.get("title")));
    assertThat(events).anyMatch(e -> "设定期限：陈述申辩期限".equals(e.get("title")));
    Map<String, Object> statement = events.stream().filter(e -> "当事人陈述申辩".equals(e.get("title"))).findFirst()
        .orElseThrow(() -> new AssertionError("no statement on the timeline: " + events));
    assertThat(actor(statement)).containsEntry("id", "portal");
    assertThat(fields(statement)).containsEntry("陈述申辩意见", "整改费用过高，请求听证").containsKey("要求听证");
    Map<String, Object> hearing = only(events, "task.completed", "Task_RecordHearing");
    assertThat(fields(hearing).values()).contains("当事人到场陈述经营困难");
    assertThat(actor(hearing)).containsEntry("id", "approver");
    assertThat(statement.get("time")).isNotNull();
  }

  /** The page's rule for a deadline, computed independently of the server's formatter. */
  private static String beijing(Instant due) {
    ZonedDateTime local = due.atZone(BEIJING);
    if (local.getHour() == 0 && local.getMinute() == 0 && local.getSecond() == 0 && local.getNano() == 0) {
      ZonedDateTime day = local.minusDays(1);
      return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日（当日24:00止）";
    }
    return DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").format(local);
  }

  private Map<String, Object> history(String caseNo) throws Exception {
    HttpResponse<String> response = http.get("/api/cases/" + caseNo + "/history", "auditor");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readValue(response.body(), new TypeReference<Map<String, Object>>() {});
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> history, String name) {
    return (List<Map<String, Object>>) history.get(name);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> details(Map<String, Object> entry) {
    return (Map<String, Object>) entry.get("details");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> actor(Map<String, Object> event) {
    assertThat(event.get("actor")).as("actor of " + event.get("title")).isNotNull();
    return (Map<String, Object>) event.get("actor");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> fields(Map<String, Object> event) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (Map<String, Object> field : (List<Map<String, Object>>) event.get("fields")) {
      fields.putIfAbsent((String) field.get("label"), (String) field.get("value"));
    }
    return fields;
  }

  private static Map<String, Object> first(List<Map<String, Object>> events, String kind) {
    return events.stream().filter(e -> kind.equals(e.get("kind"))).findFirst()
        .orElseThrow(() -> new AssertionError("No " + kind + " event"));
  }

  private static Map<String, Object> only(List<Map<String, Object>> events, String kind, String activityId) {
    List<Map<String, Object>> found = events.stream().filter(e -> kind.equals(e.get("kind"))
        && activityId.equals(e.get("activityId"))).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }
}
