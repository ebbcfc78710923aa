package org.creditcommitment.calendar;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.calendar.dir}: the operator folder with extra or replacing {@code cn-YYYY.json} files,
 * read at start and on {@code POST /api/calendar/reload}.
 */
@ConfigurationProperties("cc.calendar")
record CalendarProperties(@DefaultValue("./config/calendar") Path dir) {}
