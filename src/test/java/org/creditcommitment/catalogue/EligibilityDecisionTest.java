package org.creditcommitment.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.creditcommitment.system.ParsedOnceFeelEngineFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DMN table bpmn/commitment-eligibility.dmn against the rules of 平龙政服领办〔2022〕11号 (grades) and
 * 义政数〔2020〕17号 (lists): every grade of the default scale x both commitment types x each list flag, with
 * and without an item-specific minimum.
 */
class EligibilityDecisionTest {

  private static final List<String> SCALE = List.of("AAA", "AA", "A+", "A", "A-", "B", "C", "D");
  private static final List<String> TYPES = List.of("NOTIFY_COMMIT", "TOLERATE_MISSING");
  private static DmnEngine engine;
  private static List<DmnDecision> decisions;
  /** The FEEL engine the application's process engine runs decisions with: each expression parsed once. */
  private static DmnEngine parsedOnce;
  private static List<DmnDecision> parsedOnceDecisions;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = EligibilityDecisionTest.class.getResourceAsStream("/commitment-eligibility.dmn")) {
      decisions = engine.parseDecisions(dmn);
    }
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.setFeelEngineFactory(new ParsedOnceFeelEngineFactory(configuration::getFeelCustomFunctionProviders));
    parsedOnce = configuration.buildEngine();
    try (InputStream dmn = EligibilityDecisionTest.class.getResourceAsStream("/commitment-eligibility.dmn")) {
      parsedOnceDecisions = parsedOnce.parseDecisions(dmn);
    }
  }

  private static DmnDecision decision(String key) {
    return decisions.stream().filter(d -> d.getKey().equals(key)).findFirst().orElseThrow();
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (String grade : SCALE) {
      for (String type : TYPES) {
        for (int flags = 0; flags < 8; flags++) {
          for (String minimum : new String[] {null, "A", "AAA"}) {
            all.add(Arguments.of(grade, type, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, minimum));
          }
        }
      }
    }
    return all.stream();
  }

  /** The rules in plain Java, as the policy documents state them. */
  private static boolean expectedEligible(String grade, String type, boolean blacklisted, boolean penalty,
      boolean barred, String minimum) {
    if (blacklisted || penalty || barred) {
      return false;
    }
    int rank = SCALE.indexOf(grade);
    if (rank > SCALE.indexOf("A-")) {
      return false;
    }
    if (minimum != null) {
      return rank <= SCALE.indexOf(minimum);
    }
    return type.equals("NOTIFY_COMMIT") ? rank <= SCALE.indexOf("AA") : rank <= SCALE.indexOf("AAA");
  }

  @ParameterizedTest(name = "{0} {1} blacklisted={2} penalty={3} barred={4} itemMinimum={5}")
  @MethodSource("everyCombination")
  void eligibilityFollowsGradeTypeAndLists(String grade, String type, boolean blacklisted, boolean penalty,
      boolean barred, String minimum) {
    Map<String, Object> input = new HashMap<>();
    input.put("grade", grade);
    input.put("gradeRank", SCALE.indexOf(grade) + 1);
    input.put("requestedType", type);
    input.put("minimumGradeRank", minimum == null ? null : SCALE.indexOf(minimum) + 1);
    input.put("blacklisted", blacklisted);
    input.put("unperformedPenalty", penalty);
    input.put("commitmentBarred", barred);

    DmnDecisionResult result = engine.evaluateDecision(decision("commitment-eligibility"), input);

    assertThat(result.getSingleResult().<Boolean>getEntry("eligible"))
        .isEqualTo(expectedEligible(grade, type, blacklisted, penalty, barred, minimum));
    assertThat(result.getSingleResult().<String>getEntry("reason")).isNotBlank();
    for (int round = 0; round < 2; round++) {
      assertThat(parsedOnce.evaluateDecision(parsedOnceDecision("commitment-eligibility"), input).getSingleResult()
          .getEntryMap()).as("parsing each expression once decides the same").isEqualTo(
              result.getSingleResult().getEntryMap());
    }
  }

  @ParameterizedTest(name = "{0} redListed={1}")
  @MethodSource("everyGradeRedListedOrNot")
  void theBenefitsAreTheSameWhenEachExpressionIsParsedOnce(String grade, boolean redListed) {
    Map<String, Object> input = Map.of("grade", grade, "redListed", redListed);
    List<Object> benefits = engine.evaluateDecision(decision("grade-benefits"), input).collectEntries("benefit");
    for (int round = 0; round < 2; round++) {
      assertThat(parsedOnce.evaluateDecision(parsedOnceDecision("grade-benefits"), input).collectEntries("benefit"))
          .isEqualTo(benefits);
    }
  }

  static Stream<Arguments> everyGradeRedListedOrNot() {
    return Stream.concat(SCALE.stream(), Stream.of("优", "良", "中", "差"))
        .flatMap(grade -> Stream.of(Arguments.of(grade, false), Arguments.of(grade, true)));
  }

  private static DmnDecision parsedOnceDecision(String key) {
    return parsedOnceDecisions.stream().filter(d -> d.getKey().equals(key)).findFirst().orElseThrow();
  }

  @Test
  void blacklistIsTheReasonGivenFirst() {
    Map<String, Object> input = new HashMap<>(Map.of("grade", "B", "gradeRank", 6, "requestedType", "NOTIFY_COMMIT",
        "blacklisted", true, "unperformedPenalty", true, "commitmentBarred", false));
    input.put("minimumGradeRank", null);
    var result = engine.evaluateDecision(decision("commitment-eligibility"), input).getSingleResult();
    assertThat(result.<String>getEntry("reasonCode")).isEqualTo("BLACKLISTED");
    assertThat(result.<String>getEntry("reason")).contains("严重失信主体名单");
  }

  @Test
  void benefitsGrowWithTheGrade() {
    assertThat(benefits("A-")).containsExactly("预约办理", "帮办代办", "免费邮寄", "企业开办大礼包");
    assertThat(benefits("AA")).containsExactly("预约办理", "帮办代办", "免费邮寄", "企业开办大礼包", "承诺即入", "告知承诺",
        "专班服务");
    assertThat(benefits("AAA")).containsExactly("预约办理", "帮办代办", "免费邮寄", "企业开办大礼包", "承诺即入", "告知承诺",
        "专班服务", "绿色通道", "容缺受理", "上门办理", "现场免勘验");
    assertThat(benefits("B")).isEmpty();
    assertThat(benefits("优")).hasSize(11);
    assertThat(benefits("良")).hasSize(4);
  }

  @Test
  void theRedListEarnsOnSiteServiceTheGreenChannelAndExtendedHoursWhateverTheGrade() {
    assertThat(engine.evaluateDecision(decision("grade-benefits"), Map.of("grade", "A", "redListed", true))
        .collectEntries("benefit")).contains("上门服务", "绿色通道", "延时服务");
  }

  @Test
  void theAlternativeScaleWorksWithoutCodeChanges() {
    Map<String, Object> input = new HashMap<>(Map.of("grade", "中", "gradeRank", 3, "requestedType", "NOTIFY_COMMIT",
        "blacklisted", false, "unperformedPenalty", false, "commitmentBarred", false));
    input.put("minimumGradeRank", null);
    assertThat(engine.evaluateDecision(decision("commitment-eligibility"), input).getSingleResult()
        .<Boolean>getEntry("eligible")).isFalse();
    input.put("grade", "优");
    input.put("gradeRank", 1);
    assertThat(engine.evaluateDecision(decision("commitment-eligibility"), input).getSingleResult()
        .<Boolean>getEntry("eligible")).isTrue();
  }

  private static List<Object> benefits(String grade) {
    return engine.evaluateDecision(decision("grade-benefits"), Map.of("grade", grade, "redListed", false))
        .collectEntries("benefit");
  }
}
