package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.TestOfficials;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.objection.CreditFileDriver;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.creditcommitment.security.ScopedKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Department separation for every kind of business key (docs/security.md "Who reads what"): every /api endpoint that
 * takes a key, found from Spring's handler mappings, is tried with a key of each kind (all of market supervision,
 * scjg) as every role; what the table does not allow is answered 404 as if unknown, and no endpoint takes a key
 * without the scope.
 */
class BusinessKeyScopeTest extends IntegrationTest {

  /** An approver and inspector of health (wsjk) only, and an approver of market supervision (scjg) only. */
  private static final String WSJK = "zhou-wsjk-keys";
  private static final String SCJG = "li-scjg-keys";

  /** Who reads which kind (written here, not taken from the code under test); keys of the fixtures are scjg's. */
  private static final Map<String, Set<String>> READERS = Map.of(
      "CASE", Set.of("admin", "clerk", "credit-office", "auditor", "portal", "approver", "inspector", SCJG),
      "VOLUNTARY", Set.of("admin", "clerk", "credit-office", "auditor", "portal", "approver", "inspector", SCJG),
      "OBJECTION", Set.of("admin", "clerk", "credit-office", "auditor", "portal", "provider"),
      "REPAIR", Set.of("admin", "clerk", "credit-office", "auditor", "portal"),
      "CREDIT_REPORT", Set.of("admin", "clerk", "credit-office", "auditor", "portal"));
  /** The answer to a key the caller may not read: the same as to an unknown key of that kind. */
  private static final Map<String, String> UNKNOWN = Map.of("CASE", "unknown-case",
      "VOLUNTARY", "unknown-voluntary-commitment", "OBJECTION", "unknown-objection", "REPAIR", "unknown-repair",
      "CREDIT_REPORT", "unknown-subject");
  private static final List<String> USERS = List.of("admin", Groups.CLERK, Groups.APPROVER, Groups.INSPECTOR,
      Groups.PROVIDER, Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.PORTAL, WSJK, SCJG);

  /**
   * Path variables and parameters of /api that are not business keys, and why. Anything else an endpoint takes must
   * be a {@link ScopedKey}: a new endpoint cannot skip the scope unnoticed.
   */
  private static final Map<String, String> NOT_KEYS = Map.ofEntries(
      Map.entry("/api/catalogue/{code}#code", "a service item's code; the catalogue is public to every group"),
      Map.entry("/api/subjects/{code}#code", "the subject's record on the credit platform: credit office only"),
      Map.entry("/api/subjects/{code}/credit#code", "the subject's credit profile: clerk, credit office, auditor"),
      Map.entry("/api/subjects/{code}/credit#caseNo", "optional: the case a look-up is made for; the handler applies the"
          + " scope to it (404 as an unknown key, nothing recorded: CreditLookupApiTest)"),
      Map.entry("/api/subjects/{code}/credit#purpose", "the purpose of a look-up outside a case"),
      Map.entry("/api/audit/credit-lookups#subject", "a filter of the auditor's list of look-ups (auditor only)"),
      Map.entry("/api/audit/credit-lookups#user", "a filter of the auditor's list of look-ups (auditor only)"),
      Map.entry("/api/audit/credit-lookups#from", "a day"),
      Map.entry("/api/audit/credit-lookups#to", "a day"),
      Map.entry("/api/subjects/{code}/grade#code", "credit office only"),
      Map.entry("/api/subjects/{code}/blacklist#code", "credit office only"),
      Map.entry("/api/subjects/{code}/red-list#code", "credit office only"),
      Map.entry("/api/subjects/{code}/dishonesty-records#code", "credit office only"),
      Map.entry("/api/subjects/{code}/dishonesty-records/{id}/status#code", "credit office only"),
      Map.entry("/api/subjects/{code}/dishonesty-records/{id}/status#id", "credit office only"),
      Map.entry("/api/negative-reminders/{id}#id", "a reminder's id: credit office only"),
      Map.entry("/api/statistics/yearly-reports#year", "a year: the credit office's and the auditor's reports only"),
      Map.entry("/api/statistics/yearly-reports/{id}/pdf#id", "a yearly report's id: credit office and auditor only"),
      Map.entry("/api/statistics/yearly-reports/{id}/filing#id", "a yearly report's id: credit office only"),
      Map.entry("/api/documents/{id}/pdf#id", "the document's own case is scoped by the handler (tested below)"),
      Map.entry("/api/official-contacts/{userId}#userId", "an official's login id: administrators only"
          + " (OfficialContactApiTest)"),
      Map.entry("/api/evidence/{id}#id", "an evidence file's id: the auditor, its uploader until it is attached and the"
          + " officials its record names read it; anyone else is told it is unknown (EvidenceApiTest)"),
      Map.entry("/api/statistics/code-errors#from", "a day"),
      Map.entry("/api/statistics/code-errors#to", "a day"),
      Map.entry("/api/statistics/code-errors.csv#from", "a day"),
      Map.entry("/api/statistics/code-errors.csv#to", "a day"),
      Map.entry("/api/corrections/{correctionNo}#correctionNo", "a correction's number: the supplying unit, the credit"
          + " office and the auditor only, any other unit 403 (CorrectionApiTest)"),
      Map.entry("/api/corrections/{correctionNo}/answer#correctionNo", "a correction's number: credit office only"),
      Map.entry("/api/cases/{caseNo}/documents/{documentId}/service#documentId",
          "a decision document of the scoped case in the path; any other is 404 (CaseServiceTest)"),
      Map.entry("/api/cases/{caseNo}/letter#format", "text or html"),
      Map.entry("/api/audit/cases#applicant", "search of the roles that read every case"),
      Map.entry("/api/audit/cases#item", "search of the roles that read every case"),
      Map.entry("/api/audit/cases#department", "search of the roles that read every case"),
      Map.entry("/api/audit/cases#endState", "search of the roles that read every case"),
      Map.entry("/api/audit/cases#from", "search of the roles that read every case"),
      Map.entry("/api/audit/cases#to", "search of the roles that read every case"),
      Map.entry("/api/audit/cases#page", "search of the roles that read every case"),
      Map.entry("/api/audit/cases#size", "search of the roles that read every case"),
      Map.entry("/api/tasks/{taskId}/hand-over#taskId", "a task id: only its holder or candidates read what it offers"
          + " (HandOverApiTest)"),
      Map.entry("/api/tasks/{taskId}/transfer#taskId", "a task id: only its holder or candidates act on it, any other"
          + " caller is told it is unknown (HandOverApiTest)"),
      Map.entry("/api/tasks/{taskId}/delegation#taskId", "a task id: only its holder or candidates act on it"
          + " (HandOverApiTest)"),
      Map.entry("/api/tasks/{taskId}/resolution#taskId", "a task id: only the colleague it was delegated to"
          + " (HandOverApiTest)"),
      Map.entry("/api/tasks/{taskId}/urge#taskId", "a task id: its case is scoped by the handler (UrgeApiTest)"),
      Map.entry("/api/work/done#q", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/done#page", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/done#size", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/department#department", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/department#stage", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/department#overdue", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/department#dueWithin", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/department#q", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/department#page", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/work/department#size", "an official's list; each row is filtered by the scope (WorkListsApiTest)"),
      Map.entry("/api/risk-warnings/scan#asOf", "a day"),
      Map.entry("/api/calendar/due#from", "a day"),
      Map.entry("/api/calendar/due#workingDays", "a number"),
      Map.entry("/api/calendar/due#period", "a period"),
      Map.entry("/api/statistics#from", "a day; counts, no case"),
      Map.entry("/api/statistics#to", "a day; counts, no case"),
      Map.entry("/api/statistics.csv#from", "a day; counts, no case"),
      Map.entry("/api/statistics.csv#to", "a day; counts, no case"));

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  LifecycleDriver driver;
  @Autowired
  CreditFileDriver creditFiles;
  @Autowired
  IdentityService identity;
  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @BeforeEach
  void departmentOfficials() {
    official(WSJK, Groups.APPROVER, Groups.INSPECTOR, "approver-wsjk", "inspector-wsjk");
    official(SCJG, Groups.APPROVER, "approver-scjg");
  }

  @Test
  void anotherDepartmentsVoluntaryCommitmentAndEveryObjectionAreUnknownToAnApproverThroughMailsAndDeadlines() {
    String voluntary = voluntary();
    String objection = objection();
    for (String path : List.of("/api/notifications?case=" + voluntary, "/api/deadlines?businessKey=" + voluntary)) {
      assertThat(http.get(path, WSJK).statusCode()).as("wsjk official: " + path).isEqualTo(404);
      assertThat(http.get(path, SCJG).statusCode()).as("scjg official: " + path).isEqualTo(200);
    }
    for (String path : List.of("/api/notifications?case=" + objection, "/api/deadlines?businessKey=" + objection)) {
      assertThat(http.get(path, Groups.APPROVER).statusCode()).as("approver: " + path).isEqualTo(404);
      assertThat(http.get(path, Groups.CREDIT_OFFICE).statusCode()).as("credit office: " + path).isEqualTo(200);
    }
    assertThat(http.get("/api/deadlines?businessKey=" + objection, Groups.PROVIDER).statusCode())
        .as("the data provider answering it").isEqualTo(200);
  }

  @Test
  void theListsOfMailsAndDeadlinesNeedAKeyAndTakeOnlyOne() {
    String voluntary = voluntary();
    for (String path : List.of("/api/notifications", "/api/deadlines", "/api/notifications?case=",
        "/api/deadlines?businessKey=%20")) {
      assertThat(http.get(path, Groups.CLERK).statusCode()).as(path).isEqualTo(400);
    }
    // Spring would join two values with a comma; neither is read
    assertThat(http.get("/api/deadlines?businessKey=" + voluntary + "&businessKey=" + voluntary, SCJG)
        .statusCode()).isEqualTo(400);
  }

  @Test
  void everyEndpointTakingABusinessKeyAppliesTheScopeToEveryKindForEveryRole() {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("CASE", applicationCase());
    keys.put("VOLUNTARY", voluntary());
    keys.put("OBJECTION", objection());
    keys.put("REPAIR", repair());
    keys.put("CREDIT_REPORT", creditReport());

    List<String> wrong = new ArrayList<>();
    Set<String> scoped = new TreeSet<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/")) {
          continue;
        }
        MethodParameter key = scopedKey(pattern, e.getValue(), wrong);
        if (key == null) {
          continue;
        }
        for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
          scoped.add(method + " " + pattern);
          keys.forEach((kind, value) -> {
            String path = path(pattern, key, value);
            for (String user : USERS) {
              check(method, path, user, kind, allowed(e.getValue(), user), wrong);
            }
            int anonymous = call(method, path, null).statusCode();
            if (anonymous != 401) {
              wrong.add(method + " " + path + " anonymously → " + anonymous);
            }
          });
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(scoped).as("endpoints taking a key").contains("GET /api/notifications", "GET /api/deadlines",
        "GET /api/cases/{caseNo}/documents", "GET /api/cases/{caseNo}/history",
        "GET /api/voluntary-commitments/{voluntaryNo}", "GET /api/objections/{objectionNo}",
        "GET /api/repairs/{repairNo}", "GET /api/subjects/{code}/credit-reports");
  }

  @Test
  void aDocumentOfAnotherDepartmentsCaseIsUnknownByItsIdToo() {
    String caseNo = applicationCase();
    driver.notifyConditions(driver.cases.require(caseNo));
    long id = documentOf(caseNo);
    assertThat(http.get("/api/documents/" + id + "/pdf", SCJG).statusCode()).isEqualTo(200);
    HttpResponse<String> other = http.get("/api/documents/" + id + "/pdf", WSJK);
    assertThat(other.statusCode()).isEqualTo(404);
    assertThat(other.body()).contains("unknown-document");
  }

  @Test
  void aNumberTypedInLowerCaseIsThatCaseAndAMistypedOneIsNotFoundRatherThanWithoutDocuments() {
    String caseNo = applicationCase();
    driver.notifyConditions(driver.cases.require(caseNo));
    String lower = caseNo.toLowerCase(java.util.Locale.ROOT);

    JsonNode asNumbered = json(http.get("/api/cases/" + caseNo + "/documents", Groups.CLERK), 200);
    assertThat(asNumbered.size()).isPositive();
    assertThat(json(http.get("/api/cases/" + lower + "/documents", Groups.CLERK), 200)).isEqualTo(asNumbered);
    assertThat(json(http.get("/api/cases/" + lower + "/documents", SCJG), 200)).isEqualTo(asNumbered);
    assertThat(json(http.get("/api/cases/" + lower, Groups.CLERK), 200).path("caseNo").asText()).isEqualTo(caseNo);

    // a number of the right form that was never given, and one with a digit left out
    for (String mistyped : List.of("XY20991231999999", caseNo.substring(0, caseNo.length() - 1))) {
      HttpResponse<String> response = http.get("/api/cases/" + mistyped + "/documents", Groups.CLERK);
      assertThat(response.statusCode()).as(mistyped + ": " + response.body()).isEqualTo(404);
      assertThat(json(response, 404).path("messageZh").asText()).contains(mistyped, "不存在");
    }
  }

  // ---- the call and what is expected of it ----

  private void check(RequestMethod method, String path, String user, String kind, boolean groupAllowed,
      List<String> wrong) {
    HttpResponse<String> response = call(method, path, user);
    int status = response.statusCode();
    String what = method + " " + path + " (" + kind + ") as " + user + " → " + status;
    if (status >= 500 || status == 401) {
      wrong.add(what + " " + response.body());
    } else if (!groupAllowed) {
      if (status != 403) {
        wrong.add(what + " (should be 403)");
      }
    } else if (READERS.get(kind).contains(user)) {
      if (status == 404 && response.body().contains("\"" + UNKNOWN.get(kind) + "\"")) {
        wrong.add(what + " (may read it, was told it is unknown)");
      }
    } else if (status != 404 || !response.body().contains("\"" + UNKNOWN.get(kind) + "\"")) {
      wrong.add(what + " (should be 404 " + UNKNOWN.get(kind) + ") " + response.body());
    }
  }

  /** A malformed body: whoever gets past the scope is refused before anything is written. */
  private HttpResponse<String> call(RequestMethod method, String path, String user) {
    HttpRequest.Builder request = http.request(path, user, "demo").header("Content-Type", "application/json");
    return http.send(request.method(method.name(), method == RequestMethod.GET ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString("{", StandardCharsets.UTF_8)));
  }

  /** The handler's key parameter; every other path variable or parameter must be listed as not a key. */
  private static MethodParameter scopedKey(String pattern, HandlerMethod handler, List<String> wrong) {
    MethodParameter key = null;
    for (MethodParameter parameter : handler.getMethodParameters()) {
      PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
      RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
      if (path == null && param == null) {
        continue;
      }
      String name = parameter.getParameter().getName();
      if (parameter.hasParameterAnnotation(ScopedKey.class)) {
        if (param != null && !param.required()) {
          wrong.add(pattern + "#" + name + " is an optional key: without it the endpoint would list every record");
        }
        key = parameter;
      } else if (!NOT_KEYS.containsKey(pattern + "#" + name)) {
        wrong.add(pattern + "#" + name + " is neither a @ScopedKey nor listed as not a business key");
      }
    }
    return key;
  }

  private static String path(String pattern, MethodParameter key, String value) {
    String name = key.getParameter().getName();
    if (key.hasParameterAnnotation(PathVariable.class)) {
      return pattern.replace("{" + name + "}", value).replaceAll("\\{[^}]+}", "1");
    }
    String declared = key.getParameterAnnotation(RequestParam.class).name();
    return pattern.replaceAll("\\{[^}]+}", "1") + "?" + (declared.isEmpty() ? name : declared) + "=" + value;
  }

  private boolean allowed(HandlerMethod handler, String user) {
    AllowedGroups groups = handler.getMethod().getAnnotation(AllowedGroups.class);
    if (groups == null) {
      groups = handler.getBeanType().getAnnotation(AllowedGroups.class);
    }
    List<String> mine = identity.createGroupQuery().groupMember(user).list()
        .stream().map(g -> g.getId()).toList();
    return List.of(groups.value()).stream().anyMatch(mine::contains);
  }

  // ---- one record of each kind, all of market supervision (scjg) ----

  private String applicationCase() {
    CaseRecord c = driver.apply(creditFiles.subject(), AuditedCases.FOOD, CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(c);
    return c.caseNo();
  }

  private String voluntary() {
    String code = creditFiles.subject();
    String name = creditFiles.registry.profile(code).name();
    JsonNode text = json(http.post("/api/voluntary-commitments/text", Groups.PORTAL, "{\"subjectCode\":\"" + code
        + "\",\"subjectName\":\"" + name + "\",\"templateCode\":\"ZY-CXJY\"}"), 200);
    return json(http.post("/api/voluntary-commitments", Groups.PORTAL, "{\"subjectCode\":\"" + code
        + "\",\"subjectName\":\"" + name + "\",\"templateCode\":\"ZY-CXJY\",\"email\":\"a@example.test\","
        + "\"signer\":\"王法人\",\"textSha256\":\"" + text.path("textSha256").asText() + "\"}"), 201)
        .path("voluntaryNo").asText();
  }

  private String objection() {
    String code = creditFiles.subject();
    return json(http.post("/api/objections", Groups.PORTAL, "{\"subjectCode\":\"" + code + "\",\"recordId\":"
        + creditFiles.record(code) + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}"), 201)
        .path("objectionNo").asText();
  }

  private String repair() {
    String code = creditFiles.subject();
    return json(http.post("/api/repairs", Groups.PORTAL, creditFiles.repairJson(code, creditFiles.record(code), true)),
        201).path("repairNo").asText();
  }

  private String creditReport() {
    String code = creditFiles.subject();
    json(http.post("/api/subjects/" + code + "/credit-reports", Groups.PORTAL, "{}"), 201);
    return code;
  }

  private long documentOf(String caseNo) {
    JsonNode list = json(http.get("/api/cases/" + caseNo + "/documents", Groups.CLERK), 200);
    assertThat(list.size()).as("documents of " + caseNo).isPositive();
    return list.get(0).path("id").asLong();
  }

  private static JsonNode json(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    try {
      return JSON.readTree(response.body());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void official(String id, String... groups) {
    TestOfficials.ensure(identity, id, groups);
  }
}
