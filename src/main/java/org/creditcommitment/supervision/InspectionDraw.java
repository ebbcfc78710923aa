package org.creditcommitment.supervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.creditcommitment.audit.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * 双随机、一公开 by grade: whether a case is drawn for follow-up inspection, and which inspector of the
 * department does it, both from one stored random seed so the draw can be replayed and checked. The clerk
 * who accepted the case is never drawn.
 */
@Service
public class InspectionDraw {

  public record Draw(String caseNo, long seed, String grade, double share, double roll, boolean selected,
      String inspector, List<String> candidates, String within) {}

  private static final SecureRandom SEEDS = new SecureRandom();

  private final SupervisionProperties properties;
  private final IdentityService identity;
  private final JdbcTemplate jdbc;
  private final AuditLog audit;
  private final Clock clock;
  private final KeySupervisionList keySupervision;

  InspectionDraw(SupervisionProperties properties, IdentityService identity, JdbcTemplate jdbc, AuditLog audit,
      Clock clock, KeySupervisionList keySupervision) {
    this.keySupervision = keySupervision;
    this.properties = properties;
    this.identity = identity;
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Draws once per case; a retried step gets the stored draw back. A subject under key supervision is drawn at
   * least at the key-supervision share (the share used is stored with the draw, so a replay gives the same result).
   */
  public Draw draw(String caseNo, String subjectCode, String grade, String inspectorGroup, String acceptedBy) {
    Optional<Draw> earlier = find(caseNo);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    List<String> candidates = identity.createUserQuery().memberOfGroup(inspectorGroup).orderByUserId().asc().list()
        .stream().map(User::getId).filter(id -> !id.equals(acceptedBy)).toList();
    SupervisionProperties.Tier tier = properties.tierFor(grade);
    if (keySupervision.active(subjectCode).isPresent()) {
      tier = new SupervisionProperties.Tier(Math.max(tier.share(), keySupervision.inspectionShare(grade)), tier.within());
    }
    Draw draw = compute(caseNo, SEEDS.nextLong(), grade, tier, candidates);
    jdbc.update("insert into inspection_draw (case_no, seed, grade, share, roll, selected, inspector, candidates,"
        + " within_period, drawn_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caseNo, draw.seed(), grade, draw.share(),
        draw.roll(), draw.selected(), draw.inspector(), String.join(",", candidates), draw.within(),
        OffsetDateTime.now(clock));
    audit.record(caseNo, "supervision.inspection-drawn", AuditLog.SYSTEM_ACTOR, Map.of("seed", draw.seed(),
        "grade", grade, "share", draw.share(), "selected", draw.selected(),
        "inspector", String.valueOf(draw.inspector()), "candidates", candidates));
    return draw;
  }

  /** Recomputes a stored draw from its seed: what an auditor checks. */
  public Optional<Draw> replay(String caseNo) {
    return find(caseNo).map(d -> compute(caseNo, d.seed(), d.grade(), new SupervisionProperties.Tier(d.share(),
        d.within()), d.candidates()));
  }

  public Optional<Draw> find(String caseNo) {
    return jdbc.query("select * from inspection_draw where case_no = ?", (rs, n) -> new Draw(rs.getString("case_no"),
        rs.getLong("seed"), rs.getString("grade"), rs.getDouble("share"), rs.getDouble("roll"),
        rs.getBoolean("selected"), rs.getString("inspector"), split(rs.getString("candidates")),
        rs.getString("within_period")), caseNo).stream().findFirst();
  }

  static Draw compute(String caseNo, long seed, String grade, SupervisionProperties.Tier tier, List<String> candidates) {
    // SplittableRandom mixes its seed well: neighbouring seeds give independent draws (java.util.Random does not)
    SplittableRandom random = new SplittableRandom(seed);
    double roll = random.nextDouble();
    boolean selected = roll < tier.share();
    String inspector = selected && !candidates.isEmpty() ? candidates.get(random.nextInt(candidates.size())) : null;
    String within = tier.within() == null || tier.within().isBlank() ? null : tier.within();
    return new Draw(caseNo, seed, grade, tier.share(), roll, selected, inspector, candidates, within);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
  }
}
