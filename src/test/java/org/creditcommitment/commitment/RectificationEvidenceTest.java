package org.creditcommitment.commitment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.creditcommitment.evidence.EvidenceUploads.uploaded;
import static org.creditcommitment.evidence.EvidenceUploads.uploadedPdf;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.task.Task;
import org.creditcommitment.IntegrationTest;
import org.creditcommitment.evidence.EvidenceFiles;
import org.creditcommitment.evidence.EvidenceSamples;
import org.creditcommitment.evidence.StoredEvidence;
import org.creditcommitment.security.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rectification carries evidence files, and the re-inspection adds the inspector's own, uploaded from its form: each
 * attached to the case, shown on the form and in the timeline, read by who reads the case; a form naming a file that
 * is not the inspector's is refused by the engine guard and completes nothing.
 */
class RectificationEvidenceTest extends IntegrationTest {

  private static final String FOOD = "SCJG-SP-001";

  @Autowired LifecycleDriver driver;
  @Autowired CaseScenarios scenarios;
  @Autowired EvidenceFiles evidence;

  private HttpResponse<String> rectify(CaseRecord c, UUID... files) {
    StringBuilder ids = new StringBuilder();
    for (UUID id : files) {
      ids.append(ids.isEmpty() ? "" : ",").append('"').append(id).append('"');
    }
    return http.post("/api/cases/" + c.caseNo() + "/rectification", "portal",
        "{\"description\":\"已按要求整改\",\"refused\":false,\"evidenceFiles\":[" + ids + "]}");
  }

  @Test
  void theRectificationsFilesAreAttachedToTheCaseShownOnTheReinspectionFormAndReadByWhoReadsTheCase() {
    CaseRecord c = scenarios.awaitingRectification(FOOD);
    UUID photo = uploaded(http, "portal", "整改后照片.png", "image/png", EvidenceSamples.png());
    assertThat(rectify(c, photo).statusCode()).isEqualTo(204);
    driver.runJobs(c);

    assertThat(evidence.of("case", c.caseNo())).extracting(StoredEvidence::id).containsExactly(photo);
    Task reinspect = driver.task(c, "Task_Reinspect");
    Object links = processEngine.getFormService().getTaskFormVariables(reinspect.getId()).get("evidenceFileLinks");
    assertThat(String.valueOf(links)).contains("[整改后照片.png](/api/evidence/" + photo + ")").contains("SHA-256");
    assertThat(http.get("/api/evidence/" + photo, "inspector").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + photo, "clerk").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/evidence/" + photo, "provider").statusCode()).as("providers read no case").isEqualTo(404);
    assertThat(http.get("/api/cases/" + c.caseNo() + "/history", "auditor").body())
        .contains("提交证明材料文件（1 个）").contains("整改后照片.png").contains("/api/evidence/" + photo);
  }

  @Test
  void aRectificationNamingAnotherLoginsFileIsRefusedAndTheCaseStillWaits() {
    CaseRecord c = scenarios.awaitingRectification(FOOD);
    UUID clerks = uploadedPdf(http, "clerk");
    HttpResponse<String> refused = rectify(c, clerks);
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("unknown-evidence");
    assertThat(evidence.of("case", c.caseNo())).isEmpty();
    assertThat(rectify(c).statusCode()).as("nothing was delivered: the case still waits").isEqualTo(204);
  }

  @Test
  void theInspectorsFilesFromTheReinspectionFormAreAttachedAndAFileNotTheirsIsRefusedByTheGuard() {
    CaseRecord c = scenarios.awaitingRectification(FOOD);
    assertThat(rectify(c).statusCode()).isEqualTo(204);
    driver.runJobs(c);
    UUID someoneElses = uploadedPdf(http, "portal");
    Map<String, Object> form = Map.of("inspectionResult", "COMPLIANT", "inspectionFindings", "整改到位",
        "reinspectionEvidenceFiles", someoneElses.toString());
    assertThatThrownBy(() -> driver.complete(c, "Task_Reinspect", "inspector", form))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-form-values"));
    assertThat(driver.task(c, "Task_Reinspect")).as("still open").isNotNull();

    UUID mine = uploaded(http, "inspector", "复查记录.jpg", "image/jpeg", EvidenceSamples.jpeg());
    assertThatThrownBy(() -> driver.complete(c, "Task_Reinspect", "inspector", Map.of("inspectionResult", "COMPLIANT",
        "inspectionFindings", "整改到位", "reinspectionEvidenceFiles", "not-an-id")))
        .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.code()).isEqualTo("invalid-form-values"));
    driver.complete(c, "Task_Reinspect", "inspector", Map.of("inspectionResult", "COMPLIANT",
        "inspectionFindings", "整改到位", "reinspectionEvidenceFiles", mine.toString()));
    assertThat(evidence.of("case", c.caseNo())).extracting(StoredEvidence::id).containsExactly(mine);
    assertThat(driver.reload(c).endState()).isEqualTo(EndState.FULFILLED_AFTER_RECTIFICATION.name());
  }
}
