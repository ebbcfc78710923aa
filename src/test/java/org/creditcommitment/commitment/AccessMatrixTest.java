package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.credit.adapters.NewSubject;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Reliability and security, access: every /api endpoint and every user task of the lifecycle tried as every
 * group and anonymously; only the intended groups get through, auditors change nothing; public outputs never
 * carry a natural person's full name or ID number; stored script is escaped in the letter's HTML view.
 */
class AccessMatrixTest extends IntegrationTest {

  private static final String ALL_READERS = "admin,approver,auditor,clerk,credit-office,inspector,leader,provider";
  /** Every group, the online portal's account included. */
  private static final String EVERY_GROUP =
      "admin,approver,auditor,clerk,credit-office,inspector,leader,portal,provider";

  /** The intended matrix: endpoint → groups that may call it. A change to @AllowedGroups must change this too. */
  private static final Map<String, String> INTENDED = new TreeMap<>(Map.ofEntries(
      Map.entry("GET /api/me", EVERY_GROUP),
      Map.entry("GET /api/me/work-digest", "admin,approver,clerk,credit-office,inspector,leader,provider"),
      Map.entry("PUT /api/me/work-digest", "admin,approver,clerk,credit-office,inspector,leader,provider"),
      Map.entry("GET /api/calendar/due", ALL_READERS),
      Map.entry("POST /api/calendar/reload", "admin"),
      // the online portal offers the items and their materials to applicants
      Map.entry("GET /api/catalogue", EVERY_GROUP),
      Map.entry("GET /api/catalogue/{}", EVERY_GROUP),
      Map.entry("PUT /api/catalogue/{}", "admin"),
      Map.entry("POST /api/cases", "clerk,portal"),
      Map.entry("GET /api/cases/{}", "approver,auditor,clerk,credit-office,inspector,leader,portal"),
      Map.entry("GET /api/cases/{}/letter", "approver,auditor,clerk,credit-office,inspector,leader,portal"),
      // 行政许可法 第四十二条、第四十五条: the approver asks; the department head approves an extension in Tasklist
      Map.entry("POST /api/cases/{}/decision-period/extension", "approver"),
      Map.entry("POST /api/cases/{}/decision-period/suspension", "approver"),
      Map.entry("POST /api/cases/{}/decision-period/resumption", "approver"),
      Map.entry("POST /api/cases/{}/signature", "clerk,portal"),
      Map.entry("POST /api/cases/{}/withdrawal", "clerk,portal"),
      Map.entry("POST /api/cases/{}/commitment-withdrawal", "clerk,portal"),
      Map.entry("POST /api/cases/{}/materials", "clerk,portal"),
      Map.entry("POST /api/cases/{}/rectification", "clerk,portal"),
      Map.entry("POST /api/cases/{}/statement", "clerk,portal"),
      Map.entry("POST /api/cases/{}/correction", "clerk,portal"),
      Map.entry("POST /api/cases/{}/breaches", "approver,credit-office,inspector"),
      // 送达 (行政许可法 第四十四条): the window records how and when a decision document was served
      Map.entry("POST /api/cases/{}/documents/{}/service", "clerk"),
      Map.entry("GET /api/deadlines", ALL_READERS),
      Map.entry("GET /api/notifications", "admin,approver,auditor,clerk,credit-office"),
      // officials' mobile numbers for short messages are kept by administrators, as the users themselves are
      Map.entry("GET /api/official-contacts", "admin"),
      Map.entry("PUT /api/official-contacts/{}", "admin"),
      Map.entry("DELETE /api/official-contacts/{}", "admin"),
      Map.entry("GET /api/system/status", "admin,auditor"),
      Map.entry("GET /api/subjects/{}/credit", "auditor,clerk,credit-office"),
      Map.entry("GET /api/cases/{}/documents", EVERY_GROUP),
      Map.entry("GET /api/documents/{}/pdf", EVERY_GROUP),
      Map.entry("GET /api/subjects/{}/credit-reports", "admin,auditor,clerk,credit-office,portal"),
      Map.entry("POST /api/subjects/{}/credit-reports", "clerk,credit-office,portal"),
      // 普政数局〔2022〕25号 三（三）: the yearly report is the credit office's to issue and file; the auditor reads it
      Map.entry("POST /api/statistics/yearly-reports", "credit-office"),
      Map.entry("GET /api/statistics/yearly-reports", "auditor,credit-office"),
      Map.entry("GET /api/statistics/yearly-reports/{}/pdf", "auditor,credit-office"),
      Map.entry("POST /api/statistics/yearly-reports/{}/filing", "credit-office"),
      Map.entry("POST /api/subjects", "credit-office"),
      Map.entry("PUT /api/subjects/{}", "credit-office"),
      Map.entry("PUT /api/subjects/{}/grade", "credit-office"),
      Map.entry("POST /api/subjects/{}/dishonesty-records", "credit-office"),
      Map.entry("PUT /api/subjects/{}/dishonesty-records/{}/status", "credit-office"),
      Map.entry("PUT /api/subjects/{}/blacklist", "credit-office"),
      Map.entry("PUT /api/subjects/{}/red-list", "credit-office"),
      Map.entry("POST /api/checksum-exceptions", "credit-office"),
      Map.entry("GET /api/audit/cases", "admin,auditor,credit-office"),
      Map.entry("GET /api/audit/verify", "admin,auditor"),
      // 汕府办函〔2021〕17号 (二十二): who looked up whose credit is the auditor's to read, nobody else's
      Map.entry("GET /api/audit/credit-lookups", "auditor"),
      // an official's own lists (已办, 本部门办件), each row as far as the caller's scope reads it
      Map.entry("GET /api/work/done", "admin,approver,auditor,clerk,credit-office,inspector,leader"),
      Map.entry("GET /api/work/department", "admin,approver,auditor,clerk,credit-office,inspector,leader"),
      // a case's history is the auditors' and the credit office's, and an official's whom the case was sent to (抄送)
      Map.entry("GET /api/cases/{}/diagram", ALL_READERS),
      Map.entry("GET /api/cases/{}/history", ALL_READERS),
      Map.entry("GET /api/cases/{}/history.csv", ALL_READERS),
      // 转办, 委派, 办毕交回 by the task's holder or candidates; 催办 by department heads and the credit office; 抄送
      // by a reader of the case; each official's lists of what was sent to them
      Map.entry("GET /api/tasks/{}/hand-over", "approver,clerk,credit-office,inspector,leader,provider"),
      Map.entry("POST /api/tasks/{}/transfer", "approver,clerk,credit-office,inspector,leader,provider"),
      Map.entry("POST /api/tasks/{}/delegation", "approver,clerk,credit-office,inspector,leader,provider"),
      Map.entry("POST /api/tasks/{}/resolution", "approver,clerk,credit-office,inspector,leader,provider"),
      Map.entry("POST /api/tasks/{}/urge", "credit-office,leader"),
      Map.entry("GET /api/copy-recipients", "approver,clerk,credit-office,inspector,leader,provider"),
      Map.entry("POST /api/cases/{}/copies", "approver,clerk,credit-office,inspector,leader,provider"),
      Map.entry("GET /api/work/copies", ALL_READERS),
      Map.entry("GET /api/work/urges", ALL_READERS),
      Map.entry("GET /api/cases/{}/inspection-draw", "admin,auditor,credit-office"),
      Map.entry("GET /api/risk-warnings", "admin,auditor,credit-office"),
      Map.entry("POST /api/risk-warnings/scan", "admin,credit-office"),
      Map.entry("GET /api/negative-reminders", "admin,auditor,clerk,credit-office"),
      Map.entry("POST /api/negative-reminders", "credit-office"),
      Map.entry("DELETE /api/negative-reminders/{}", "credit-office"),
      Map.entry("POST /api/objections", "clerk,credit-office,portal"),
      Map.entry("GET /api/objections/{}", "auditor,clerk,credit-office,portal,provider"),
      Map.entry("GET /api/statistics/code-errors", "admin,auditor,credit-office"),
      Map.entry("GET /api/statistics/code-errors.csv", "admin,auditor,credit-office"),
      Map.entry("POST /api/corrections", "provider"),
      Map.entry("POST /api/corrections/{}/answer", "credit-office"),
      Map.entry("GET /api/corrections/{}", "auditor,credit-office,provider"),
      Map.entry("GET /api/corrections", "auditor,credit-office,provider"),
      // evidence files: uploaded by who submits objections, repairs, corrections and re-inspections; each file is read
      // by the auditor, its uploader until attached, and those the owning record's module names (404 to the rest)
      Map.entry("POST /api/evidence", "clerk,credit-office,inspector,portal,provider"),
      Map.entry("GET /api/evidence/{}", EVERY_GROUP),
      Map.entry("POST /api/repairs/letter", "clerk,credit-office,portal"),
      Map.entry("POST /api/repairs", "clerk,credit-office,portal"),
      Map.entry("GET /api/repairs/{}", "auditor,clerk,credit-office,portal"),
      Map.entry("POST /api/repairs/{}/supplement", "clerk,credit-office,portal"),
      // voluntary commitments: the portal files and withdraws; the credit office or the owning department revokes
      Map.entry("GET /api/voluntary-templates", "admin,approver,auditor,clerk,credit-office,inspector,portal,provider"),
      Map.entry("POST /api/voluntary-commitments/text", "portal"),
      Map.entry("POST /api/voluntary-commitments", "portal"),
      Map.entry("GET /api/voluntary-commitments/{}", "approver,auditor,clerk,credit-office,portal"),
      Map.entry("POST /api/voluntary-commitments/{}/withdrawal", "portal"),
      Map.entry("POST /api/voluntary-commitments/{}/revocation", "approver,credit-office"),
      Map.entry("POST /api/voluntary-commitments/{}/breaches", "approver,credit-office"),
      Map.entry("GET /api/statistics", "admin,approver,auditor,credit-office"),
      Map.entry("GET /api/statistics.csv", "admin,approver,auditor,credit-office")));

  /** Demo users: one per group, named after it; admin is camunda-admin. */
  private static final List<String> USERS = List.of("admin", Groups.CLERK, Groups.APPROVER, Groups.LEADER,
      Groups.INSPECTOR, Groups.PROVIDER, Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.PORTAL);

  @Autowired
  LifecycleDriver driver;
  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  org.creditcommitment.system.PersonalDataCipher cipher;

  @Test
  void everyApiEndpointLetsInExactlyItsIntendedGroupsAndNobodyAnonymously() {
    Map<String, String> actual = new TreeMap<>();
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
          String endpoint = method + " " + pattern.replaceAll("\\{[^}]+}", "{}");
          actual.put(endpoint, allowed(e.getValue()));
          String path = pattern.replaceAll("\\{[^}]+}", "1");
          for (String user : USERS) {
            tried++;
            int status = call(method.name(), path, user).statusCode();
            boolean intended = List.of(INTENDED.getOrDefault(endpoint, "").split(",")).contains(user);
            if (intended == (status == 403) || status == 401 || status >= 500) {
              wrong.add(endpoint + " as " + user + " → " + status + (intended ? " (should pass)" : " (should be 403)"));
            }
          }
          tried++;
          int anonymous = call(method.name(), path, null).statusCode();
          if (anonymous != 401) {
            wrong.add(endpoint + " anonymously → " + anonymous);
          }
          if (method != RequestMethod.GET && INTENDED.getOrDefault(endpoint, "").contains("auditor")) {
            wrong.add(endpoint + " lets auditors change something");
          }
        }
      }
    }
    assertThat(actual).as("@AllowedGroups of every /api endpoint").isEqualTo(INTENDED);
    assertThat(wrong).isEmpty();
    System.out.println("AccessMatrixTest: " + tried + " endpoint calls across " + actual.size() + " endpoints");
  }

  @Test
  void everyLifecycleUserTaskCanOnlyBeCompletedByItsGroupAndAuditorsCannotChangeTheEngine() {
    CaseRecord c = driver.apply(driver.subject("AA"), "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    List<String> wrong = new ArrayList<>();
    refuseAllBut(c, "Task_NotifyConditions", Groups.CLERK, wrong);
    driver.notifyConditions(c);
    refuseAllBut(c, "Task_AwaitSignature", Groups.CLERK, wrong);
    driver.signOnline(c);
    refuseAllBut(c, "Task_AcceptApplication", Groups.CLERK, wrong);
    driver.accept(c);
    refuseAllBut(c, "Task_MakeDecision", Groups.APPROVER, wrong);
    driver.approve(c);
    refuseAllBut(c, "Task_InspectFulfilment", Groups.INSPECTOR, wrong);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification("已整改", false));
    driver.runJobs(c);
    refuseAllBut(c, "Task_Reinspect", Groups.INSPECTOR, wrong);
    driver.inspect(c, "Task_Reinspect", false);
    refuseAllBut(c, "Task_ProposePunishment", Groups.APPROVER, wrong);
    driver.proposePunishment(c, "REVOKE_LICENCE", "PUBLICITY");
    driver.statements.state(c.caseNo(), new CaseRequests.Statement("整改已完成，请求从轻处理", true));
    driver.runJobs(c);
    refuseAllBut(c, "Task_RecordHearing", Groups.APPROVER, wrong);
    driver.complete(c, "Task_RecordHearing", "approver", Map.of("hearingDate", driver.today().toString(),
        "hearingSummary", "当事人到场陈述，承认未按承诺整改"));
    refuseAllBut(c, "Task_DecidePunishment", Groups.APPROVER, wrong);

    String pid = c.processInstanceId();
    Map<String, String> auditorWrites = new LinkedHashMap<>();
    auditorWrites.put("DELETE /engine-rest/process-instance/" + pid, null);
    auditorWrites.put("PUT /engine-rest/process-instance/" + pid + "/variables/decision", "{\"value\": \"APPROVE\"}");
    auditorWrites.put("POST /engine-rest/process-instance/" + pid + "/suspended", "{\"suspended\": true}");
    auditorWrites.put("POST /engine-rest/message", "{\"messageName\": \"WithdrawApplication\", \"businessKey\": \""
        + c.caseNo() + "\"}");
    auditorWrites.put("POST /engine-rest/deployment/create", "{}");
    auditorWrites.put("POST /engine-rest/user/create", "{\"profile\": {\"id\": \"intruder\"}, \"credentials\":"
        + " {\"password\": \"x\"}}");
    auditorWrites.put("POST /engine-rest/group/camunda-admin/members/auditor", null);
    auditorWrites.forEach((call, body) -> {
      String[] parts = call.split(" ", 2);
      HttpRequest.Builder request = http.request(parts[1], Groups.AUDITOR, "demo").header("Content-Type",
          "application/json");
      int status = http.send(request.method(parts[0], body == null ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))).statusCode();
      if (status < 400 || status >= 500) {
        wrong.add("auditor: " + call + " → " + status);
      }
    });
    assertThat(wrong).isEmpty();
    assertThat(processEngine.getTaskService().createTaskQuery().processInstanceId(pid).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_DecidePunishment");
    assertThat(processEngine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    assertThat(processEngine.getIdentityService().createUserQuery().userId("auditor").memberOfGroup(Groups.ADMIN)
        .count()).isZero();
  }

  @Test
  void publicPushesNeverCarryANaturalPersonsFullNameOrIdNumberAndStoredScriptIsEscapedInTheLetter() {
    String id = TestCodes.residentId();
    String name = "欧阳明华";
    // the API refuses markup in a name, but the registered name comes from the credit platform, which may hold it;
    // the case keeps the registered spelling, so the letter must still escape it
    String registered = name + "<script>alert('x')</script>";
    driver.registry.createSubject(new NewSubject(id, SubjectType.NATURAL, registered, "person-" + id + "@example.test",
        "AA"));
    CaseRecord c = driver.applications.apply(new ApplicationRequest(id, registered,
        "person-" + id + "@example.test", "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT, List.of()), "portal");
    driver.runJobs(c);
    driver.notifyConditions(c);

    HttpResponse<String> html = http.get("/api/cases/" + c.caseNo() + "/letter?format=html", Groups.PORTAL);
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("&lt;script&gt;").doesNotContain("<script>");
    assertThat(jdbc.queryForList("select body from notification_outbox where case_no = ?", String.class, c.caseNo()))
        .as("e-mails are text/plain (NotificationSender), the text is kept as written").isNotEmpty();

    driver.signOnline(c);
    driver.accept(c);
    driver.approve(c);
    driver.inspect(c, "Task_InspectFulfilment", false);
    driver.operations.submitRectification(c.caseNo(), new CaseRequests.Rectification(null, true));
    driver.runJobs(c);
    driver.heardWithoutStatement(c);
    driver.complete(c, "Task_DecidePunishment", "approver", Map.of(
        "punishmentMeasures", List.of("NO_COMMITMENT_MODE", "PUBLICITY"), "barMonths", 12,
        "punishmentBasis", "《信用承诺管理办法》"));

    List<Map<String, Object>> pushed = jdbc.queryForList("select record_type, payload from credit_pushed_record"
        + " where reference = ?", c.caseNo());
    Set<String> types = new TreeSet<>();
    for (Map<String, Object> push : pushed) {
      types.add((String) push.get("record_type"));
      assertThat(cipher.decrypt((String) push.get("payload"))).as("public payload of " + push.get("record_type"))
          .doesNotContain(id).doesNotContain(name).doesNotContain(id.substring(6, 14));
    }
    assertThat(types).contains("COMMITMENT", "DISHONESTY");
  }

  private void refuseAllBut(CaseRecord c, String key, String group, List<String> wrong) {
    Task task = driver.task(c, key);
    assertThat(task).as(key).isNotNull();
    for (String user : USERS) {
      if (user.equals(group) || user.equals("admin")) {
        continue; // camunda-admin administers the engine; the intended group completes it next
      }
      int status = http.post("/engine-rest/task/" + task.getId() + "/complete", user, "{}").statusCode();
      if (status != 403) {
        wrong.add(key + " completed as " + user + " → " + status);
      }
    }
    HttpResponse<String> anonymous = http.send(http.request("/engine-rest/task/" + task.getId() + "/complete", null,
        null).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
    if (anonymous.statusCode() != 401) {
      wrong.add(key + " completed anonymously → " + anonymous.statusCode());
    }
    assertThat(driver.task(c, key)).as(key + " is still open after the refused attempts").isNotNull();
  }

  private HttpResponse<String> call(String method, String path, String user) {
    HttpRequest.Builder request = http.request(path, user, "demo").header("Content-Type", "application/json");
    return http.send(request.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString("{}")));
  }

  private static String allowed(HandlerMethod handler) {
    Method method = handler.getMethod();
    AllowedGroups groups = method.getAnnotation(AllowedGroups.class);
    if (groups == null) {
      groups = handler.getBeanType().getAnnotation(AllowedGroups.class);
    }
    Set<String> names = new TreeSet<>();
    for (String g : groups.value()) {
      names.add(g.equals(Groups.ADMIN) ? "admin" : g);
    }
    return String.join(",", names);
  }
}
