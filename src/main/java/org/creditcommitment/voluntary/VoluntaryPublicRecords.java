package org.creditcommitment.voluntary;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import org.creditcommitment.publicboard.PublicQuery;
import org.creditcommitment.publicboard.PublicRecord;
import org.creditcommitment.publicboard.PublicRecordKind;
import org.creditcommitment.publicboard.PublicRecordSource;
import org.creditcommitment.system.ClockConfig;
import org.springframework.stereotype.Component;

/**
 * The standing voluntary and self-regulatory commitments on the public board (汕府办函〔2021〕17号 二（一）: 鼓励市场主体
 * 在线承诺并公示): published and not withdrawn, revoked or expired; a natural person is found by the full ID number
 * only, never by name.
 */
@Component
class VoluntaryPublicRecords implements PublicRecordSource {

  /** A resident ID: a natural person, whom a name search must not find. */
  private static final Pattern PERSON = Pattern.compile("^[0-9]{17}.*");

  private final VoluntaryCommitments commitments;

  VoluntaryPublicRecords(VoluntaryCommitments commitments) {
    this.commitments = commitments;
  }

  @Override
  public long count(PublicQuery query) {
    return matching(query).size();
  }

  @Override
  public List<PublicRecord> newest(PublicQuery query, int limit) {
    return matching(query).stream().limit(limit).toList();
  }

  private List<PublicRecord> matching(PublicQuery query) {
    if (!query.wants(PublicRecordKind.COMMITMENT)) {
      return List.of();
    }
    return commitments.published(new VoluntaryCommitments.Filter(null, null, query.department(), query.category()))
        .stream()
        .filter(c -> query.subjectCode() == null || query.subjectCode().equalsIgnoreCase(c.subjectCode()))
        .filter(c -> query.nameContains() == null
            || (!PERSON.matcher(c.subjectCode()).matches() && c.subjectName().contains(query.nameContains())))
        .map(c -> new PublicRecord("voluntary:" + c.voluntaryNo(), PublicRecordKind.COMMITMENT, c.category(),
            c.subjectCode(), c.subjectName(), null, c.department(), null, c.templateName(), null, null,
            c.publishedAt().toInstant(), endOf(c)))
        .toList();
  }

  private static Instant endOf(VoluntaryCommitment c) {
    return c.validUntil() == null ? null : c.validUntil().plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant();
  }
}
