package org.creditcommitment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.creditcommitment.reliability.CaseDriver.DrivenCase;
import org.creditcommitment.reliability.CaseDriver.Plan;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the process-level scenarios of lifecycle cases share ({@link ReliabilityIT}, {@link SoakIT}): the nodes'
 * arguments, the test catalogue, and the common end check that nothing was lost and nothing happened twice.
 */
final class Lifecycles {

  private Lifecycles() {}

  /** The application arguments of a node on the http credit adapter against {@code platform}. */
  static List<String> nodeArguments(Path catalogue, CreditPlatformStub platform) {
    return List.of(
        "--cc.catalogue.file=file:" + catalogue,
        "--cc.credit.adapter=http",
        "--cc.credit.http.base-url=" + platform.baseUrl(),
        "--cc.credit.http.retries=1",
        "--cc.credit.http.backoff=200ms",
        "--cc.credit.http.read-timeout=3s",
        // every case drawn for inspection, so each plan has one set of notifications to check
        "--cc.supervision.inspection-tiers[AAA].share=1.0",
        "--cc.supervision.inspection-tiers[AA].share=1.0");
  }

  /** The product catalogue plus one item whose signing period is seconds, so deadlines fall due during a run. */
  static Path testCatalogue(Path work) throws IOException {
    Path file = work.resolve("catalogue.yaml");
    if (!Files.exists(file)) {
      String product;
      try (InputStream in = Lifecycles.class.getResourceAsStream("/catalogue/catalogue.yaml")) {
        product = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String item = String.join("\n",
          "",
          "  - code: " + CaseDriver.FAST_ITEM,
          "    name: 食品经营许可（可靠性测试，签署期限" + CaseDriver.FAST_SIGNING + "）",
          "    department: scjg",
          "    openToCommitment: true",
          "    category: 审批替代型",
          "    commitmentTypes: [NOTIFY_COMMIT]",
          "    periods: { signing: " + CaseDriver.FAST_SIGNING + ", decision: 10WD, inspection: P3M, rectification: 15WD }",
          "    conditions: 有与经营的食品品种、数量相适应的经营场所。",
          "    standards: 《食品经营许可和备案管理办法》。",
          "    materials: [食品经营许可申请书, 营业执照复印件]",
          "");
      Files.writeString(file, product.stripTrailing() + "\n" + item);
    }
    return file;
  }

  /**
   * Every case reached its planned end once; no step, push, notification or deadline happened twice or not at all.
   * Totals go to {@code figures} ({@code total.*}).
   */
  static void assertNothingLostNothingTwice(JdbcTemplate db, CreditPlatformStub platform, List<DrivenCase> cases,
      Map<String, Object> figures) {
    String nos = caseNos(cases);
    for (DrivenCase c : cases) {
      assertThat(c.endState).as(c.toString()).isEqualTo(c.plan.name());
    }
    assertThat(db.queryForObject("select count(*) from commitment_case where case_no in (" + nos + ")", Long.class))
        .as("one case per application").isEqualTo(cases.size());
    assertThat(db.queryForObject("select count(*) from commitment_case where applicant_code in ("
        + cases.stream().map(c -> "'" + c.applicantCode + "'").collect(Collectors.joining(",")) + ")", Long.class))
        .as("no application was opened twice").isEqualTo(cases.size());
    // each activity ran once per case (these paths have no loops)
    List<Map<String, Object>> repeated = db.queryForList("select a.proc_inst_id_, a.act_id_, count(*) n from act_hi_actinst a"
        + " join commitment_case c on c.process_instance_id = a.proc_inst_id_ where c.case_no in (" + nos + ")"
        + " group by a.proc_inst_id_, a.act_id_ having count(*) > 1");
    assertThat(repeated).as("activities executed twice").isEmpty();
    // notifications: at most one per case and type, and every case of a plan got the same ones
    assertThat(db.queryForList("select case_no, type, count(*) n from notification_outbox where case_no in (" + nos
        + ") group by case_no, type having count(*) > 1")).as("duplicated notifications").isEmpty();
    Map<Plan, Set<String>> expected = new EnumMap<>(Plan.class);
    for (DrivenCase c : cases) {
      Set<String> types = new TreeSet<>(db.queryForList(
          "select type from notification_outbox where case_no = ?", String.class, c.caseNo));
      Set<String> first = expected.putIfAbsent(c.plan, types);
      assertThat(types).as("notifications of " + c).isEqualTo(first == null ? types : first).isNotEmpty();
    }
    figures.merge("total.notifications", db.queryForObject("select count(*) from notification_outbox where case_no in ("
        + nos + ")", Long.class), (a, b) -> (Long) a + (Long) b);
    // deadlines: none overdue and unfired, none failed, every abandoned case's signing deadline fired once
    assertThat(db.queryForList("select id, kind, status from deadline where business_key in (" + nos
        + ") and status in ('SCHEDULED', 'REMINDED') and due_at < ?", Instant.now().minusSeconds(20)
            .atOffset(java.time.ZoneOffset.UTC))).as("deadlines that fell due and never fired").isEmpty();
    assertThat(db.queryForList("select id from deadline where business_key in (" + nos + ") and outcome = 'FAILED'"))
        .isEmpty();
    for (DrivenCase c : cases.stream().filter(c -> c.plan == Plan.ABANDONED).toList()) {
      assertThat(db.queryForList("select outcome from deadline where business_key = ? and kind = 'signing'"
          + " and status = 'FIRED'", String.class, c.caseNo)).as("signing deadline of " + c).containsExactly("CORRELATED");
    }
    figures.merge("total.deadlinesFired", db.queryForObject("select count(*) from deadline where business_key in ("
        + nos + ") and status = 'FIRED'", Long.class), (a, b) -> (Long) a + (Long) b);
    // pushes on the platform's side: one record per key, one key per fact, exactly the facts each plan makes
    Map<String, List<CreditPlatformStub.Stored>> byReference = platform.records().stream()
        .collect(Collectors.groupingBy(r -> r.type() + ":" + r.reference()));
    Map<String, String> inspections = platform.inspections();
    for (DrivenCase c : cases) {
      List<CreditPlatformStub.Stored> commitment = byReference.getOrDefault("COMMITMENT:" + c.caseNo, List.of());
      assertThat(commitment).as("COMMITMENT pushes of " + c).hasSize(c.plan == Plan.FULFILLED ? 1 : 0);
      assertThat(inspections.values().stream().filter(c.caseNo::equals).count())
          .as("inspection results of " + c).isEqualTo(c.plan == Plan.FULFILLED ? 1 : 0);
    }
    figures.merge("total.pushes", cases.stream().filter(c -> c.plan == Plan.FULFILLED).count() * 2,
        (a, b) -> (Long) a + (Long) b);
    figures.put("total.lost", 0);
    figures.put("total.duplicated", 0);
  }

  /** The cases' numbers as a quoted SQL list (cases without a number yet left out). */
  static String caseNos(List<DrivenCase> cases) {
    return cases.stream().filter(c -> c.caseNo != null).map(c -> "'" + c.caseNo + "'").collect(Collectors.joining(","));
  }
}
