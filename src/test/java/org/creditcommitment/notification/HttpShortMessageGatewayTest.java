package org.creditcommitment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.creditcommitment.notification.ShortMessageGateway.Outcome;
import org.creditcommitment.notification.ShortMessageGateway.ShortMessage;
import org.junit.jupiter.api.Test;

/** The HTTP adapter against a real HTTP server started here: what it posts and how it reads the answer. */
class HttpShortMessageGatewayTest {

  private static final ShortMessage MESSAGE = new ShortMessage("cc-sms-7", "13800138000",
      "您的办件XY20261123000042需补正材料，请于2026年11月23日前一次性补正。", NotificationType.CORRECTION_NOTICE);

  @Test
  void aMessageIsPostedAsJsonWithItsIdempotencyKeyCredentialsSignNameAndTemplate() throws Exception {
    try (TestSmsGateway gateway = new TestSmsGateway()) {
      ShortMessageGateway.Result result = gateway.adapter().send(MESSAGE);

      assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
      TestSmsGateway.Received received = gateway.received.get(0);
      assertThat(received.idempotencyHeader()).isEqualTo("cc-sms-7");
      assertThat(received.authorization()).isEqualTo("Basic "
          + Base64.getEncoder().encodeToString("cc-app:s3cret".getBytes(StandardCharsets.UTF_8)));
      assertThat(received.body()).containsEntry("idempotencyKey", "cc-sms-7")
          .containsEntry("phoneNumber", "13800138000").containsEntry("signName", "某市政务服务")
          .containsEntry("templateId", "SMS_CORRECTION").containsEntry("type", "CORRECTION_NOTICE")
          .containsEntry("text", MESSAGE.text());
    }
  }

  @Test
  void aServerErrorOrThrottlingIsRetriedAClientErrorIsRefusedForGoodAndRefusedCredentialsPause() throws Exception {
    try (TestSmsGateway gateway = new TestSmsGateway().answer(503, 429, 400, 401)) {
      HttpShortMessageGateway adapter = gateway.adapter();

      assertThat(adapter.send(MESSAGE).outcome()).isEqualTo(Outcome.RETRY);
      assertThat(adapter.send(MESSAGE).outcome()).isEqualTo(Outcome.RETRY);
      ShortMessageGateway.Result refused = adapter.send(MESSAGE);
      assertThat(refused.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(refused.detail()).contains("HTTP 400");
      assertThat(adapter.send(MESSAGE).outcome()).isEqualTo(Outcome.UNREACHABLE);
    }
  }

  @Test
  void aGatewayThatIsNotThereIsUnreachable() throws Exception {
    HttpShortMessageGateway adapter = new HttpShortMessageGateway(TestSmsGateway.properties(TestSmsGateway.nowhere()),
        new ObjectMapper());

    assertThat(adapter.send(MESSAGE).outcome()).isEqualTo(Outcome.UNREACHABLE);
  }

  @Test
  void aNumberTheGatewayEchoesIsMaskedInTheStoredDetail() {
    ShortMessageGateway.Result refused = HttpShortMessageGateway.outcome(400,
        "{\"error\":\"blacklisted number 13800138000\"}");

    assertThat(refused.detail()).contains("138****8000").doesNotContain("13800138000");
  }
}
