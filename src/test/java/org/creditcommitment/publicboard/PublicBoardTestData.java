package org.creditcommitment.publicboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.creditcommitment.TestHttp;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Items of a test's own for the board's tests, created through the catalogue API as an administrator. */
final class PublicBoardTestData {

  private static final ObjectMapper JSON = new ObjectMapper();

  private PublicBoardTestData() {}

  /** A new item of this department and category (a CommitmentCategory name), offering NOTIFY_COMMIT. */
  static String item(TestHttp http, String prefix, String department, String category) throws Exception {
    String code = prefix + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    var body = JSON.createObjectNode().put("name", "公示测试事项" + code).put("department", department)
        .put("openToCommitment", true).put("category", category)
        .put("conditions", "具备公示测试所需条件").put("standards", "公示测试标准");
    body.putPOJO("commitmentTypes", List.of("NOTIFY_COMMIT"));
    body.putPOJO("periods", Map.of("signing", "5WD", "decision", "10WD", "inspection", "P3M",
        "rectification", "15WD"));
    body.putPOJO("materials", List.of("申请表"));
    HttpResponse<String> saved = http.put("/api/catalogue/" + code, "admin", JSON.writeValueAsString(body));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return code;
  }
}
