package org.creditcommitment.catalogue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.creditcommitment.security.DemoUsers;
import org.creditcommitment.security.GroupSetup;
import org.creditcommitment.system.Hashing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the operator's catalogue file at start-up; an invalid file stops the start with every
 * problem listed (file, line, field). The most recent change of an item wins: an item edited
 * through REST keeps its edit until the file's entry for it changes again.
 */
@Component
class CatalogueImport {

  private static final Logger log = LoggerFactory.getLogger(CatalogueImport.class);

  private final Resource file;
  private final CatalogueValidator validator;
  private final Catalogue catalogue;
  private final JdbcTemplate jdbc;
  private final GroupSetup groupSetup;
  private final ObjectProvider<DemoUsers> demoUsers;
  private final Clock clock;

  CatalogueImport(@Value("${cc.catalogue.file}") Resource file, CatalogueValidator validator, Catalogue catalogue,
      JdbcTemplate jdbc, GroupSetup groupSetup, ObjectProvider<DemoUsers> demoUsers, Clock clock) {
    this.file = file;
    this.validator = validator;
    this.catalogue = catalogue;
    this.jdbc = jdbc;
    this.groupSetup = groupSetup;
    this.demoUsers = demoUsers;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(20)
  @Transactional
  public void importFile() throws IOException {
    CatalogueFile.Parsed parsed;
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      parsed = CatalogueFile.parse(file.getDescription(), reader, validator);
    }
    parsed.departments().values().forEach(this::saveDepartment);
    int changed = 0;
    for (ServiceItem item : parsed.items()) {
      String content = catalogue.write(item);
      String hash = Hashing.sha256(content);
      List<String> stored = jdbc.queryForList("select file_hash from catalogue_item where code = ?", String.class,
          item.code());
      if (stored.isEmpty()) {
        jdbc.update("insert into catalogue_item (code, department, content, source, file_hash, updated_at, updated_by)"
            + " values (?, ?, ?, 'file', ?, ?, 'catalogue-file')", item.code(), item.department(), content, hash, now());
        changed++;
      } else if (!hash.equals(stored.get(0))) {
        jdbc.update("update catalogue_item set department = ?, content = ?, source = 'file', file_hash = ?,"
            + " updated_at = ?, updated_by = 'catalogue-file' where code = ?", item.department(), content, hash, now(),
            item.code());
        changed++;
      }
    }
    requireIdentifiedDepartments();
    log.info("Catalogue {}: {} departments, {} items, {} new or changed", file.getDescription(),
        parsed.departments().size(), parsed.items().size(), changed);
  }

  /**
   * Each department gets its own approver, reviewer, head and inspector groups, so it sees only its own cases; the
   * levels of a decision (承办 approver, 审核 reviewer, 批准 leader) are these groups. A reviewer reads the department's
   * cases as one of its approvers (a member of approver-&lt;dept&gt; too); the demo approver reviews as well.
   */
  void saveDepartment(Department department) {
    String code = department.code();
    String name = department.name();
    if (jdbc.update("update catalogue_department set name = ?, uscc = ?, region_code = ? where code = ?", name,
        department.uscc(), department.regionCode(), code) == 0) {
      jdbc.update("insert into catalogue_department (code, name, uscc, region_code) values (?, ?, ?, ?)", code, name,
          department.uscc(), department.regionCode());
    }
    for (Map.Entry<String, String> role : Map.of("approver", "审批", "leader", "部门负责人", "inspector", "核查").entrySet()) {
      String group = DepartmentGroups.of(role.getKey(), code);
      groupSetup.ensureGroup(group, role.getValue() + "（" + name + "）");
      demoUsers.ifAvailable(demo -> demo.joinDemoUser(role.getKey(), group));
    }
    String reviewers = DepartmentGroups.reviewers(code);
    groupSetup.ensureGroup(reviewers, "审核（" + name + "）");
    demoUsers.ifAvailable(demo -> demo.joinDemoUser("approver", reviewers));
  }

  /**
   * A department dropped from the file stays in the database with the items edited onto it through REST; one stored
   * before departments had codes would fail its items' pushes, so the start stops and names it.
   */
  private void requireIdentifiedDepartments() {
    List<String> unidentified = jdbc.queryForList("select d.code from catalogue_department d where (d.uscc is null"
        + " or d.region_code is null) and exists (select 1 from catalogue_item i where i.department = d.code)"
        + " order by d.code", String.class);
    if (!unidentified.isEmpty()) {
      throw new CatalogueException(file.getDescription(), unidentified.stream().map(code -> "departments." + code
          + ": has items but no 统一社会信用代码 or 行政区划代码; add it to the file as " + "{ name: …, uscc: …,"
          + " regionCode: … }").toList());
    }
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
