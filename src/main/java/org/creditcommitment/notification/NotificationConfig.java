package org.creditcommitment.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The sender polls for due rows with @Scheduled. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfig {
}
