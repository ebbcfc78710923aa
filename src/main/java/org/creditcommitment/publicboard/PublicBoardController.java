package org.creditcommitment.publicboard;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.FreeText;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The board's read-only JSON, without login (no /api authentication filter covers /public). Only GET and HEAD
 * reach it: {@link PublicRateLimit} answers every other method 405 before anything else runs.
 */
@RestController
class PublicBoardController {

  static final String PATH = "/public/api/commitments";
  private static final int MAX_NAME_LENGTH = 50;

  /** The departments, categories and kinds the page offers as filters. */
  record Filters(Map<String, String> departments, Map<String, String> categories, Map<String, String> kinds) {}

  private final PublicBoard board;
  private final Catalogue catalogue;

  PublicBoardController(PublicBoard board, Catalogue catalogue) {
    this.board = board;
    this.catalogue = catalogue;
  }

  @GetMapping(value = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<PublicBoard.Page> search(@RequestParam(required = false) String code,
      @RequestParam(required = false) String name, @RequestParam(required = false) String department,
      @RequestParam(required = false) String category, @RequestParam(required = false) String kind,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (size < 1 || size > PublicBoard.MAX_PAGE_SIZE) {
      throw invalid("size", "每页条数应为 1 至 " + PublicBoard.MAX_PAGE_SIZE,
          "size must be 1 to " + PublicBoard.MAX_PAGE_SIZE);
    }
    if (!PublicBoard.pageable(page, size)) {
      throw invalid("page", "页码超出范围，请缩小查询条件（最多查看前 " + PublicBoard.MAX_DEPTH + " 条）",
          "page out of range; narrow the search (only the first " + PublicBoard.MAX_DEPTH + " records are paged)");
    }
    PublicQuery query = new PublicQuery(code(code), name(name), department(department), category(category),
        kind(kind));
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(board.search(query, page, size));
  }

  @GetMapping(value = PATH + "/filters", produces = MediaType.APPLICATION_JSON_VALUE)
  Filters filters() {
    Map<String, String> categories = new LinkedHashMap<>();
    Arrays.stream(CommitmentCategory.values()).filter(c -> c != CommitmentCategory.OTHER)
        .forEach(c -> categories.put(c.name(), c.label()));
    Map<String, String> kinds = new LinkedHashMap<>();
    Arrays.stream(PublicRecordKind.values()).forEach(k -> kinds.put(k.name(), k.label()));
    return new Filters(catalogue.departments(), categories, kinds);
  }

  private static String code(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String normalized = code.strip().toUpperCase(Locale.ROOT);
    if (!normalized.matches("[0-9A-Z]{18}")) {
      throw invalid("code", "请输入完整的 18 位统一社会信用代码或公民身份号码",
          "code must be a full 18-character unified social credit code or resident ID number");
    }
    return normalized;
  }

  private static String name(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    String stripped = name.strip();
    if (stripped.codePointCount(0, stripped.length()) > MAX_NAME_LENGTH || FreeText.flaw(stripped, false).isPresent()) {
      throw invalid("name", "名称关键字过长或含有不允许的字符", "name is too long or holds characters no name may hold");
    }
    return stripped;
  }

  private String department(String department) {
    if (department == null || department.isBlank()) {
      return null;
    }
    if (!catalogue.departments().containsKey(department.strip())) {
      throw invalid("department", "未知的部门", "unknown department");
    }
    return department.strip();
  }

  private static CommitmentCategory category(String category) {
    if (category == null || category.isBlank()) {
      return null;
    }
    return CommitmentCategory.parse(category.strip()).orElseThrow(() -> invalid("category", "未知的承诺类别",
        "unknown category; use one of " + List.of(CommitmentCategory.values())));
  }

  private static PublicRecordKind kind(String kind) {
    if (kind == null || kind.isBlank()) {
      return null;
    }
    return Arrays.stream(PublicRecordKind.values()).filter(k -> k.name().equals(kind.strip())).findFirst()
        .orElseThrow(() -> invalid("kind", "未知的信息类型", "unknown kind; use COMMITMENT or LICENCE"));
  }

  private static ApiException invalid(String parameter, String zh, String en) {
    return ApiException.badRequest("invalid-parameter", "参数「" + parameter + "」不符合要求：" + zh,
        "Parameter '" + parameter + "' is invalid: " + en);
  }
}
