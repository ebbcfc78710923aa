package org.creditcommitment.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.creditcommitment.reliability.FilingDriver.Filing;
import org.creditcommitment.reliability.FilingDriver.Kind;
import org.creditcommitment.reliability.FilingDriver.Plan;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The end check for objections, credit repairs and voluntary commitments, in the spirit of
 * {@link Lifecycles#assertNothingLostNothingTwice}: each filing was filed once, ended once with its planned outcome,
 * its process ended without an activity twice, no notification or document twice, and the credit platform holds
 * exactly the facts the plan makes, each under one key.
 */
final class FilingChecks {

  private FilingChecks() {}

  private record Table(String name, String numberColumn, String keyColumn, String outcomeColumn) {}

  private static final Map<Kind, Table> TABLES = Map.of(
      Kind.OBJECTION, new Table("credit_objection", "objection_no", "record_id", "outcome"),
      Kind.REPAIR, new Table("credit_repair", "repair_no", "record_id", "outcome"),
      Kind.VOLUNTARY, new Table("voluntary_commitment", "voluntary_no", "subject_code", "status"));

  static void assertEachEndedOnceWithOneOutcome(JdbcTemplate db, CreditPlatformStub platform, List<Filing> filings,
      Map<String, Object> figures) {
    for (Filing f : filings) {
      assertThat(f.outcome).as("outcome the client saw: " + f).isEqualTo(f.plan.outcome);
    }
    for (Kind kind : Kind.values()) {
      List<Filing> ofKind = filings.stream().filter(f -> f.plan.kind == kind).toList();
      if (!ofKind.isEmpty()) {
        assertRowsEndedOnce(db, TABLES.get(kind), ofKind);
      }
    }
    if (filings.isEmpty()) {
      return;
    }
    assertProcessesEndedWithoutRepeats(db, filings);
    assertNotificationsAndDocumentsOnce(db, filings, figures);
    assertPlatformFacts(platform, filings);
    figures.put("filings.lost", 0);
    figures.put("filings.duplicated", 0);
  }

  /** One row per filing (nothing filed twice), with the planned outcome, ended. */
  private static void assertRowsEndedOnce(JdbcTemplate db, Table table, List<Filing> filings) {
    boolean byRecord = table.keyColumn().equals("record_id");
    String keys = filings.stream().map(f -> byRecord ? String.valueOf(f.recordId) : "'" + f.subjectCode + "'")
        .collect(Collectors.joining(","));
    assertThat(db.queryForObject("select count(*) from " + table.name() + " where " + table.keyColumn() + " in ("
        + keys + ")", Long.class)).as(table.name() + ": one row per filing, none twice").isEqualTo(filings.size());
    for (Filing f : filings) {
      Map<String, Object> row = db.queryForMap("select " + table.outcomeColumn() + " as outcome, ended_at,"
          + " process_instance_id from " + table.name() + " where " + table.numberColumn() + " = ?", f.number);
      assertThat(row.get("outcome")).as("outcome of " + f).isEqualTo(f.plan.outcome);
      assertThat(row.get("ended_at")).as("ended: " + f).isNotNull();
      assertThat(row.get("process_instance_id")).as("process of " + f).isEqualTo(f.processInstanceId);
    }
  }

  /** Every process ended; each activity ran once (these paths have no loops). */
  private static void assertProcessesEndedWithoutRepeats(JdbcTemplate db, List<Filing> filings) {
    String pids = quoted(filings.stream().map(f -> f.processInstanceId).toList());
    assertThat(db.queryForList("select id_ from act_hi_procinst where id_ in (" + pids + ") and end_time_ is null",
        String.class)).as("filings' processes still running").isEmpty();
    assertThat(db.queryForList("select proc_inst_id_, act_id_, count(*) n from act_hi_actinst where proc_inst_id_ in ("
        + pids + ") group by proc_inst_id_, act_id_ having count(*) > 1")).as("activities executed twice").isEmpty();
  }

  /** At most one notification per filing and type, the same ones for every filing of a plan; no document twice. */
  private static void assertNotificationsAndDocumentsOnce(JdbcTemplate db, List<Filing> filings,
      Map<String, Object> figures) {
    String nos = quoted(filings.stream().map(f -> f.number).toList());
    assertThat(db.queryForList("select case_no, type, count(*) n from notification_outbox where case_no in (" + nos
        + ") group by case_no, type having count(*) > 1")).as("duplicated notifications").isEmpty();
    Map<Plan, Set<String>> expected = new EnumMap<>(Plan.class);
    for (Filing f : filings) {
      Set<String> types = new TreeSet<>(db.queryForList("select type from notification_outbox where case_no = ?",
          String.class, f.number));
      Set<String> first = expected.putIfAbsent(f.plan, types);
      assertThat(types).as("notifications of " + f).isEqualTo(first == null ? types : first);
    }
    assertThat(db.queryForList("select case_no, doc_type, count(*) n from issued_document where case_no in (" + nos
        + ") group by case_no, doc_type having count(*) > 1")).as("documents issued twice").isEmpty();
    figures.put("filings.notifications", db.queryForObject("select count(*) from notification_outbox where case_no in ("
        + nos + ")", Long.class));
  }

  /** On the platform: the pushes each plan makes, one record per key, and the record left as the outcome says. */
  private static void assertPlatformFacts(CreditPlatformStub platform, List<Filing> filings) {
    Map<String, Set<String>> keysByFact = platform.records().stream().collect(Collectors.groupingBy(
        r -> r.type() + ":" + r.reference(), Collectors.mapping(CreditPlatformStub.Stored::key,
            Collectors.toCollection(TreeSet::new))));
    Map<Long, String> marks = platform.objectionMarks();
    for (Filing f : filings) {
      switch (f.plan.kind) {
        case OBJECTION -> {
          assertThat(keysByFact.getOrDefault("CORRECTION:" + f.recordId, Set.of())).as("CORRECTION pushes of " + f)
              .containsExactly(f.number + ":correction");
          assertThat(marks).as("objection mark left on the record of " + f).doesNotContainKey(f.recordId);
          assertRecord(platform, f, f.plan == Plan.OBJECTION_REVOKED ? "REVOKED" : "ACTIVE");
          if (f.plan == Plan.OBJECTION_CORRECTED) {
            assertThat(platform.dishonestyRecord(f.recordId).get("basis")).as("corrected basis of " + f)
                .isEqualTo(FilingDriver.CORRECTED_BASIS);
          }
        }
        case REPAIR -> {
          boolean repaired = f.plan != Plan.REPAIR_REFUSED;
          assertThat(keysByFact.getOrDefault("REPAIR:" + f.recordId, Set.of())).as("REPAIR pushes of " + f)
              .isEqualTo(repaired ? Set.of(f.number + ":repair") : Set.of());
          assertRecord(platform, f, repaired ? "REPAIRED" : "ACTIVE");
        }
        case VOLUNTARY -> assertThat(keysByFact.getOrDefault("VOLUNTARY_COMMITMENT:" + f.number, Set.of()))
            .as("VOLUNTARY_COMMITMENT pushes of " + f).isEqualTo(switch (f.plan) {
              case VOLUNTARY_WITHDRAWN -> Set.of(f.number + ":published", f.number + ":withdrawn");
              case VOLUNTARY_REVOKED -> Set.of(f.number + ":published", f.number + ":revoked");
              default -> Set.of();
            });
      }
    }
  }

  private static void assertRecord(CreditPlatformStub platform, Filing f, String status) {
    Map<String, Object> record = platform.dishonestyRecord(f.recordId);
    assertThat(record).as("record of " + f).isNotNull();
    assertThat(record.get("status")).as("status of the record of " + f).isEqualTo(status);
  }

  private static String quoted(List<String> values) {
    return values.stream().map(v -> "'" + v + "'").collect(Collectors.joining(","));
  }
}
