package org.creditcommitment.catalogue;

import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the operator-edited catalogue YAML. It walks the YAML node tree rather than binding objects
 * so that every problem can name its line and field; all problems are collected, not just the first.
 */
final class CatalogueFile {

  record Parsed(Map<String, Department> departments, List<ServiceItem> items) {}

  private static final Set<String> DEPARTMENT_FIELDS = Set.of("name", "uscc", "regionCode");
  private static final String DEPARTMENT_FORM = "{ name: …, uscc: <统一社会信用代码>[, regionCode: <6 digits>] }";

  private final String source;
  private final List<String> problems = new ArrayList<>();

  private CatalogueFile(String source) {
    this.source = source;
  }

  static Parsed parse(String source, Reader reader, CatalogueValidator validator) {
    return new CatalogueFile(source).read(reader, validator);
  }

  private Parsed read(Reader reader, CatalogueValidator validator) {
    Node root;
    try {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (YAMLException e) {
      throw new CatalogueException(source, List.of("not valid YAML: " + e.getMessage()));
    }
    if (!(root instanceof MappingNode top)) {
      throw new CatalogueException(source, List.of("line 1: expected a mapping with 'departments' and 'items'"));
    }
    Map<String, Department> departments = new LinkedHashMap<>();
    List<ServiceItem> items = new ArrayList<>();
    Map<String, Node> fields = fields(top, "", Set.of("regionCode", "departments", "items"));
    String regionCode = text(fields, "regionCode");
    if (regionCode != null && !OrganCodes.isRegionCode(regionCode)) {
      problem(fields.get("regionCode"), "regionCode", "'" + regionCode + "' is not a 行政区划代码 (GB/T 2260, 6 digits)");
    }
    if (fields.get("departments") instanceof MappingNode deps) {
      for (NodeTuple tuple : deps.getValue()) {
        Department department = department(scalar(tuple.getKeyNode()), tuple.getValueNode(), regionCode);
        if (department != null) {
          departments.put(department.code(), department);
        }
      }
    } else {
      problem(top, "departments", "required: a mapping of department code to its Chinese name");
    }
    if (fields.get("items") instanceof SequenceNode list) {
      Set<String> codes = new java.util.HashSet<>();
      for (int i = 0; i < list.getValue().size(); i++) {
        Node node = list.getValue().get(i);
        String path = "items[" + i + "]";
        ServiceItem item = item(node, path);
        if (item == null) {
          continue;
        }
        if (!codes.add(item.code())) {
          problem(node, path + ".code", "duplicate item code " + item.code());
        }
        for (String p : validator.problems(item, departments.keySet())) {
          problem(node, path + "." + p.substring(0, p.indexOf(':')), p.substring(p.indexOf(':') + 2));
        }
        items.add(item);
      }
    } else {
      problem(top, "items", "required: a list of service items");
    }
    if (!problems.isEmpty()) {
      throw new CatalogueException(source, problems);
    }
    return new Parsed(departments, items);
  }

  /**
   * A department names its 统一社会信用代码 and, unless the file's {@code regionCode} applies, its own 行政区划代码: the
   * credit platform's 信用承诺 and 行政许可 items identify the 承诺受理单位 and the 许可机关 by them, so a department without
   * them is refused here, at start-up, rather than at its first push.
   */
  private Department department(String code, Node node, String fileRegionCode) {
    String path = "departments." + code;
    if (!(node instanceof MappingNode mapping)) {
      problem(node, path, "expected " + DEPARTMENT_FORM + ": the credit platform's 承诺受理单位 and 许可机关 are named by"
          + " their 统一社会信用代码 and 行政区划代码");
      return null;
    }
    Map<String, Node> f = fields(mapping, path, DEPARTMENT_FIELDS);
    String name = text(f, "name");
    String uscc = text(f, "uscc");
    String regionCode = f.containsKey("regionCode") ? text(f, "regionCode") : fileRegionCode;
    if (name == null || name.isBlank()) {
      problem(node, path + ".name", "required: the department's Chinese name");
    }
    if (uscc == null || uscc.isBlank()) {
      problem(node, path + ".uscc", "required: the department's 统一社会信用代码 (承诺受理单位 / 许可机关 of the credit push)");
    } else if (!OrganCodes.isUscc(uscc)) {
      problem(f.get("uscc"), path + ".uscc", "'" + uscc + "' is not a valid 统一社会信用代码 (GB 32100-2015:"
          + " 18 characters and the right check character)");
    }
    if (regionCode == null || regionCode.isBlank()) {
      problem(node, path + ".regionCode", "required: a 行政区划代码 (6 digits) for the department or the file's"
          + " regionCode; it leads the commitment's number on the credit platform");
    } else if (!OrganCodes.isRegionCode(regionCode)) {
      problem(f.getOrDefault("regionCode", node), path + ".regionCode", "'" + regionCode + "' is not a 行政区划代码"
          + " (GB/T 2260, 6 digits)");
    }
    return new Department(code, name, uscc, regionCode);
  }

  private static final Set<String> ITEM_FIELDS = Set.of("code", "name", "department", "openToCommitment",
      "exclusionReason", "commitmentTypes", "category", "minimumGrade", "periods", "conditions", "standards",
      "letterTemplate", "materials", "siteSurvey", "immediate", "approvalLevels", "licence");
  private static final Set<String> LICENCE_FIELDS = Set.of("category", "validity");
  private static final Set<String> PERIOD_FIELDS = Set.of("signing", "decision", "materials", "inspection",
      "rectification", "extension");

  private ServiceItem item(Node node, String path) {
    if (!(node instanceof MappingNode mapping)) {
      problem(node, path, "expected a mapping");
      return null;
    }
    Map<String, Node> f = fields(mapping, path, ITEM_FIELDS);
    Set<CommitmentType> types = EnumSet.noneOf(CommitmentType.class);
    if (f.get("commitmentTypes") instanceof SequenceNode seq) {
      for (Node t : seq.getValue()) {
        try {
          types.add(CommitmentType.valueOf(scalar(t)));
        } catch (IllegalArgumentException e) {
          problem(t, path + ".commitmentTypes", "unknown commitment type '" + scalar(t)
              + "' (NOTIFY_COMMIT or TOLERATE_MISSING)");
        }
      }
    } else if (f.containsKey("commitmentTypes")) {
      problem(f.get("commitmentTypes"), path + ".commitmentTypes", "expected a list");
    }
    Map<CommitmentType, String> minimum = new EnumMap<>(CommitmentType.class);
    if (f.get("minimumGrade") instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        try {
          minimum.put(CommitmentType.valueOf(scalar(t.getKeyNode())), scalar(t.getValueNode()));
        } catch (IllegalArgumentException e) {
          problem(t.getKeyNode(), path + ".minimumGrade", "unknown commitment type '" + scalar(t.getKeyNode()) + "'");
        }
      }
    }
    CommitmentCategory category = null;
    String categoryText = text(f, "category");
    if (categoryText != null) {
      category = CommitmentCategory.parse(categoryText).orElse(null);
      if (category == null) {
        problem(f.get("category"), path + ".category", "unknown category '" + categoryText
            + "' (审批替代型, 证明事项型, 信用修复型, 行业自律型, 主动型, 其他)");
      }
    }
    ServiceItem.Periods periods = null;
    if (f.get("periods") instanceof MappingNode p) {
      Map<String, Node> pf = fields(p, path + ".periods", PERIOD_FIELDS);
      periods = new ServiceItem.Periods(text(pf, "signing"), text(pf, "decision"), text(pf, "materials"),
          text(pf, "inspection"), text(pf, "rectification"), text(pf, "extension"));
    }
    List<String> materials = new ArrayList<>();
    List<String> tolerable = new ArrayList<>();
    if (f.get("materials") instanceof SequenceNode seq) {
      for (Node m : seq.getValue()) {
        material(m, path + ".materials", materials, tolerable);
      }
    }
    return new ServiceItem(text(f, "code"), text(f, "name"), text(f, "department"),
        flag(f, path, "openToCommitment"), text(f, "exclusionReason"), types, category, minimum, periods,
        text(f, "conditions"), text(f, "standards"), text(f, "letterTemplate"), materials, tolerable,
        flag(f, path, "siteSurvey"), flag(f, path, "immediate"), levels(f, path), licence(f, path));
  }

  /** {@code licence: { category: 普通, validity: P5Y }}; absent is the default terms, checked by the validator. */
  private ServiceItem.Licence licence(Map<String, Node> fields, String path) {
    Node node = fields.get("licence");
    if (node == null) {
      return null;
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(node, path + ".licence", "expected { category: 普通|特许|认可|核准|登记|其他, validity: P5Y }");
      return null;
    }
    Map<String, Node> l = fields(mapping, path + ".licence", LICENCE_FIELDS);
    String categoryText = text(l, "category");
    LicenceCategory category = null;
    if (categoryText != null) {
      category = LicenceCategory.parse(categoryText).orElse(null);
      if (category == null) {
        problem(l.get("category"), path + ".licence.category", "unknown 许可类别 '" + categoryText
            + "' (普通, 特许, 认可, 核准, 登记, 其他)");
      }
    }
    return new ServiceItem.Licence(category, text(l, "validity"));
  }

  /** A whole number of levels; absent is 0, which the item reads as one. */
  private int levels(Map<String, Node> fields, String path) {
    String value = text(fields, "approvalLevels");
    if (value == null) {
      return 0;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      problem(fields.get("approvalLevels"), path + ".approvalLevels", "expected 1, 2 or 3");
      return 0;
    }
  }

  /** A true/false field; absent is false. */
  private boolean flag(Map<String, Node> fields, String path, String key) {
    String value = text(fields, key);
    if (value != null && !value.equals("true") && !value.equals("false")) {
      problem(fields.get(key), path + "." + key, "expected true or false");
    }
    return "true".equals(value);
  }

  private static final Set<String> MATERIAL_FIELDS = Set.of("name", "tolerable");

  /**
   * A material is its name (substantive: it cannot be missing) or {@code {name: …, tolerable: true}}, one that an
   * applicant under 容缺受理 may supply later.
   */
  private void material(Node node, String path, List<String> materials, List<String> tolerable) {
    if (node instanceof ScalarNode) {
      materials.add(scalar(node));
      return;
    }
    if (!(node instanceof MappingNode mapping)) {
      problem(node, path, "expected a material name or {name: …, tolerable: true|false}");
      return;
    }
    Map<String, Node> m = fields(mapping, path, MATERIAL_FIELDS);
    String name = text(m, "name");
    if (name == null || name.isBlank()) {
      problem(node, path + ".name", "required");
      return;
    }
    materials.add(name);
    if (flag(m, path, "tolerable")) {
      tolerable.add(name);
    }
  }

  private Map<String, Node> fields(MappingNode mapping, String path, Set<String> allowed) {
    Map<String, Node> fields = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = scalar(tuple.getKeyNode());
      if (!allowed.contains(key)) {
        problem(tuple.getKeyNode(), path.isEmpty() ? key : path + "." + key, "unknown field");
      }
      fields.put(key, tuple.getValueNode());
    }
    return fields;
  }

  private String text(Map<String, Node> fields, String key) {
    Node node = fields.get(key);
    return node instanceof ScalarNode s ? s.getValue().strip() : null;
  }

  private static String scalar(Node node) {
    return node instanceof ScalarNode s ? s.getValue().strip() : String.valueOf(node.getNodeId());
  }

  private void problem(Node node, String field, String message) {
    problems.add(source + " line " + (node.getStartMark().getLine() + 1) + ", " + field + ": " + message);
  }
}
