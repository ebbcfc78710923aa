package org.creditcommitment.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.Browser;
import org.creditcommitment.EnglishScan;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.creditcommitment.objection.CreditFileDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Officials as they work: each role signs in through the login page, finds its open task in Tasklist's one
 * filter by case number (and due date where a deadline runs), opens the form, sees every read-only field filled,
 * and completes it. An approver of another department does not see the task. Every screen is Chinese.
 * Screenshots of each role's main screen go to target/screens (README shows copies from docs/screens).
 */
@Tag("browser")
class OfficialsTasklistBrowserTest extends IntegrationTest {

  /** An approver of market supervision only, and one of health only (the demo approver has every department). */
  static final String SCJG_APPROVER = "qian-scjg";
  static final String WSJK_APPROVER = "zhou-wsjk";
  /** A reviewer (审核) of transport only: in the approvers' role, not among transport's approvers. */
  static final String JTJ_REVIEWER = "wu-jtj";

  @Autowired AuditedCases cases;
  @Autowired org.creditcommitment.commitment.Cases caseRecords;
  @Autowired CreditFileDriver creditFiles;
  @Autowired IdentityService identity;
  @Autowired TaskService tasks;

  private Browser browser;
  private WebDriverWait wait;

  @BeforeEach
  void start() {
    departmentApprover(SCJG_APPROVER, "钱审批", "approver-scjg");
    departmentApprover(WSJK_APPROVER, "周审批", "approver-wsjk");
    departmentApprover(JTJ_REVIEWER, "吴审核", "reviewer-jtj");
    browser = Browser.start(port);
    wait = browser.waitUpTo(Duration.ofSeconds(30));
  }

  @AfterEach
  void stop() {
    browser.close();
  }

  @Test
  void clerkFindsTheNewCaseByNumberAndNotifiesTheConditions() {
    CaseRecord c = cases.started(cases.subject("AA"));
    browser.logIn("clerk", "demo");

    openTask(c.caseNo());
    screen("clerk");
    assertThat(cardText(c.caseNo())).contains("办件编号", c.caseNo(), "申请人", "事项", "部门", "市场监督管理局");
    // the case's context is read from its record when the form is shown, not kept in the process
    assertThat(value("信用承诺书")).contains(c.applicantName(), c.caseNo());
    assertThat(value("公共信用综合评价等级")).isEqualTo("AA");
    assertThat(value("可享受的激励措施")).contains("告知承诺");
    chooseFromSelect("告知方式", "窗口现场书面告知");
    tick("已一次性告知条件、标准及违诺后果");
    complete();

    awaitTaskGone(c, "Task_NotifyConditions");
  }

  @Test
  void approverOfTheItemsDepartmentFindsTheDecisionByDueDateAndApproverOfAnotherDepartmentDoesNot() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));

    browser.logIn(WSJK_APPROVER, "demo");
    browser.open("/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list, .no-tasks, [cam-tasks]")));
    sleepForList();
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain(c.caseNo());
    browser.logOut();

    browser.logIn(SCJG_APPROVER, "demo");
    openTask(c.caseNo());
    screen("approver");
    // Tasklist may render its list again meanwhile: read the card anew until it shows its dates
    By cardLocator = By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + c.caseNo() + "')]]");
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      WebElement card = d.findElement(cardLocator);
      return card.getText().contains("到期") && card.getText().contains("跟进")
          && !card.findElements(By.cssSelector(".due-date")).isEmpty();
    });
    chooseRadio("审批决定", "准予许可");
    type("审批意见", "材料齐全，同意");
    complete();

    awaitTaskGone(c, "Task_MakeDecision");
  }

  /**
   * 行政许可法 第三十二条: the clerk finds 受理申请 due on the last day a correction may still be asked for (补正告知期限),
   * on the card and in the form.
   */
  @Test
  void clerkFindsTheAcceptanceReviewDueWhenTheCorrectionRequestPeriodEnds() {
    CaseRecord c = cases.atAcceptance(cases.subject("AA"));
    String lastDay = lastDay(tasks.createTaskQuery().processInstanceId(c.processInstanceId())
        .taskDefinitionKey("Task_AcceptApplication").singleResult().getDueDate());
    browser.logIn("clerk", "demo");

    openTask(c.caseNo());
    wait.until(d -> cardText(c.caseNo()).contains("受理申请") && cardText(c.caseNo()).contains(lastDay));
    assertThat(value("补正告知期限")).as("the form states the same period").isNotBlank();
    chooseRadio("受理意见", "予以受理");
    complete();

    awaitTaskGone(c, "Task_AcceptApplication");
  }

  /**
   * 中华人民共和国行政处罚法 第四十四条、第六十条、第六十三条: 拟定惩戒措施 and 录入听证笔录 go to the approvers of the case's
   * department, never to another department's, each due on the last day of the punishment decision period.
   */
  @Test
  void approverOfTheDepartmentFindsTheProposalAndTheHearingRecordByTheirDueDatesAndApproverOfAnotherDepartmentDoesNot() {
    CaseRecord proposing = cases.atPunishmentProposal(cases.subject("AA"));
    CaseRecord hearing = cases.atHearingRecord(cases.subject("AA"));
    String proposalDue = lastDay(tasks.createTaskQuery().processInstanceId(proposing.processInstanceId())
        .taskDefinitionKey("Task_ProposePunishment").singleResult().getDueDate());
    String hearingDue = lastDay(tasks.createTaskQuery().processInstanceId(hearing.processInstanceId())
        .taskDefinitionKey("Task_RecordHearing").singleResult().getDueDate());

    browser.logIn(WSJK_APPROVER, "demo");
    browser.open("/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list, .no-tasks, [cam-tasks]")));
    sleepForList();
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .doesNotContain(proposing.caseNo(), hearing.caseNo());
    browser.logOut();

    browser.logIn(SCJG_APPROVER, "demo");
    openTask(proposing.caseNo());
    wait.until(d -> cardText(proposing.caseNo()).contains(proposalDue));
    assertThat(cardText(proposing.caseNo())).contains("拟定惩戒措施", "办件编号", "市场监督管理局");
    assertThat(value("违诺事由")).isNotBlank();
    // a fresh page, as the official's next visit: a search changed in place keeps the list's own sorting
    browser.driver().get("about:blank");
    openTask(hearing.caseNo());
    wait.until(d -> cardText(hearing.caseNo()).contains(hearingDue));
    assertThat(cardText(hearing.caseNo())).contains("录入听证笔录", "办件编号", "市场监督管理局");
  }

  /**
   * 逐级审批 (行政许可法 第三十七条; 行政处罚法 第五十七条): 审核 of a licence decision and of a punishment decision go to the
   * department's reviewers, the licence decision's due on the last day of the decision period, the punishment's on the
   * last day of the punishment decision period (行政处罚法 第六十条); the clerk finds neither.
   */
  @Test
  void aReviewerFindsBothLevelReviewsEachByItsDueDateAndTheClerkFindsNeither() {
    CaseRecord licence = cases.atDecisionReview(cases.subject("AA"));
    CaseRecord punishment = cases.atPunishmentReview(cases.subject("AA"));
    String lastDay = lastDay(tasks.createTaskQuery().processInstanceId(licence.processInstanceId())
        .taskDefinitionKey("Task_ReviewDecision").singleResult().getDueDate());
    java.util.Date punishmentDue = tasks.createTaskQuery().processInstanceId(punishment.processInstanceId())
        .taskDefinitionKey("Task_ReviewPunishment").singleResult().getDueDate();
    assertThat(punishmentDue).as("the punishment review is due when the punishment decision period ends").isNotNull();
    String punishmentLastDay = lastDay(punishmentDue);

    browser.logIn("clerk", "demo");
    assertNotFound(licence.caseNo());
    assertNotFound(punishment.caseNo());
    browser.logOut();

    browser.logIn(JTJ_REVIEWER, "demo");
    openTask(licence.caseNo());
    wait.until(d -> cardText(licence.caseNo()).contains("逐级审批（承办、审核）")
        && cardText(licence.caseNo()).contains(lastDay));
    assertThat(value("本级")).contains("审核", "reviewer-jtj");
    assertThat(value("此前各级审批意见")).contains("承办", "拟同意");
    screen("reviewer");
    browser.driver().get("about:blank");
    openTask(punishment.caseNo());
    wait.until(d -> cardText(punishment.caseNo()).contains(punishmentLastDay));
    assertThat(cardText(punishment.caseNo())).contains("失信惩戒逐级审批（承办、审核）", "办件编号");
    assertThat(value("本级")).contains("审核");
    assertThat(value("当事人陈述申辩")).contains("逾期未陈述申辩");
    chooseRadio("处理", "提交下一级");
    type("审批意见", "经审核，虚假承诺事实清楚，同意");
    complete();

    awaitTaskGone(punishment, "Task_ReviewPunishment");
  }

  /** Searching Tasklist for the number finds no task of it for the signed-in official. */
  private void assertNotFound(String caseNo) {
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + caseNo
        + "\",\"name\":\"caseNo\"}]";
    browser.open("/camunda/app/tasklist/default/#/?searchQuery="
        + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    wait.until(d -> d.findElement(By.tagName("body")).getText().contains("没有符合过滤条件的任务"));
    assertThat(browser.driver().findElements(By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'"
        + caseNo + "')]]"))).isEmpty();
  }

  /** A task's due date as the card states it: its last day (stored as 00:00 of the day after, calendar/Due). */
  private static String lastDay(java.util.Date due) {
    java.time.LocalDate last = due.toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai")).minusNanos(1)
        .toLocalDate();
    return last.getYear() + "年" + last.getMonthValue() + "月" + last.getDayOfMonth() + "日（当日24:00止）";
  }

  /**
   * 行政许可法 第四十二条: the department head finds the approver's extension request by the case number, due when the
   * decision period ends, reads the reason and the dates, and approves; the decision task's due date moves.
   */
  @Test
  void departmentHeadFindsTheExtensionRequestByDueDateAndApprovesIt() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    java.net.http.HttpResponse<String> requested = http.post("/api/cases/" + c.caseNo()
        + "/decision-period/extension", "approver", "{\"workingDays\":5,\"reason\":\"经营场所安全条件需进一步核实\"}");
    assertThat(requested.statusCode()).as(requested.body()).isEqualTo(201);
    java.util.Date before = decisionDue(c);
    browser.logIn("leader", "demo");

    openTask(c.caseNo());
    screen("leader");
    assertThat(cardText(c.caseNo())).contains("办件编号", "到期");
    assertThat(value("延长理由")).contains("经营场所安全条件需进一步核实");
    assertThat(value("申请人员")).as("the official by name").startsWith("王建国");
    chooseRadio("审批决定", "批准延长");
    type("负责人意见", "同意延长五个工作日");
    complete();

    awaitNoTaskFor(c.caseNo(), "Task_ApproveExtension");
    assertThat(decisionDue(c)).isAfter(before);
  }

  private java.util.Date decisionDue(CaseRecord c) {
    return tasks.createTaskQuery().processInstanceId(c.processInstanceId()).taskDefinitionKey("Task_MakeDecision")
        .singleResult().getDueDate();
  }

  @Test
  void inspectorFindsTheInspectionAssignedToThemAndRecordsCompliance() {
    CaseRecord c = cases.atInspection(cases.subject("AA"));
    Task task = tasks.createTaskQuery().processInstanceId(c.processInstanceId())
        .taskDefinitionKey("Task_InspectFulfilment").singleResult();
    if (!"inspector".equals(task.getAssignee())) {
      tasks.setAssignee(task.getId(), "inspector");
    }
    browser.logIn("inspector", "demo");

    openTask(c.caseNo());
    screen("inspector");
    assertThat(cardText(c.caseNo())).contains("到期");
    chooseRadio("核查结论", "与承诺相符（践诺）");
    type("核查情况", "经现场核查，实际情况与承诺一致");
    complete();

    awaitTaskGone(c, "Task_InspectFulfilment");
  }

  @Test
  void providerFindsTheObjectionByNumberAndKeepsTheRecord() {
    String code = creditFiles.subject();
    long recordId = creditFiles.record(code);
    String objectionNo = filed("/api/objections", "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId
        + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}", "objectionNo");
    browser.logIn("provider", "demo");

    openTask(objectionNo);
    screen("provider");
    assertThat(cardText(objectionNo)).contains("异议编号", "信用主体", "到期");
    chooseRadio("处理结果", "经核实无误，维持原记录");
    type("核实情况及理由", "经核实，该失信记录认定依据充分，予以维持");
    complete();

    awaitNoTaskFor(objectionNo, "Task_AnswerObjection");
  }

  @Test
  void creditOfficeFindsTheRepairApplicationAndPassesTheInitialReview() {
    String code = creditFiles.subject();
    long recordId = creditFiles.record(code);
    String repairNo = filed("/api/repairs", creditFiles.repairJson(code, recordId, true), "repairNo");
    browser.logIn("credit-office", "demo");

    openTask(repairNo);
    screen("credit-office");
    assertThat(cardText(repairNo)).contains("修复申请编号", "信用主体", "到期");
    chooseRadio("初审结论", "材料齐全，进入核实");
    complete();

    awaitNoTaskFor(repairNo, "Task_InitialReview");
  }

  @Test
  void auditorSignsInOnceAndReadsCockpitAndTheAuditPageInChinese() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    browser.logIn("auditor", "demo");

    browser.open("/camunda/app/cockpit/default/#/process-instance/" + c.processInstanceId() + "/runtime");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-widget-bpmn-viewer], .diagram")));
    sleepForList();
    assertChinese("Cockpit process instance");

    browser.open("/audit/");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("user-name"), "孙丽"));
    assertChinese("audit page");
  }

  @Test
  void aNumberTypedInAnyCaseOrPartOfTheApplicantsNameIntoTheSearchBoxFindsTheCasesTask() {
    String unique = "明澈" + (System.nanoTime() % 100000);
    CaseRecord c = cases.started(cases.subjectNamed("汕尾市" + unique + "商贸有限公司", "AA"));
    browser.logIn("clerk", "demo");
    browser.open("/camunda/app/tasklist/default/");

    searchFor(c.caseNo().toLowerCase(java.util.Locale.ROOT), c.caseNo());
    assertThat(cardText(c.caseNo())).contains(c.applicantName());
    searchFor(unique, unique);
    assertThat(cardText(c.caseNo())).contains(c.caseNo());
  }

  @Test
  void theCardAndTheTaskHeaderStateTheDeadlineAsItsLastDay() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    Task task = tasks.createTaskQuery().processInstanceId(c.processInstanceId())
        .taskDefinitionKey("Task_MakeDecision").singleResult();
    // stored as 00:00 of the day after the last one (calendar/Due)
    java.time.LocalDate last = task.getDueDate().toInstant().atZone(java.time.ZoneId.of("Asia/Shanghai"))
        .minusNanos(1).toLocalDate();
    String lastDay = last.getYear() + "年" + last.getMonthValue() + "月" + last.getDayOfMonth() + "日（当日24:00止）";
    browser.logIn(SCJG_APPROVER, "demo");

    openTask(c.caseNo());
    wait.until(d -> cardText(c.caseNo()).contains(lastDay));
    wait.until(d -> d.findElement(By.cssSelector("[cam-tasklist-task-meta]")).getText().contains(lastDay));
  }

  @Test
  void anOfficialIsNotOfferedTheDateControlsOnlyAdministratorsMayUseAndAnyRefusalIsAChineseSentence() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    browser.logIn(SCJG_APPROVER, "demo");

    openTask(c.caseNo());
    for (String control : List.of(".reset-due-date", ".reset-follow-up-date")) {
      assertThat(browser.driver().findElements(By.cssSelector("[cam-tasklist-task-meta] " + control)))
          .as(control).allSatisfy(e -> assertThat(e.isDisplayed()).as(control + " shown").isFalse());
    }
    // what the control would have done: the engine refuses it, and the official reads why in Chinese
    ((JavascriptExecutor) browser.driver()).executeScript(
        "document.querySelector('[cam-tasklist-task-meta] .reset-due-date').click();");
    wait.until(d -> !formMessages().isBlank());
    pause(Duration.ofMillis(500));
    assertThat(formMessages()).doesNotContain("{\"", "Exception").containsPattern("[\\u4e00-\\u9fff]{4,}");
    assertThat(tasks.createTaskQuery().taskId(taskOf(c, "Task_MakeDecision")).singleResult().getDueDate())
        .as("the deadline is kept").isNotNull();
  }

  @Test
  void aTaskAColleagueClaimedMeanwhileIsRefusedInAChineseSentence() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    String id = taskOf(c, "Task_MakeDecision");
    browser.logIn("approver", "demo");
    browser.open("/camunda/app/tasklist/default/#/?task=" + id);
    WebElement claim = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.claim")));

    tasks.claim(id, SCJG_APPROVER);
    click(claim);

    wait.until(d -> formMessages().contains("已被其他人认领"));
    assertThat(formMessages()).doesNotContain("already", "claimed");
    assertThat(tasks.createTaskQuery().taskId(id).singleResult().getAssignee()).isEqualTo(SCJG_APPROVER);
  }

  @Test
  void completingATaskSaysWhatItIssuedWithItsNumberAndAPrintLinkAndTheLicenceNumber() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    browser.logIn(SCJG_APPROVER, "demo");

    openTask(c.caseNo());
    chooseRadio("审批决定", "准予许可");
    complete();

    awaitTaskGone(c, "Task_MakeDecision");
    By notice = By.id("cc-completion-notice");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(notice, "行政许可证号"));
    String licenceNo = caseRecords.require(c.caseNo()).licenceNo();
    assertThat(browser.driver().findElement(notice).getText()).contains("已办结「作出行政决定」", c.caseNo(),
        "准予行政许可决定书", "打印", licenceNo);
    assertThat(browser.driver().findElement(notice).findElement(By.cssSelector("a.cc-print")).getDomAttribute("href"))
        .startsWith("/api/documents/");
    browser.screenshot("completed");
  }

  @Test
  void tasklistLinksToTheProductsPagesAndTheFormOpensTheCasesDocumentsBesideTheTask() {
    CaseRecord c = cases.started(cases.subject("AA"));
    browser.logIn("clerk", "demo");

    openTask(c.caseNo());
    List<WebElement> pages = browser.driver().findElements(By.cssSelector(".cc-product-pages a"));
    assertThat(pages).extracting(WebElement::getText).containsExactly("我的办件", "办件文书", "办件审计", "统计分析");
    assertThat(pages).extracting(a -> a.getDomAttribute("href")).containsExactly("/work/", "/documents/", "/audit/",
        "/statistics/");
    assertThat(pages).allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
    WebElement documents = browser.driver().findElement(By.cssSelector(".fjs-form a[href^='/documents/']"));
    assertThat(documents.getDomProperty("target")).as("opens in a new tab, Tasklist keeps the task").isEqualTo("_blank");
  }

  /**
   * On an office laptop's screen a card names the item in full (食品经营许可（仅销售预包装食品）, not cut with "…"), gives its
   * dates as dates beside "3 天前", and no tooltip names a variable (caseNo); the search box's 满足全部 stands clear of
   * 条件。 at both common sizes.
   */
  @Test
  void aCardShowsTheWholeNameAndDatesAsDatesAndTheSearchBoxReadsCleanlyOnALaptop() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    browser.logIn(SCJG_APPROVER, "demo");
    openTask(c.caseNo());
    for (int[] size : new int[][] {{1366, 768}, {1600, 1000}}) {
      browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
      pause(Duration.ofMillis(500));
      String at = size[0] + "×" + size[1];
      wait.until(d -> cardText(c.caseNo()).matches("(?s).*创建.*\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}.*"));
      assertThat(cardText(c.caseNo())).as(at).contains("食品经营许可（仅销售预包装食品）");
      assertThat(script("const card = arguments[0]; return Array.from(card.querySelectorAll('*')).filter(e =>"
          + " getComputedStyle(e).textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1)"
          + ".map(e => e.textContent.trim()).join(' | ');", card(c.caseNo()))).as("cut at " + at).isEqualTo("");
      for (WebElement label : card(c.caseNo()).findElements(By.cssSelector(".variable-label"))) {
        new org.openqa.selenium.interactions.Actions(browser.driver()).moveToElement(label).perform();
        pause(Duration.ofMillis(300));
        assertThat((String) script("return Array.from(document.querySelectorAll('.tasks-list .tooltip'))"
            + ".filter(t => t.getClientRects().length && getComputedStyle(t).display !== 'none')"
            + ".map(t => t.textContent.trim()).join(' | ');")).as("tooltip of " + label.getText() + " at " + at)
            .doesNotContainPattern("caseNo|applicantName|itemName|departmentName|[a-z]+[A-Z][a-z]+");
      }
      assertThat(script("const box = document.querySelector('[cam-widget-search]');"
          + "const all = Array.from(box.querySelectorAll('*')).filter(e => e.children.length === 0 && e.textContent.trim()"
          + " && e.getClientRects().length);"
          + "const any = all.filter(e => /满足全部|满足任一/.test(e.textContent));"
          + "const rest = all.filter(e => !any.includes(e) && !any.some(a => a.contains(e) || e.contains(a)));"
          + "const hit = (a, b) => { const x = a.getBoundingClientRect(), y = b.getBoundingClientRect();"
          + " return x.left < y.right && y.left < x.right && x.top < y.bottom && y.top < x.bottom; };"
          + "return any.flatMap(a => rest.filter(r => hit(a, r)).map(r => a.textContent.trim() + ' / '"
          + " + r.textContent.trim())).join(' | ');")).as("search box at " + at).isEqualTo("");
      if (size[0] == 1366) {
        browser.screenshot("approver-1366");
      }
    }
  }

  /**
   * An objection's card says which dishonesty record it is about, more than number and subject; card and form name the
   * record by what it is (basis, unit, dates as Chinese dates), not by its database id (失信记录 #51).
   */
  @Test
  void anObjectionsCardAndFormNameItsDishonestyRecordByWhatItIsNotByItsDatabaseId() {
    String code = creditFiles.subject();
    long recordId = creditFiles.record(code);
    String objectionNo = filed("/api/objections", "{\"subjectCode\":\"" + code + "\",\"recordId\":" + recordId
        + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}", "objectionNo");
    browser.logIn("provider", "demo");

    openTask(objectionNo);
    assertThat(value("异议所涉失信记录")).startsWith("失信记录").doesNotContain("#" + recordId)
        .doesNotContainPattern("#\\d+");
    wait.until(d -> cardText(objectionNo).contains("失信记录："));
    assertThat(cardText(objectionNo)).contains("异议编号", "信用主体", "到期").doesNotContainPattern("#\\d+")
        .as("dates as the card's other dates, not ISO").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    assertThat(value("异议所涉失信记录")).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
  }

  /**
   * On an office laptop (1366×768) the decision form asks for the decision on the first screen, before the case's
   * read-only context, which is folded under one line and opens on a click; the form names the case 办件编号 as the card
   * does, states its deadline as a Chinese date (its last day), and says why 完成 is grey until the task is claimed.
   */
  @Test
  void theDecisionFormAsksForTheDecisionOnALaptopsFirstScreenAndFoldsTheCasesContext() {
    CaseRecord c = cases.atDecision(cases.subject("AA"));
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    browser.logIn(SCJG_APPROVER, "demo");
    browser.open("/camunda/app/tasklist/default/#/?task=" + taskOf(c, "Task_MakeDecision"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form-field")));

    WebElement done = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space()='完成']")));
    assertThat(done.isEnabled()).as("完成 before the task is claimed").isFalse();
    wait.until(d -> formActionsText().contains("认领"));
    assertThat(formActionsText()).as("why 完成 is grey").contains("请先认领");
    click(browser.driver().findElement(By.cssSelector("button.claim")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    wait.until(d -> !formActionsText().contains("请先认领"));

    script("document.querySelectorAll('*').forEach(e => { e.scrollTop = 0; }); window.scrollTo(0, 0);");
    pause(Duration.ofMillis(300));
    assertThat(onFirstScreen(field("审批决定"))).as("审批决定 on the first screen without scrolling: " + where(field("审批决定"))).isTrue();
    assertThat(field("申请人").isDisplayed()).as("the context is folded").isFalse();
    WebElement unfold = browser.driver().findElement(By.cssSelector(".cc-context-toggle"));
    assertThat(unfold.getText()).contains("展开", "申请人");
    browser.screenshot("approver-decision-1366");
    click(unfold);
    wait.until(d -> field("申请人").isDisplayed());
    assertThat(value("申请人")).isEqualTo(c.applicantName());
    assertThat(field("审批决定").getRect().getY()).as("the decision stays above the context")
        .isLessThan(field("申请人").getRect().getY());

    assertThat(value("办件编号")).isEqualTo(c.caseNo());
    assertThat(formLabels()).doesNotContain("案件编号");
    java.util.Date due = tasks.createTaskQuery().taskId(taskOf(c, "Task_MakeDecision")).singleResult().getDueDate();
    assertThat(value("决定期限")).isEqualTo(lastDay(due));
    assertThat(readOnlyValues()).as("read-only values").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    click(browser.driver().findElement(By.cssSelector(".cc-context-toggle")));
    wait.until(d -> !field("申请人").isDisplayed());
  }

  /** The clerk reads the commitment letter whole, not in a small box that scrolls, and its dates as Chinese dates. */
  @Test
  void theLetterReadsWholeWithoutAScrollBoxOnceTheContextIsUnfolded() {
    CaseRecord c = cases.started(cases.subject("AA"));
    browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
    browser.logIn("clerk", "demo");

    openTask(c.caseNo());
    if (!field("信用承诺书").isDisplayed()) {
      click(browser.driver().findElement(By.cssSelector(".cc-context-toggle")));
    }
    wait.until(d -> field("信用承诺书").isDisplayed());
    WebElement letter = field("信用承诺书").findElement(By.cssSelector("textarea"));
    assertThat(letter.getDomProperty("value")).contains("办件编号", c.caseNo());
    wait.until(d -> (Boolean) script("const t = arguments[0]; return t.scrollHeight <= t.clientHeight + 1;", letter));
    assertThat(((Number) script("return arguments[0].clientHeight;", letter)).intValue()).as("the letter's height")
        .isGreaterThan(600);
    assertThat(readOnlyValues()).as("read-only values").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
  }

  private boolean onFirstScreen(WebElement element) {
    return (Boolean) script("const r = arguments[0].getBoundingClientRect();"
        + " if (!r.height || r.top < 0 || r.bottom > window.innerHeight) { return false; }"
        + " const hit = document.elementFromPoint(r.left + Math.min(20, r.width / 2), r.top + Math.min(10, r.height / 2));"
        + " return !!hit && (arguments[0].contains(hit) || hit.contains(arguments[0]));", element);
  }

  private String where(WebElement element) {
    return String.valueOf(script("const r = arguments[0].getBoundingClientRect();"
        + " const hit = document.elementFromPoint(r.left + 10, r.top + 10);"
        + " return JSON.stringify({top: r.top, bottom: r.bottom, left: r.left, h: window.innerHeight,"
        + " hit: hit && (hit.className + ' / ' + hit.outerHTML.slice(0, 200))});", element));
  }

  private String formActionsText() {
    return (String) script("return Array.from(document.querySelectorAll('.form-actions'))"
        + ".filter(e => e.getClientRects().length).map(e => e.innerText).join(' ');");
  }

  private String formLabels() {
    return (String) script("return Array.from(document.querySelectorAll('.fjs-form label, .fjs-form legend'))"
        + ".map(e => e.textContent.trim()).join(' | ');");
  }

  private String readOnlyValues() {
    return (String) script("return Array.from(document.querySelectorAll('.fjs-readonly input, .fjs-readonly textarea'))"
        + ".map(e => e.value).join(' | ');");
  }

  private WebElement card(String number) {
    return browser.driver().findElement(
        By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + number + "')]]"));
  }

  private Object script(String script, Object... args) {
    return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
  }

  /** Types into 筛选任务 as an official does and waits until every card shown holds what was looked for. */
  private void searchFor(String typed, String expected) {
    WebElement box = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[cam-widget-search] input.main-field")));
    box.sendKeys(typed + org.openqa.selenium.Keys.ENTER);
    By cards = By.cssSelector(".tasks-list li.task");
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
      List<WebElement> shown = d.findElements(cards);
      return !shown.isEmpty() && shown.stream().allMatch(card -> card.getText().contains(expected));
    });
  }

  private String taskOf(CaseRecord c, String key) {
    return tasks.createTaskQuery().processInstanceId(c.processInstanceId()).taskDefinitionKey(key).singleResult()
        .getId();
  }

  /** The text of the case's card, read anew: Tasklist may render its list again at any time. */
  private String cardText(String number) {
    By cardLocator = By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + number + "')]]");
    return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElement(cardLocator).getText());
  }

  // ---- what an official does ----

  /**
   * Opens Tasklist searching for the case number as an official types it into the search box (a busy official has
   * more tasks than one page shows), finds the card, opens it, claims it if nobody has, waits for the filled form.
   */
  private WebElement openTask(String caseNo) {
    String variable = caseNo.startsWith("YY") ? "objectionNo" : caseNo.startsWith("XF") ? "repairNo" : "caseNo";
    String search = "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\"" + caseNo
        + "\",\"name\":\"" + variable + "\"}]";
    browser.open("/camunda/app/tasklist/default/#/?searchQuery="
        + java.net.URLEncoder.encode(search, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
    By cardLocator = By.xpath("//li[contains(@class,'task')][.//*[contains(text(),'" + caseNo + "')]]");
    WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(cardLocator));
    assertThat(browser.driver().getCurrentUrl()).as("sorted by due date by default").contains("dueDate");
    click(card.findElement(By.cssSelector("h4 a")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-form-field")));
    List<WebElement> claim = browser.driver().findElements(By.cssSelector("button.claim"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      click(claim.get(0));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }
    // Tasklist renders the form again once the task is claimed: wait for the editable fields to be enabled
    wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
        "const editable = Array.from(document.querySelectorAll('.fjs-form-field:not(.fjs-readonly) input,"
            + " .fjs-form-field:not(.fjs-readonly) textarea'));"
            + "return editable.length > 0 && editable.every(i => !i.disabled);"));
    wait.until(d -> emptyReadOnlyFields().isEmpty() && !d.findElements(By.cssSelector(".fjs-readonly")).isEmpty());
    assertThat(emptyReadOnlyFields()).as("read-only fields without a value").isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector(".fjs-form a[href]")))
        .as("the form links to the documents of its case").extracting(a -> a.getDomAttribute("href"))
        .contains("/documents/?caseNo=" + caseNo);
    assertChinese("task form of " + caseNo);
    return browser.driver().findElement(cardLocator);
  }

  @SuppressWarnings("unchecked")
  private List<String> emptyReadOnlyFields() {
    return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(document.querySelectorAll('.fjs-readonly')).filter(f => {"
            + " const input = f.querySelector('input, textarea'); return input && !input.value.trim(); })"
            + ".map(f => (f.querySelector('label') || {}).textContent);");
  }

  private String value(String label) {
    return field(label).findElement(By.cssSelector("textarea, input")).getDomProperty("value");
  }

  private WebElement field(String label) {
    return browser.driver().findElement(By.xpath("//div[contains(@class,'fjs-form-field')]"
        + "[./label[starts-with(normalize-space(), '" + label + "')] or ./div/label[starts-with(normalize-space(), '"
        + label + "')] or .//legend[starts-with(normalize-space(), '" + label + "')]]"));
  }

  private void chooseRadio(String label, String option) {
    WebElement choice = field(label).findElement(By.xpath(".//label[normalize-space()='" + option + "']//input"
        + " | .//label[normalize-space()='" + option + "']/preceding-sibling::input[1]"));
    click(choice);
  }

  private void chooseFromSelect(String label, String option) {
    // the select opens on a real pointer press, not on a scripted click
    WebElement display = field(label).findElement(By.cssSelector(".fjs-select-display"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", display);
    display.click();
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']"))).click();
  }

  private void tick(String label) {
    click(browser.driver().findElement(By.xpath("//label[contains(normalize-space(), '" + label + "')]//input")));
  }

  private void type(String label, String text) {
    WebElement input = field(label).findElement(By.cssSelector("textarea, input"));
    input.sendKeys(text);
    wait.until(d -> text.equals(field(label).findElement(By.cssSelector("textarea, input")).getDomProperty("value")));
  }

  private void complete() {
    // form-js takes typed text into its state after a short debounce; a person never clicks that fast
    pause(Duration.ofMillis(800));
    WebElement button = browser.driver().findElement(By.xpath("//button[normalize-space()='完成']"));
    click(button);
  }

  /** What the form or Tasklist says when a completion does not go through: the test shows it on failure. */
  private String formMessages() {
    return (String) ((JavascriptExecutor) browser.driver()).executeScript(
        "return Array.from(document.querySelectorAll('.fjs-form-field-error, .page-notifications, .notification'))"
            + ".map(e => e.textContent.trim()).filter(t => t).join(' | ');");
  }

  /** Scripted click: Tasklist's notification panel may lie over the button at this window size. */
  private void click(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  private void screen(String role) {
    browser.screenshot(role);
  }

  /**
   * The interface is Chinese (values left out, as is the search box, which shows what the official searched for
   * by its variable name), and no value reads as a raw "null".
   */
  private void assertChinese(String where) {
    JavascriptExecutor js = (JavascriptExecutor) browser.driver();
    String ui = (String) js.executeScript(EnglishScan.UI_TEXT_SCRIPT,
        "dd, td, input, textarea, svg, .djs-container, script, style, [cam-widget-search]");
    assertThat(EnglishScan.offenders(ui)).as("English words on " + where + ":\n" + ui).isEmpty();
    String withValues = (String) js.executeScript(EnglishScan.UI_TEXT_SCRIPT, "td, svg, .djs-container, script, style");
    assertThat(withValues).as(where + ":\n" + withValues).doesNotContain("null", "undefined", "NaN");
  }

  /** Tasklist renders an empty list without a marker: give it a moment after the filter loaded. */
  private void sleepForList() {
    pause(Duration.ofMillis(1500));
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // ---- the case side ----

  private void awaitTaskGone(CaseRecord c, String key) {
    awaitNoTaskFor(c.caseNo(), key);
  }

  private void awaitNoTaskFor(String businessKey, String key) {
    try {
      wait.until(d -> tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(key)
          .count() == 0);
    } catch (org.openqa.selenium.TimeoutException notCompleted) {
      browser.screenshot("failed-" + key);
      throw new AssertionError(key + " of " + businessKey + " was not completed; the page says: " + formMessages(),
          notCompleted);
    }
  }

  private String filed(String path, String body, String numberField) {
    var response = http.post(path, "portal", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String number = response.body().replaceAll(".*\"" + numberField + "\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    creditFiles.runJobs(processInstanceOf(number));
    return number;
  }

  private String processInstanceOf(String businessKey) {
    return processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .singleResult().getId();
  }

  private void departmentApprover(String id, String name, String departmentGroup) {
    if (identity.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identity.newUser(id);
    user.setFirstName(name);
    user.setLastName("审批");
    user.setPassword("demo");
    user.setEmail(id + "@example.test");
    identity.saveUser(user);
    for (String group : List.of("approver", departmentGroup)) {
      identity.createMembership(id, group);
    }
  }
}
