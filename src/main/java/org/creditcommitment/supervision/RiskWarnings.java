package org.creditcommitment.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.creditcommitment.audit.AuditLog;
import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.DepartmentGroups;
import org.creditcommitment.credit.CreditPlatform;
import org.creditcommitment.credit.DishonestyRecord;
import org.creditcommitment.notification.Notification;
import org.creditcommitment.notification.NotificationType;
import org.creditcommitment.notification.Notifications;
import org.creditcommitment.security.Groups;
import org.creditcommitment.subject.StoredSubjectCodes;
import org.creditcommitment.system.PersonalDataIndex;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.creditcommitment.system.Timestamps;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 信用风险监测预警 (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 六, 汕府办函〔2021〕17号 (九)): subjects
 * with repeated violations in one domain, or violations in several domains, within a window. Each warning is
 * stored once per set of records, audited, and sent to the credit office and the departments whose records it
 * names. The credit platform is asked first (records, then the names of subjects with new warnings); the new
 * warnings of a scan are then written in one transaction, which never waits on a remote platform.
 * <p>
 * A natural person's resident ID number is stored encrypted ({@link StoredSubjectCodes}), and a warning's fingerprint
 * is keyed ({@link PersonalDataIndex}): a plain hash of the code with the rule and the record ids stored beside it
 * would give the ID number back to anyone who tries the few billion possible ones.
 */
@Service
public class RiskWarnings {

  public enum Rule { REPEAT_IN_DOMAIN, ACROSS_DOMAINS }

  public record Warning(long id, String subjectCode, Rule rule, String domains, String recordIds,
      LocalDate windowFrom, LocalDate windowTo, OffsetDateTime createdAt) {}

  /** A warning the records call for, before it is known whether it was raised already. */
  private record Finding(String subject, Rule rule, List<DishonestyRecord> records) {

    String ids() {
      return records.stream().map(r -> Long.toString(r.id())).sorted().collect(Collectors.joining(","));
    }

    String fingerprint(PersonalDataIndex index) {
      return RiskWarnings.fingerprint(index, subject, rule.name(), ids());
    }
  }

  private final SupervisionProperties properties;
  private final CreditPlatform platform;
  private final Catalogue catalogue;
  private final Notifications notifications;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final StoredSubjectCodes codes;
  private final PersonalDataIndex index;
  private final PersonalDataUpgrade upgrade;

  RiskWarnings(SupervisionProperties properties, CreditPlatform platform, Catalogue catalogue,
      Notifications notifications, JdbcTemplate jdbc, AuditLog audit, Clock clock, TransactionTemplate transaction,
      StoredSubjectCodes codes, PersonalDataIndex index, PersonalDataUpgrade upgrade) {
    this.codes = codes;
    this.index = index;
    this.upgrade = upgrade;
    this.properties = properties;
    this.platform = platform;
    this.catalogue = catalogue;
    this.notifications = notifications;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
    this.transaction = transaction;
  }

  private static String fingerprint(PersonalDataIndex index, String subject, String rule, String ids) {
    return index.of(subject + "|" + rule + "|" + ids);
  }

  /**
   * Encrypts the codes and keys the fingerprints of the warnings stored before, or under an earlier key, at every
   * start (the keys are configuration, which a migration does not have): the same finding keeps matching its warning.
   * The keyed fingerprint is written with the code, so the rows to read are those whose fingerprint is not under the
   * current index key or whose code is under an earlier key.
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    upgrade.run("risk_warning", List.of("id"), "subject_code, rule, record_ids, fingerprint",
        upgrade.indexNotCurrent("fingerprint").or(upgrade.underEarlierKey("subject_code")), row -> {
          String stored = (String) row.get("subject_code");
          String code = codes.read(stored);
          String fingerprint = fingerprint(index, code, (String) row.get("rule"), (String) row.get("record_ids"));
          if (codes.isCurrent(stored) && fingerprint.equals(row.get("fingerprint"))) {
            return 0;
          }
          return jdbc.update("update risk_warning set subject_code = ?, fingerprint = ? where id = ? and subject_code = ?",
              codes.store(code), fingerprint, row.get("id"), stored);
        });
  }

  /** Looks at the window ending today; returns the warnings that are new. */
  public List<Warning> scan() {
    return scan(LocalDate.now(clock));
  }

  /** Looks at the window ending on {@code to} (a re-run for a past day); returns the warnings that are new. */
  public List<Warning> scan(LocalDate to) {
    SupervisionProperties.RiskWarning rules = properties.riskWarning();
    LocalDate from = to.minus(Period.parse(rules.window()));
    Map<String, List<DishonestyRecord>> bySubject = platform.recordsSince(from).stream()
        .collect(Collectors.groupingBy(DishonestyRecord::subjectCode, LinkedHashMap::new, Collectors.toList()));
    List<Finding> findings = new ArrayList<>();
    bySubject.forEach((subject, records) -> {
      Map<String, List<DishonestyRecord>> byDomain = records.stream()
          .collect(Collectors.groupingBy(RiskWarnings::domain, LinkedHashMap::new, Collectors.toList()));
      byDomain.forEach((domain, inDomain) -> {
        if (inDomain.size() >= rules.repeatInDomain()) {
          findings.add(new Finding(subject, Rule.REPEAT_IN_DOMAIN, inDomain));
        }
      });
      if (byDomain.size() >= rules.acrossDomains()) {
        findings.add(new Finding(subject, Rule.ACROSS_DOMAINS, records));
      }
    });
    List<Finding> fresh = findings.stream().filter(f -> !raised(f.fingerprint(index))).toList();
    // only the subjects of new warnings: an old warning would otherwise cost a profile query on every scan
    Map<String, String> names = new LinkedHashMap<>();
    fresh.forEach(f -> names.computeIfAbsent(f.subject(), subject -> platform.query(subject).name()));
    return transaction.execute(status -> fresh.stream()
        .map(f -> raise(f, names.get(f.subject()), from, to)).flatMap(Optional::stream).toList());
  }

  public List<Warning> list() {
    return jdbc.query("select * from risk_warning order by id desc", this::row);
  }

  private boolean raised(String fingerprint) {
    return jdbc.queryForObject("select count(*) from risk_warning where fingerprint = ?", Integer.class, fingerprint) > 0;
  }

  private Optional<Warning> raise(Finding finding, String subjectName, LocalDate from, LocalDate to) {
    // checked again in the transaction: a scan of another node or of the API may have raised it meanwhile
    String fingerprint = finding.fingerprint(index);
    if (raised(fingerprint)) {
      return Optional.empty();
    }
    String subject = finding.subject();
    Set<String> domains = new TreeSet<>(finding.records().stream().map(RiskWarnings::domain).toList());
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update("insert into risk_warning (subject_code, rule, domains, record_ids, window_from, window_to, fingerprint,"
        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", codes.store(subject), finding.rule().name(),
        String.join("、", domains), finding.ids(), from, to, fingerprint, now);
    Warning warning = jdbc.queryForObject("select * from risk_warning where fingerprint = ?", this::row, fingerprint);
    audit.record(subject, "supervision.risk-warning", AuditLog.SYSTEM_ACTOR, Map.of("rule", finding.rule().name(),
        "records", finding.ids(), "domains", String.join(",", domains)));
    Notification.Builder mail = Notification.of(NotificationType.RISK_WARNING, "RISK-" + warning.id())
        .toGroup(Groups.CREDIT_OFFICE)
        .with("subjectName", subjectName)
        .with("summary", summary(finding.rule(), finding.records().size(), domains, from, to))
        .dedupKey("risk-warning:" + fingerprint);
    departmentsOf(finding.records()).forEach(dept -> mail.toGroup(DepartmentGroups.inspectors(dept)));
    notifications.queue(mail.build());
    return Optional.of(warning);
  }

  private static String summary(Rule rule, int count, Set<String> domains, LocalDate from, LocalDate to) {
    String window = from + " 至 " + to;
    return rule == Rule.REPEAT_IN_DOMAIN
        ? window + " 期间在「" + String.join("、", domains) + "」领域重复失信 " + count + " 次"
        : window + " 期间在 " + domains.size() + " 个领域（" + String.join("、", domains) + "）存在失信记录 " + count + " 条";
  }

  /** Departments whose Chinese names appear as the records' source units. */
  private Set<String> departmentsOf(List<DishonestyRecord> records) {
    Set<String> units = records.stream().map(DishonestyRecord::sourceUnit).collect(Collectors.toSet());
    Set<String> departments = new TreeSet<>();
    catalogue.departments().forEach((code, name) -> {
      if (units.contains(name)) {
        departments.add(code);
      }
    });
    return departments;
  }

  private static String domain(DishonestyRecord record) {
    return record.domain() == null || record.domain().isBlank() ? record.sourceUnit() : record.domain();
  }

  private Warning row(ResultSet rs, int n) throws SQLException {
    return new Warning(rs.getLong("id"),
        codes.read(rs.getString("subject_code")), Rule.valueOf(rs.getString("rule")), rs.getString("domains"),
        rs.getString("record_ids"), rs.getObject("window_from", LocalDate.class), rs.getObject("window_to", LocalDate.class),
        Timestamps.read(rs, "created_at"));
  }
}
