package org.creditcommitment.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.security.AllowedGroups;
import org.creditcommitment.security.CurrentUser;
import org.creditcommitment.security.Groups;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.Hashing;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Read the catalogue (every role, the online portal included: it offers the items and their materials) and edit
 * items (camunda-admin, audited with before and after).
 */
@RestController
class CatalogueController {

  private final Catalogue catalogue;
  private final CatalogueValidator validator;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;

  CatalogueController(Catalogue catalogue, CatalogueValidator validator, JdbcTemplate jdbc, AuditLog audit,
      Clock clock) {
    this.catalogue = catalogue;
    this.validator = validator;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @GetMapping("/api/catalogue")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  Map<String, Object> all() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("departments", catalogue.departments());
    body.put("items", catalogue.all());
    return body;
  }

  @GetMapping("/api/catalogue/{code}")
  @AllowedGroups({Groups.PORTAL, Groups.CLERK, Groups.APPROVER, Groups.LEADER, Groups.INSPECTOR, Groups.PROVIDER,
      Groups.CREDIT_OFFICE, Groups.AUDITOR, Groups.ADMIN})
  ServiceItem one(@PathVariable String code) {
    return catalogue.find(code).orElseThrow(() -> ApiException.notFound("unknown-item",
        "事项清单中没有编码为「" + code + "」的事项", "No catalogue item with code '" + code + "'"));
  }

  @PutMapping("/api/catalogue/{code}")
  @AllowedGroups(Groups.ADMIN)
  @Transactional
  ServiceItem save(@PathVariable String code, @Valid @RequestBody ServiceItem item,
      CurrentUser user) {
    if (item.code() != null && !item.code().equals(code)) {
      throw ApiException.badRequest("code-mismatch", "路径中的事项编码与请求内容不一致",
          "The item code in the path and in the body differ");
    }
    ServiceItem toSave = withDefaults(item, code);
    List<String> problems = validator.problems(toSave, catalogue.departments().keySet());
    if (!problems.isEmpty()) {
      throw ApiException.badRequest("invalid-item", "事项内容不符合要求：" + String.join("；", problems),
          "The item is invalid: " + String.join("; ", problems));
    }
    var before = catalogue.find(code);
    String content = catalogue.write(toSave);
    OffsetDateTime now = OffsetDateTime.now(clock);
    if (before.isPresent()) {
      jdbc.update("update catalogue_item set department = ?, content = ?, source = 'api', updated_at = ?,"
          + " updated_by = ? where code = ?", toSave.department(), content, now, user.id(), code);
    } else {
      jdbc.update("insert into catalogue_item (code, department, content, source, file_hash, updated_at, updated_by)"
          + " values (?, ?, ?, 'api', null, ?, ?)", code, toSave.department(), content, now, user.id());
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("before", before.map(catalogue::write).orElse(null));
    details.put("after", content);
    details.put("afterSha256", Hashing.sha256(content));
    audit.record(code, "CATALOGUE_ITEM_SAVED", user.id(), details);
    return toSave;
  }

  private static ServiceItem withDefaults(ServiceItem item, String code) {
    return new ServiceItem(code, item.name(), item.department(), item.openToCommitment(), item.exclusionReason(),
        item.commitmentTypes() == null ? java.util.Set.of() : item.commitmentTypes(), item.category(),
        item.minimumGrades() == null ? Map.of() : item.minimumGrades(), item.periods(), item.conditions(),
        item.standards(), item.letterTemplate(), item.materials() == null ? List.of() : item.materials(),
        item.tolerableMaterials(), item.siteSurvey(), item.immediate(), item.approvalLevels(), item.licence());
  }
}
