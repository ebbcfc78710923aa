package org.creditcommitment.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.Groups;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The list of wrong codes the credit office sends back to the code office (数据反馈, 2023年汕尾市社会信用体系建设工作要点
 * （征求意见稿） 一（三）), as JSON and CSV. It names subjects' codes and names, unlike the public statistics: the credit
 * office, the auditor and administrators only.
 */
@RestController
@AllowedGroups({Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
class CodeErrorController {

  private final CodeErrors codeErrors;
  private final Clock clock;

  CodeErrorController(CodeErrors codeErrors, Clock clock) {
    this.codeErrors = codeErrors;
    this.clock = clock;
  }

  @GetMapping("/api/statistics/code-errors")
  @Transactional(readOnly = true)
  Map<String, Object> list(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    StatisticsRange range = StatisticsRange.parse(from, to, clock);
    return Map.of("from", range.from(), "to", range.to(), "codeErrors", codeErrors.list(range));
  }

  @GetMapping("/api/statistics/code-errors.csv")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
    StatisticsRange range = StatisticsRange.parse(from, to, clock);
    StringBuilder out = new StringBuilder(StatisticsCsv.BOM);
    StatisticsCsv.line(out, List.of("统一社会信用代码", "问题类型", "登记名称", "相关代码", "更正编号"));
    for (CodeErrors.Entry e : codeErrors.list(range)) {
      StatisticsCsv.line(out, List.of(e.code(), e.kindLabel(), StatisticsCsv.text(String.join("；", e.names())),
          String.join("；", e.otherCodes()), e.reference() == null ? "" : e.reference()));
    }
    String fileName = "code-errors-" + range.from() + "_" + range.to() + ".csv";
    return ResponseEntity.ok().contentType(StatisticsController.CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }
}
