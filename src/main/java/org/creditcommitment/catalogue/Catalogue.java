package org.creditcommitment.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.RecentlyUsed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The live service-item catalogue. It is read from the database on every call, so an edit made on
 * one node of a cluster is seen by all; {@link CatalogueImport} fills it from the operator's file.
 */
@Service
public class Catalogue {

  /** Every item's current content and then some: edits add entries, the least recently read fall out. */
  static final int MAX_PARSED = 1024;

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  /**
   * Items by their stored content: the row is read on every call (so every node sees an edit at once), but the same
   * content is parsed once. Keyed by the content itself, an edit can never be answered with the item before it.
   */
  private final RecentlyUsed<String, ServiceItem> parsed = new RecentlyUsed<>(MAX_PARSED);

  Catalogue(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  public Optional<ServiceItem> find(String code) {
    return jdbc.query("select content from catalogue_item where code = ?", (rs, n) -> read(rs.getString(1)), code)
        .stream().findFirst();
  }

  /** The item an applicant asked for, or a 400 that says why it cannot be used for a commitment. */
  public ServiceItem requireOpen(String code, CommitmentType type) {
    ServiceItem item = find(code).orElseThrow(() -> ApiException.badRequest("unknown-item",
        "事项编码「" + code + "」不在信用承诺事项清单中（清单外事项不纳入）",
        "Item '" + code + "' is not in the service-item catalogue"));
    if (!item.openToCommitment()) {
      throw ApiException.badRequest("item-excluded",
          "事项「" + item.name() + "」不适用信用承诺：" + item.exclusionReason(),
          "Item '" + code + "' is excluded from commitment mode: " + item.exclusionReason());
    }
    if (type != null && !item.offers(type)) {
      throw ApiException.badRequest("type-not-offered",
          "事项「" + item.name() + "」不提供「" + type.label() + "」方式，可选：" + item.commitmentTypes(),
          "Item '" + code + "' does not offer " + type + "; it offers " + item.commitmentTypes());
    }
    return item;
  }

  public List<ServiceItem> all() {
    return jdbc.query("select content from catalogue_item order by code", (rs, n) -> read(rs.getString(1)));
  }

  public Map<String, String> departments() {
    Map<String, String> departments = new LinkedHashMap<>();
    jdbc.query("select code, name from catalogue_department order by code",
        rs -> {
          departments.put(rs.getString(1), rs.getString(2));
        });
    return departments;
  }

  /** The department with the codes the credit platform names it by; empty for an unknown code. */
  public Optional<Department> department(String code) {
    return jdbc.query("select code, name, uscc, region_code from catalogue_department where code = ?",
        (rs, n) -> new Department(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)), code).stream()
        .findFirst();
  }

  public String departmentName(String code) {
    return departments().getOrDefault(code, code);
  }

  ServiceItem read(String content) {
    return parsed.get(content, this::parse);
  }

  private ServiceItem parse(String content) {
    try {
      return json.readValue(content, ServiceItem.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored catalogue item is unreadable", e);
    }
  }

  String write(ServiceItem item) {
    try {
      return json.writeValueAsString(item);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
