package org.creditcommitment.notification;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts a short message as JSON to the gateway at {@code cc.sms.url}:
 * <pre>{@code
 * POST <url>   Authorization: Basic <app-id:app-secret>   Idempotency-Key: cc-sms-42
 * {"idempotencyKey":"cc-sms-42","phoneNumber":"13800138000","signName":"某市政务服务",
 *  "templateId":"SMS_0001","type":"CORRECTION_NOTICE","text":"您的办件…"}
 * }</pre>
 * The answer's status decides: 2xx delivered; 408, 425, 429 and 5xx retried later; 401 and 403 (our credentials)
 * pause the sender like an unreachable gateway; any other 4xx refuses this message for good. No connection, an
 * unknown host or a timeout pause the sender too.
 */
class HttpShortMessageGateway implements ShortMessageGateway {

  private static final int MOST_DETAIL = 300;
  private static final Pattern MOBILE_IN_TEXT = Pattern.compile("(?<![0-9])(1[3-9][0-9])[0-9]{4}([0-9]{4})(?![0-9])");

  private final ShortMessageProperties properties;
  private final ObjectMapper json;
  private final HttpClient client;

  HttpShortMessageGateway(ShortMessageProperties properties, ObjectMapper json) {
    this.properties = properties;
    this.json = json;
    this.client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  @Override
  public Result send(ShortMessage message) {
    HttpRequest.Builder request = HttpRequest.newBuilder(properties.url()).timeout(properties.readTimeout())
        .header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
        .header("Idempotency-Key", message.idempotencyKey())
        .POST(HttpRequest.BodyPublishers.ofString(body(message), StandardCharsets.UTF_8));
    if (properties.appId() != null && !properties.appId().isBlank()) {
      String credentials = properties.appId() + ":" + (properties.appSecret() == null ? "" : properties.appSecret());
      request.header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException | ConnectException | UnknownHostException e) {
      return new Result(Outcome.UNREACHABLE, "短信网关无法连接 / SMS gateway unreachable: " + e);
    } catch (HttpTimeoutException e) {
      return new Result(Outcome.UNREACHABLE, "短信网关超时未应答 / SMS gateway did not answer in time: " + e);
    } catch (IOException e) {
      // the connection broke after the request left: the gateway may have it; the same idempotency key goes again
      return new Result(Outcome.RETRY, "短信网关连接中断 / SMS gateway connection broken: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(Outcome.RETRY, "发送被中断 / interrupted");
    }
    return outcome(response.statusCode(), response.body());
  }

  static Result outcome(int status, String body) {
    String shown = body == null ? "" : body.length() > MOST_DETAIL ? body.substring(0, MOST_DETAIL) : body;
    // a gateway may echo the number; the detail is stored and listed
    String detail = "HTTP " + status + (shown.isBlank() ? "" : ": " + MOBILE_IN_TEXT.matcher(shown).replaceAll("$1****$2"));
    if (status >= 200 && status < 300) {
      return new Result(Outcome.DELIVERED, detail);
    }
    if (status == 401 || status == 403) {
      return new Result(Outcome.UNREACHABLE, "短信网关拒绝本系统的凭据 / SMS gateway refused our credentials: " + detail);
    }
    if (status == 408 || status == 425 || status == 429 || status >= 500) {
      return new Result(Outcome.RETRY, "短信网关暂不可用 / SMS gateway temporarily failed: " + detail);
    }
    return new Result(Outcome.REJECTED, "短信网关拒收此短信 / SMS gateway refused this message: " + detail);
  }

  private String body(ShortMessage message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("idempotencyKey", message.idempotencyKey());
    body.put("phoneNumber", message.mobile());
    body.put("signName", properties.signName());
    body.put("templateId", properties.templateFor(message.type()));
    body.put("type", message.type().name());
    body.put("text", message.text());
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
