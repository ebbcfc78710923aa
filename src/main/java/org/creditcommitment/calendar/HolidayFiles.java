package org.creditcommitment.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads holiday files in the holiday-cn format ({@code cn-YYYY.json}): the years shipped on the
 * classpath, then the operator folder, whose files add years or replace shipped ones.
 */
final class HolidayFiles {

  private static final Logger log = LoggerFactory.getLogger(HolidayFiles.class);
  private static final Pattern FILE_NAME = Pattern.compile("cn-(\\d{4})\\.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  private HolidayFiles() {}

  /** The shipped years; a broken shipped file is a build error, so it fails loudly. */
  static Map<Integer, HolidayYear> shipped() {
    Map<Integer, HolidayYear> years = new TreeMap<>();
    try {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:calendar/cn-*.json")) {
        Matcher name = FILE_NAME.matcher(resource.getFilename());
        if (name.matches()) {
          try (InputStream in = resource.getInputStream()) {
            years.put(Integer.parseInt(name.group(1)),
                read(in, Integer.parseInt(name.group(1)), "classpath:calendar/" + resource.getFilename()));
          }
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the shipped calendar files", e);
    }
    return years;
  }

  /**
   * The operator's files. Every file is checked; when any is invalid, nothing is returned and the
   * problems are thrown together, so that a reload never applies half a folder.
   */
  static Map<Integer, HolidayYear> folder(Path dir) {
    Map<Integer, HolidayYear> years = new TreeMap<>();
    if (dir == null || !Files.isDirectory(dir)) {
      log.debug("Calendar folder {} does not exist; only shipped years are used", dir);
      return years;
    }
    List<String> problems = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "cn-*.json")) {
      for (Path file : files) {
        Matcher name = FILE_NAME.matcher(file.getFileName().toString());
        if (!name.matches()) {
          problems.add(file.getFileName() + ": file name must be cn-YYYY.json");
          continue;
        }
        int year = Integer.parseInt(name.group(1));
        try (InputStream in = Files.newInputStream(file)) {
          years.put(year, read(in, year, file.toAbsolutePath().normalize().toString()));
        } catch (IllegalArgumentException | IOException e) {
          problems.add(file.getFileName() + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new InvalidCalendarException(List.of("cannot list " + dir + ": " + e.getMessage()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCalendarException(problems);
    }
    return years;
  }

  /** Parses one file and checks that it really describes {@code year}. */
  static HolidayYear read(InputStream in, int year, String source) throws IOException {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.path("year").isInt() || root.path("year").asInt() != year) {
      throw new IllegalArgumentException("field \"year\" must be " + year);
    }
    if (!root.path("days").isArray()) {
      throw new IllegalArgumentException("field \"days\" must be a list");
    }
    Map<LocalDate, Boolean> exceptions = new HashMap<>();
    for (JsonNode day : root.path("days")) {
      LocalDate date;
      try {
        date = LocalDate.parse(day.path("date").asText());
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("bad date \"" + day.path("date").asText() + "\"");
      }
      if (date.getYear() != year) {
        throw new IllegalArgumentException(date + " is not in " + year);
      }
      if (!day.path("isOffDay").isBoolean()) {
        throw new IllegalArgumentException(date + ": \"isOffDay\" must be true or false");
      }
      exceptions.put(date, day.path("isOffDay").asBoolean());
    }
    return new HolidayYear(year, exceptions, source);
  }
}
