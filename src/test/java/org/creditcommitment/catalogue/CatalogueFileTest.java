package org.creditcommitment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.creditcommitment.credit.GradeScale;
import org.junit.jupiter.api.Test;

/** The operator's catalogue file: the shipped one loads; each kind of bad line is named by line and field. */
class CatalogueFileTest {

  private final CatalogueValidator validator = new CatalogueValidator(GradeScale.of(GradeScale.DEFAULT));

  private static final String HEADER = """
      departments:
        scjg: { name: 市场监督管理局, uscc: 11445281MB2C00010B, regionCode: "445281" }
      items:
      """;

  private static final String GOOD_ITEM = """
        - code: T-001
          name: 测试事项
          department: scjg
          openToCommitment: true
          category: 审批替代型
          commitmentTypes: [NOTIFY_COMMIT, TOLERATE_MISSING]
          periods: { signing: 5WD, decision: 10WD, materials: 20WD, inspection: P3M, rectification: 15WD }
          conditions: 条件
          standards: 标准
          materials: [申请书, { name: 营业执照, tolerable: true }]
      """;

  private CatalogueFile.Parsed parse(String yaml) {
    return CatalogueFile.parse("test.yaml", new StringReader(yaml), validator);
  }

  @Test
  void shippedDemoCatalogueLoadsWithAnExcludedItem() throws Exception {
    try (var reader = new InputStreamReader(getClass().getResourceAsStream("/catalogue/catalogue.yaml"),
        StandardCharsets.UTF_8)) {
      CatalogueFile.Parsed parsed = CatalogueFile.parse("catalogue.yaml", reader, validator);
      assertThat(parsed.items()).hasSizeGreaterThanOrEqualTo(10);
      assertThat(parsed.departments()).hasSizeGreaterThanOrEqualTo(4);
      assertThat(parsed.items()).anyMatch(i -> !i.openToCommitment());
      assertThat(parsed.items()).filteredOn(ServiceItem::openToCommitment)
          .allSatisfy(i -> assertThat(i.materials()).isNotEmpty());
    }
  }

  @Test
  void aDepartmentCarriesTheOrganCodesTheCreditPlatformNamesItBy() {
    assertThat(parse(HEADER + GOOD_ITEM).departments().get("scjg"))
        .isEqualTo(new Department("scjg", "市场监督管理局", "11445281MB2C00010B", "445281"));
    String fileRegion = "regionCode: \"445202\"\n" + HEADER.replace(", regionCode: \"445281\"", "");
    assertThat(parse(fileRegion + GOOD_ITEM).departments().get("scjg").regionCode()).isEqualTo("445202");
  }

  @Test
  void aDepartmentWithoutAValidUsccOrRegionCodeStopsTheImportWithItsLine() {
    assertThatThrownBy(() -> parse(HEADER.replace("{ name: 市场监督管理局, uscc: 11445281MB2C00010B, regionCode: \"445281\" }",
        "市场监督管理局") + GOOD_ITEM)).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("test.yaml line 2, departments.scjg: expected { name: …, uscc:");
    assertThatThrownBy(() -> parse(HEADER.replace(", uscc: 11445281MB2C00010B", "") + GOOD_ITEM))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("departments.scjg.uscc: required");
    assertThatThrownBy(() -> parse(HEADER.replace("00010B", "00010C") + GOOD_ITEM))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("departments.scjg.uscc: '11445281MB2C00010C' is not a valid 统一社会信用代码");
    assertThatThrownBy(() -> parse(HEADER.replace(", regionCode: \"445281\"", "") + GOOD_ITEM))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("departments.scjg.regionCode: required");
    assertThatThrownBy(() -> parse(HEADER.replace("445281", "44528") + GOOD_ITEM))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("departments.scjg.regionCode: '44528' is not a 行政区划代码");
  }

  @Test
  void anItemsLicenceIsAGeneralOneWithoutAFixedTermUnlessItSaysOtherwise() {
    ServiceItem plain = parse(HEADER + GOOD_ITEM).items().get(0);
    assertThat(plain.licence()).isNull();
    assertThat(plain.licenceTerms()).isEqualTo(new ServiceItem.Licence(LicenceCategory.GENERAL, null));
    ServiceItem approval = parse(HEADER + GOOD_ITEM.replace("conditions:",
        "licence: { category: 核准, validity: P5Y }\n    conditions:")).items().get(0);
    assertThat(approval.licenceTerms().category()).isEqualTo(LicenceCategory.APPROVAL);
    assertThat(approval.licenceTerms().validUntil(java.time.LocalDate.of(2026, 3, 1)))
        .contains(java.time.LocalDate.of(2031, 2, 28));
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("conditions:",
        "licence: { category: 长期 }\n    conditions:"))).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("items[0].licence.category: unknown 许可类别 '长期'");
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("conditions:",
        "licence: { validity: 5 years }\n    conditions:"))).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("licence.validity: '5 years' is not an ISO-8601 period");
  }

  @Test
  void theShippedCatalogueNamesEveryDepartmentByItsCodes() throws Exception {
    try (var reader = new InputStreamReader(getClass().getResourceAsStream("/catalogue/catalogue.yaml"),
        StandardCharsets.UTF_8)) {
      assertThat(CatalogueFile.parse("catalogue.yaml", reader, validator).departments().values())
          .allSatisfy(d -> {
            assertThat(OrganCodes.isUscc(d.uscc())).as(d.code()).isTrue();
            assertThat(d.regionCode()).isEqualTo("445281");
          });
    }
  }

  @Test
  void onlyAnItemOfferingNotifyCommitMayBeDecidedOnTheSpot() {
    assertThat(parse(HEADER + GOOD_ITEM.replace("conditions:", "immediate: true\n    siteSurvey: true\n    conditions:"))
        .items().get(0)).satisfies(item -> {
          assertThat(item.immediate()).isTrue();
          assertThat(item.siteSurvey()).isTrue();
        });
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("[NOTIFY_COMMIT, TOLERATE_MISSING]", "[TOLERATE_MISSING]")
        .replace("conditions:", "immediate: true\n    conditions:")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("immediate");
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("decision: 10WD", "decision: 0WD")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("periods.decision");
  }

  @Test
  void anItemPassesOneToThreeApprovalLevelsAndOneWhenItSaysNothing() {
    assertThat(parse(HEADER + GOOD_ITEM).items().get(0).levels()).isEqualTo(1);
    assertThat(parse(HEADER + GOOD_ITEM.replace("conditions:", "approvalLevels: 3\n    conditions:")).items().get(0)
        .levels()).isEqualTo(3);
    for (String bad : new String[] {"4", "-1", "two"}) {
      assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("conditions:", "approvalLevels: " + bad
          + "\n    conditions:"))).as(bad).isInstanceOf(CatalogueException.class)
          .hasMessageContaining("items[0].approvalLevels");
    }
  }

  @Test
  void goodItemIsReadCompletely() {
    ServiceItem item = parse(HEADER + GOOD_ITEM).items().get(0);
    assertThat(item.commitmentTypes()).containsExactlyInAnyOrder(CommitmentType.NOTIFY_COMMIT, CommitmentType.TOLERATE_MISSING);
    assertThat(item.category()).isEqualTo(CommitmentCategory.APPROVAL_SUBSTITUTE);
    assertThat(item.periods().inspection()).isEqualTo("P3M");
    assertThat(item.materials()).containsExactly("申请书", "营业执照");
    assertThat(item.tolerableMaterials()).containsExactly("营业执照");
  }

  @Test
  void unknownDepartmentIsNamedWithItsLine() {
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("department: scjg", "department: nowhere")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("line 4").hasMessageContaining("items[0].department");
  }

  @Test
  void badPeriodIsNamed() {
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("decision: 10WD", "decision: ten days")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("items[0].periods.decision");
  }

  @Test
  void unknownCommitmentTypeAndCategoryAreNamed() {
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("[NOTIFY_COMMIT, TOLERATE_MISSING]", "[NOTIFY]")
        .replace("审批替代型", "随便型")))
        .isInstanceOf(CatalogueException.class)
        .satisfies(e -> assertThat(((CatalogueException) e).problems())
            .anyMatch(p -> p.contains("unknown commitment type 'NOTIFY'"))
            .anyMatch(p -> p.contains("unknown category '随便型'")));
  }

  @Test
  void minimumGradeMustBeOnTheScale() {
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("openToCommitment: true",
        "openToCommitment: true\n    minimumGrade: { NOTIFY_COMMIT: AAAA }")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("'AAAA'");
  }

  @Test
  void unknownFieldAndDuplicateCodeAreRefused() {
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM + GOOD_ITEM.replace("name: 测试事项", "nmae: 测试事项")))
        .isInstanceOf(CatalogueException.class)
        .satisfies(e -> assertThat(((CatalogueException) e).problems())
            .anyMatch(p -> p.contains("items[1].nmae: unknown field"))
            .anyMatch(p -> p.contains("duplicate item code T-001")));
  }

  @Test
  void anApplicationItemIsOnlyApprovalSubstituteOrCertificationAndAnyOtherCategoryIsRefusedNamingTheItem() {
    for (String category : java.util.List.of("信用修复型", "行业自律型", "主动型", "其他", "VOLUNTARY")) {
      assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("审批替代型", category)))
          .as(category).isInstanceOf(CatalogueException.class)
          .satisfies(e -> assertThat(((CatalogueException) e).problems()).singleElement().satisfies(p -> assertThat(p)
              .contains("line 4").contains("items[0].category").contains("T-001").contains("测试事项")
              .contains("审批替代型、证明事项型")));
    }
    assertThat(parse(HEADER + GOOD_ITEM.replace("审批替代型", "证明事项型")).items().get(0).category())
        .isEqualTo(CommitmentCategory.CERTIFICATION);
  }

  @Test
  void anItemClosedToCommitmentMayBeOtherButNeverAVoluntaryOrRepairCategory() {
    String closed = """
          - code: T-002
            name: 危险品
            department: scjg
            openToCommitment: false
            exclusionReason: 涉及安全生产
            category: 其他
        """;
    assertThat(parse(HEADER + closed).items().get(0).category()).isEqualTo(CommitmentCategory.OTHER);
    assertThatThrownBy(() -> parse(HEADER + closed.replace("其他", "主动型"))).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("items[0].category").hasMessageContaining("T-002");
  }

  @Test
  void theDemoCatalogueLabelsEveryItemOpenToCommitmentAsAnApplicationCategory() throws Exception {
    try (var reader = new InputStreamReader(getClass().getResourceAsStream("/catalogue/catalogue.yaml"),
        StandardCharsets.UTF_8)) {
      CatalogueFile.Parsed parsed = CatalogueFile.parse("catalogue.yaml", reader, validator);
      assertThat(parsed.items()).filteredOn(ServiceItem::openToCommitment)
          .allSatisfy(i -> assertThat(CommitmentCategory.APPLICATION).as(i.code()).contains(i.category()));
      assertThat(parsed.items()).filteredOn(i -> i.code().equals("RSJ-LW-002") || i.code().equals("CGJ-JZ-002"))
          .hasSize(2).allSatisfy(i -> assertThat(i.category()).isEqualTo(CommitmentCategory.APPROVAL_SUBSTITUTE));
    }
  }

  @Test
  void excludedItemNeedsAReason() {
    assertThatThrownBy(() -> parse(HEADER + """
          - code: T-002
            name: 危险品
            department: scjg
            openToCommitment: false
            category: 其他
        """)).isInstanceOf(CatalogueException.class).hasMessageContaining("exclusionReason");
  }

  @Test
  void letterTemplateMayUseOnlyKnownPlaceholders() {
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("conditions: 条件",
        "conditions: 条件\n    letterTemplate: \"承诺书 ${caseNo} ${secret}\"")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("[secret]");
  }

  @Test
  void aMaterialIsSubstantiveUnlessMarkedTolerableAndTheApplicationFormNeverIs() {
    ServiceItem item = parse(HEADER + GOOD_ITEM).items().get(0);
    assertThat(item.tolerates("申请书")).isFalse();
    assertThat(item.tolerates("营业执照")).isTrue();
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("[申请书, ", "[{ name: 申请书, tolerable: true }, ")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("items[0].materials")
        .hasMessageContaining("'申请书' is the application form");
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("{ name: 营业执照, tolerable: true }", "营业执照")))
        .isInstanceOf(CatalogueException.class)
        .hasMessageContaining("an item offering TOLERATE_MISSING marks at least one material tolerable");
    assertThatThrownBy(() -> parse(HEADER + GOOD_ITEM.replace("tolerable: true", "tolerable: maybe")))
        .isInstanceOf(CatalogueException.class).hasMessageContaining("tolerable: expected true or false");
  }

  @Test
  void theDemoCatalogueTolerateMissingItemsNameTolerableMaterialsAndNeverTheApplicationForm() throws Exception {
    try (var reader = new InputStreamReader(getClass().getResourceAsStream("/catalogue/catalogue.yaml"),
        StandardCharsets.UTF_8)) {
      CatalogueFile.Parsed parsed = CatalogueFile.parse("catalogue.yaml", reader, validator);
      assertThat(parsed.items()).filteredOn(i -> i.offers(CommitmentType.TOLERATE_MISSING)).isNotEmpty()
          .allSatisfy(i -> assertThat(i.tolerableMaterials()).isNotEmpty()
              .noneMatch(CatalogueValidator::isApplicationForm));
    }
  }

  @Test
  void malformedYamlIsReported() {
    assertThatThrownBy(() -> parse("departments: [unclosed")).isInstanceOf(CatalogueException.class)
        .hasMessageContaining("not valid YAML");
  }
}
