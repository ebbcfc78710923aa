package org.creditcommitment.voluntary;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.credit.NameCheck;
import org.creditcommitment.subject.InvalidCodeException;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.system.ApiException;
import org.creditcommitment.system.PersonalDataCipher;
import org.creditcommitment.system.PersonalDataIndex;
import org.creditcommitment.system.PersonalDataUpgrade;
import org.creditcommitment.system.Timestamps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The voluntary_commitment and voluntary_commitment_member tables. A natural person's resident ID number, every
 * e-mail address and the commitment text (which names the subject and the members by name and code) are stored
 * encrypted ({@link PersonalDataCipher}); rows are found by subject code through the keyed
 * index {@code subject_code_idx} ({@link PersonalDataIndex}), never by the stored code. Organisations' codes (USCCs,
 * public) stay readable.
 */
@Component
class VoluntaryRows {

  private static final Logger log = LoggerFactory.getLogger(VoluntaryRows.class);

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final PersonalDataCipher cipher;
  private final PersonalDataIndex index;
  private final PersonalDataUpgrade upgrade;

  VoluntaryRows(JdbcTemplate jdbc, Clock clock, PersonalDataCipher cipher, PersonalDataIndex index, PersonalDataUpgrade upgrade) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.cipher = cipher;
    this.index = index;
    this.upgrade = upgrade;
  }

  /** How a subject code is stored: a natural person's encrypted, an organisation's as it is. */
  private String storedCode(String code) {
    return natural(code) ? cipher.encrypt(code) : code;
  }

  private static boolean natural(String code) {
    try {
      return SubjectCode.parse(code).type() == SubjectType.NATURAL;
    } catch (InvalidCodeException e) {
      // codes are checked before they are filed; one that does not parse is protected as if it were a person's
      return true;
    }
  }

  /**
   * Encrypts and indexes what was stored before personal data was encrypted, and what is under an earlier key: run at
   * every start (the key is configuration, which a Flyway migration does not have); reads only the rows not under the
   * current keys ({@link PersonalDataUpgrade}), so a start with nothing to do runs two empty queries. Each row is
   * changed only if it still holds what was read, so a concurrent change wins.
   */
  @EventListener(ApplicationReadyEvent.class)
  void protectPersonalData() {
    int changed = upgrade.run("voluntary_commitment", List.of("voluntary_no"),
        "subject_code, email, commitment_text, subject_code_idx", upgrade.indexNotCurrent("subject_code_idx")
            .or(upgrade.underEarlierKey("subject_code")).or(storedEarlier("email"))
            .or(storedEarlier("commitment_text")), row -> {
          String code = cipher.decrypt((String) row.get("subject_code"));
          String email = cipher.decrypt((String) row.get("email"));
          String storedText = (String) row.get("commitment_text");
          if (current((String) row.get("subject_code"), code) && cipher.isCurrent((String) row.get("email"))
              && cipher.isCurrent(storedText) && index.isCurrent((String) row.get("subject_code_idx"), code)) {
            return 0;
          }
          return jdbc.update("update voluntary_commitment set subject_code = ?, email = ?, commitment_text = ?,"
              + " subject_code_idx = ? where voluntary_no = ? and subject_code = ? and email = ?", storedCode(code),
              cipher.encrypt(email), cipher.encrypt(cipher.decrypt(storedText)), index.of(code),
              row.get("voluntary_no"), row.get("subject_code"), row.get("email"));
        }).changed();
    changed += upgrade.run("voluntary_commitment_member", List.of("voluntary_no", "member_order"),
        "subject_code, subject_code_idx", upgrade.indexNotCurrent("subject_code_idx")
            .or(upgrade.underEarlierKey("subject_code")), row -> {
          String code = cipher.decrypt((String) row.get("subject_code"));
          if (current((String) row.get("subject_code"), code)
              && index.isCurrent((String) row.get("subject_code_idx"), code)) {
            return 0;
          }
          return jdbc.update("update voluntary_commitment_member set subject_code = ?, subject_code_idx = ?"
              + " where voluntary_no = ? and member_order = ? and subject_code = ?", storedCode(code), index.of(code),
              row.get("voluntary_no"), row.get("member_order"), row.get("subject_code"));
        }).changed();
    if (changed > 0) {
      log.info("Encrypted or re-keyed the personal data of {} voluntary commitment rows", changed);
    }
  }

  /** Values not under the current key, the empty one included (it is encrypted too, as it always was). */
  private PersonalDataUpgrade.Candidates storedEarlier(String column) {
    return upgrade.notUnderCurrentKey(column).or(new PersonalDataUpgrade.Candidates(column + " = ''", List.of()));
  }

  /** Whether a stored code is as it is stored now: a person's under the current key, an organisation's plain. */
  private boolean current(String stored, String code) {
    return natural(code) ? stored.startsWith("enc1:") && cipher.isCurrent(stored) : stored.equals(code);
  }

  OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  void insert(String no, VoluntaryTemplate template, String subjectCode, String subjectName, NameCheck nameCheck,
      String email, List<String> members, String text, String sha256, String signer, String user) {
    OffsetDateTime now = now();
    jdbc.update("insert into voluntary_commitment (voluntary_no, template_code, template_name, category, department,"
        + " validity, review_period, subject_code, subject_name, email, commitment_text, text_sha256, signer, signed_at,"
        + " status, created_at, created_by, name_check, name_checked_at, subject_code_idx)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", no,
        template.code(), template.name(), template.category().name(), template.department(), template.validity(),
        template.review(), storedCode(subjectCode), subjectName, cipher.encrypt(email), cipher.encrypt(text), sha256,
        signer, now,
        VoluntaryStatus.UNDER_REVIEW.name(), now, user, nameCheck.name(),
        nameCheck == NameCheck.UNVERIFIED ? null : now, index.of(subjectCode));
    for (int i = 0; i < members.size(); i++) {
      jdbc.update("insert into voluntary_commitment_member (voluntary_no, member_order, subject_code, subject_code_idx)"
          + " values (?, ?, ?, ?)", no, i, storedCode(members.get(i)), index.of(members.get(i)));
    }
  }

  void attachProcess(String no, String processInstanceId) {
    jdbc.update("update voluntary_commitment set process_instance_id = ? where voluntary_no = ?", processInstanceId,
        no);
  }

  /**
   * The process checked a name filed unverified; the name stays as filed (the text signed carries it). Only an
   * UNVERIFIED row changes, so a retried step changes nothing. A name that is not the registered one is the
   * commitment's return reason.
   */
  void recordNameCheck(String no, NameCheck check, String returnReason) {
    jdbc.update("update voluntary_commitment set name_check = ?, name_checked_at = ?, return_reason = ?"
        + " where voluntary_no = ? and name_check = ?", check.name(), now(), returnReason, no,
        NameCheck.UNVERIFIED.name());
  }

  void recordReview(String no, String user, String returnReason) {
    jdbc.update("update voluntary_commitment set reviewed_by = ?, reviewed_at = ?, return_reason = ?"
        + " where voluntary_no = ?", user, now(), returnReason, no);
  }

  void returned(String no) {
    jdbc.update("update voluntary_commitment set status = ?, ended_at = ? where voluntary_no = ?",
        VoluntaryStatus.RETURNED.name(), now(), no);
  }

  void publish(String no, OffsetDateTime publishedAt, LocalDate validUntil) {
    jdbc.update("update voluntary_commitment set status = ?, published_at = ?, valid_until = ? where voluntary_no = ?",
        VoluntaryStatus.PUBLISHED.name(), publishedAt, validUntil, no);
  }

  void pushed(String no) {
    jdbc.update("update voluntary_commitment set pushed_at = ? where voluntary_no = ? and pushed_at is null", now(),
        no);
  }

  /**
   * Ends a published commitment (withdrawn, revoked, expired); only one of them wins.
   *
   * @return false when it was no longer published
   */
  boolean end(String no, VoluntaryStatus status, String by, String reason) {
    return jdbc.update("update voluntary_commitment set status = ?, ended_at = ?, ended_by = ?, end_reason = ?"
        + " where voluntary_no = ? and status = ?", status.name(), now(), by, reason, no,
        VoluntaryStatus.PUBLISHED.name()) == 1;
  }

  Optional<VoluntaryRecord> find(String no) {
    return jdbc.query("select * from voluntary_commitment where voluntary_no = ?", (rs, n) -> map(rs), no).stream()
        .findFirst().map(r -> withMembers(r));
  }

  /** Every commitment of a subject, its own or as a member of an association's, oldest first. */
  List<VoluntaryRecord> ofSubject(String code) {
    String key = index.of(code);
    return jdbc.query("select * from voluntary_commitment where subject_code_idx = ? or voluntary_no in"
        + " (select voluntary_no from voluntary_commitment_member where subject_code_idx = ?) order by created_at",
        (rs, n) -> map(rs), key, key).stream().map(this::withMembers).toList();
  }

  VoluntaryRecord require(String no) {
    return find(no).orElseThrow(() -> ApiException.notFound("unknown-voluntary-commitment",
        "主动承诺编号「" + no + "」不存在", "No voluntary commitment with number '" + no + "'"));
  }

  /** Published within [from, to) (either may be null), optionally of one department and category, newest first. */
  List<VoluntaryRecord> published(OffsetDateTime from, OffsetDateTime to, String department,
      CommitmentCategory category, boolean standingOnly) {
    StringBuilder sql = new StringBuilder("select * from voluntary_commitment where published_at is not null");
    List<Object> args = new ArrayList<>();
    if (standingOnly) {
      sql.append(" and status = ?");
      args.add(VoluntaryStatus.PUBLISHED.name());
    }
    if (from != null) {
      sql.append(" and published_at >= ?");
      args.add(from);
    }
    if (to != null) {
      sql.append(" and published_at < ?");
      args.add(to);
    }
    if (department != null) {
      sql.append(" and department = ?");
      args.add(department);
    }
    if (category != null) {
      sql.append(" and category = ?");
      args.add(category.name());
    }
    sql.append(" order by published_at desc, voluntary_no");
    return jdbc.query(sql.toString(), (rs, n) -> map(rs), args.toArray()).stream().map(this::withMembers).toList();
  }

  /** Rows (department, category, filed, published) for commitments filed or published within [from, to). */
  List<VoluntaryCommitments.Count> counts(OffsetDateTime from, OffsetDateTime to) {
    return jdbc.query("select department, category,"
        + " sum(case when created_at >= ? and created_at < ? then 1 else 0 end) filed,"
        + " sum(case when published_at >= ? and published_at < ? then 1 else 0 end) published"
        + " from voluntary_commitment where (created_at >= ? and created_at < ?)"
        + " or (published_at >= ? and published_at < ?) group by department, category order by department, category",
        (rs, n) -> new VoluntaryCommitments.Count(rs.getString("department"),
            CommitmentCategory.valueOf(rs.getString("category")), rs.getLong("filed"), rs.getLong("published")),
        from, to, from, to, from, to, from, to);
  }

  private VoluntaryRecord withMembers(VoluntaryRecord r) {
    List<String> members = jdbc.queryForList("select subject_code from voluntary_commitment_member"
        + " where voluntary_no = ? order by member_order", String.class, r.voluntaryNo()).stream()
        .map(cipher::decrypt).toList();
    return new VoluntaryRecord(r.voluntaryNo(), r.processInstanceId(), r.templateCode(), r.templateName(),
        r.category(), r.department(), r.validity(), r.reviewPeriod(), r.subjectCode(), r.subjectName(), r.email(),
        List.copyOf(members), r.text(), r.textSha256(), r.signer(), r.signedAt(), r.status(), r.reviewedBy(),
        r.reviewedAt(), r.returnReason(), r.publishedAt(), r.validUntil(), r.pushedAt(), r.endedAt(), r.endedBy(),
        r.endReason(), r.createdAt(), r.createdBy(), r.nameCheck(), r.nameCheckedAt());
  }

  private VoluntaryRecord map(ResultSet rs) throws SQLException {
    return new VoluntaryRecord(rs.getString("voluntary_no"), rs.getString("process_instance_id"),
        rs.getString("template_code"), rs.getString("template_name"),
        CommitmentCategory.valueOf(rs.getString("category")), rs.getString("department"), rs.getString("validity"),
        rs.getString("review_period"), cipher.decrypt(rs.getString("subject_code")), rs.getString("subject_name"),
        cipher.decrypt(rs.getString("email")), List.of(), cipher.decrypt(rs.getString("commitment_text")),
        rs.getString("text_sha256"),
        rs.getString("signer"), Timestamps.read(rs, "signed_at"),
        VoluntaryStatus.valueOf(rs.getString("status")), rs.getString("reviewed_by"),
        Timestamps.read(rs, "reviewed_at"), rs.getString("return_reason"),
        Timestamps.read(rs, "published_at"), rs.getObject("valid_until", LocalDate.class),
        Timestamps.read(rs, "pushed_at"), Timestamps.read(rs, "ended_at"),
        rs.getString("ended_by"), rs.getString("end_reason"), Timestamps.read(rs, "created_at"),
        rs.getString("created_by"), NameCheck.valueOf(rs.getString("name_check")),
        Timestamps.read(rs, "name_checked_at"));
  }
}
