package org.creditcommitment.casehistory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.creditcommitment.IntegrationTest;
import org.creditcommitment.commitment.AuditedCases;
import org.creditcommitment.commitment.CaseRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;

class CaseSearchTest extends IntegrationTest {

  @Autowired AuditedCases cases;
  @Autowired ObjectMapper json;

  @Test
  void casesOfAnApplicantComePagedNewestFirst() throws Exception {
    String applicant = cases.subject("AA");
    CaseRecord one = cases.started(applicant);
    CaseRecord two = cases.started(applicant);
    CaseRecord three = cases.started(applicant);

    CaseSearch.Page first = page("/api/audit/cases?applicant=" + applicant + "&size=2&page=0");
    assertThat(first.total()).isEqualTo(3);
    assertThat(first.items()).extracting(CaseSearch.CaseSummary::caseNo).containsExactly(three.caseNo(), two.caseNo());
    assertThat(first.items().get(0).endStateLabel()).isEqualTo("办理中");
    CaseSearch.Page second = page("/api/audit/cases?applicant=" + applicant + "&size=2&page=1");
    assertThat(second.items()).extracting(CaseSearch.CaseSummary::caseNo).containsExactly(one.caseNo());
  }

  @Test
  void filtersByEndStateItemDepartmentAndDate() throws Exception {
    String applicant = cases.subject("B");
    CaseRecord ended = cases.standardReview(applicant);
    String today = LocalDate.now(clock).toString();
    String base = "/api/audit/cases?applicant=" + applicant;

    assertThat(items(base + "&endState=STANDARD_REVIEW&item=" + AuditedCases.FOOD + "&department=scjg&from=" + today
        + "&to=" + today)).containsExactly(ended.caseNo());
    assertThat(items(base + "&endState=OPEN")).isEmpty();
    assertThat(items(base + "&from=" + LocalDate.now(clock).plusDays(1))).isEmpty();
    CaseSearch.CaseSummary found = page(base + "&endState=STANDARD_REVIEW").items().get(0);
    assertThat(found.endStateLabel()).isEqualTo("转原审批程序办理");
    assertThat(found.itemName()).isEqualTo("食品经营许可（仅销售预包装食品）");
    assertThat(found.departmentName()).isEqualTo("市场监督管理局");
  }

  @Test
  void badCriteriaAreRefusedWithAClearError() {
    assertThat(http.get("/api/audit/cases?endState=LOST", "auditor").body()).contains("invalid-end-state");
    assertThat(http.get("/api/audit/cases?from=2026-13-01", "auditor").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/audit/cases?size=0", "auditor").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/audit/cases?page=x", "auditor").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/audit/cases?from=2026-02-01&to=2026-01-01", "auditor").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/audit/cases", "inspector").statusCode()).isEqualTo(403);
  }

  private List<String> items(String path) throws Exception {
    return page(path).items().stream().map(CaseSearch.CaseSummary::caseNo).toList();
  }

  private CaseSearch.Page page(String path) throws Exception {
    var response = http.get(path, "auditor");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readValue(response.body(), CaseSearch.Page.class);
  }
}
