package org.creditcommitment.notification;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.sms.*}. Retries, back-off, attempts and polling are the mail's ({@code cc.notification.*}).
 *
 * @param gateway        LOG (the default: recorded in the outbox, nothing sent) or HTTP
 * @param url            the gateway's endpoint, for HTTP (JSON POST)
 * @param appId          the account at the gateway (HTTP Basic user name)
 * @param appSecret      its secret (HTTP Basic password); from the environment, never in a file under version control
 * @param signName       签名 the gateway puts in front of every text, e.g. 某市政务服务; counted in the segment length
 * @param templateId     the gateway's template for a free text, used for every type without its own
 * @param templateIds    a template id per notification type, e.g. {@code CORRECTION_NOTICE: SMS_0001}
 * @param connectTimeout how long to wait for a connection; past it the gateway counts as unreachable
 * @param readTimeout    how long to wait for the answer; past it the gateway counts as unreachable
 * @param maxSegments    a longer text is cut to this many concatenated segments (1..10)
 * @param newTasks       whether officials get a short message for each new task (overdue ones always)
 */
@ConfigurationProperties("cc.sms")
public record ShortMessageProperties(
    @DefaultValue("LOG") Mode gateway,
    URI url,
    String appId,
    String appSecret,
    String signName,
    String templateId,
    Map<NotificationType, String> templateIds,
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("10s") Duration readTimeout,
    @DefaultValue("3") int maxSegments,
    @DefaultValue("true") boolean newTasks) {

  public enum Mode { LOG, HTTP }

  public ShortMessageProperties {
    templateIds = templateIds == null ? Map.of() : Map.copyOf(templateIds);
    if (maxSegments < 1 || maxSegments > 10) {
      throw new IllegalArgumentException("cc.sms.max-segments must be 1..10");
    }
    if (gateway == Mode.HTTP && (url == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))
        || url.getHost() == null)) {
      throw new IllegalArgumentException("cc.sms.gateway is HTTP: cc.sms.url must be the gateway's http(s) address");
    }
  }

  /** The template id for a type: its own, else the common one (may be null: the gateway takes free text). */
  String templateFor(NotificationType type) {
    return templateIds.getOrDefault(type, templateId);
  }
}
