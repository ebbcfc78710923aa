package org.creditcommitment.objection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.creditcommitment.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Objections filed over REST reach the unit that supplied the record (汕府办函〔2021〕17号 (二十三)): its group sees the
 * answer task in the engine's task list; an unmapped unit's objection goes to the credit office, and the auditor's
 * history of the objection says why.
 */
class ObjectionRoutingApiTest extends IntegrationTest {

  @Autowired CreditFileDriver driver;
  private final ObjectMapper json = new ObjectMapper();

  private String file(String code, long recordId) throws Exception {
    HttpResponse<String> response = http.post("/api/objections", "portal", "{\"subjectCode\":\"" + code
        + "\",\"recordId\":" + recordId + ",\"reason\":\"处罚决定已撤销\",\"evidence\":[\"复议决定书\"]}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return json.readTree(response.body()).get("processInstanceId").asText();
  }

  private int answerTasksVisibleTo(String processInstanceId, String user) throws Exception {
    HttpResponse<String> response = http.get("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=Task_AnswerObjection&candidateGroup=" + groupOf(user), user);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode tasks = json.readTree(response.body());
    return tasks.size();
  }

  private static String groupOf(String user) {
    return user.equals("credit-office") ? "credit-office" : "provider-scjg";
  }

  @Test
  void anObjectionFiledOverRestIsOfferedToTheSupplyingUnitsGroup() throws Exception {
    String code = driver.subject();
    String instance = file(code, driver.record(code));
    assertThat(answerTasksVisibleTo(instance, "provider")).isEqualTo(1);
    assertThat(answerTasksVisibleTo(instance, "credit-office")).isZero();
  }

  @Test
  void anObjectionToAnUnmappedUnitsRecordIsOfferedToTheCreditOfficeAndTheHistorySaysWhy() throws Exception {
    String code = driver.subject();
    long recordId = driver.record(code, "某县未配置单位");
    String instance = file(code, recordId);
    assertThat(answerTasksVisibleTo(instance, "credit-office")).isEqualTo(1);
    String objectionNo = driver.engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance)
        .singleResult().getBusinessKey();
    HttpResponse<String> history = http.get("/api/cases/" + objectionNo + "/history", "auditor");
    assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
    assertThat(history.body()).contains("异议交由核实答复").contains("未配置核实答复组").contains("某县未配置单位");
  }
}
