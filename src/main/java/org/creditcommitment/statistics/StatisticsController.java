package org.creditcommitment.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statistics as JSON and as CSV, for the credit office, auditors, approvers and administrators. */
@RestController
@AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN, Groups.APPROVER})
class StatisticsController {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final Statistics statistics;
  private final Clock clock;

  StatisticsController(Statistics statistics, Clock clock) {
    this.statistics = statistics;
    this.clock = clock;
  }

  @GetMapping(value = "/api/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
  StatisticsReport report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    return statistics.report(StatisticsRange.parse(from, to, clock));
  }

  @GetMapping("/api/statistics.csv")
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    StatisticsRange range = StatisticsRange.parse(from, to, clock);
    String fileName = "statistics-" + range.from() + "_" + range.to() + ".csv";
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(StatisticsCsv.write(statistics.report(range)).getBytes(StandardCharsets.UTF_8));
  }
}
