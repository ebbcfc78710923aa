package org.creditcommitment.publicboard;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.catalogue.ServiceItem;
import org.creditcommitment.commitment.PublishedCases;
import org.creditcommitment.commitment.PublishedCases.PublishedCase;

/**
 * The application commitments' records, from the commitment module's read API {@link PublishedCases}: one source
 * for the commitments (published at the push), one for the licensing decisions (dated by the decision). What is
 * public: {@link PublishedCases}; an ended case leaves the board {@code cc.public.publicity-after-end} after it
 * ended. The category is the item's in the catalogue (审批替代型 for most items that grant a licence).
 */
abstract class CaseRecords implements PublicRecordSource {

  private final PublishedCases cases;
  private final Catalogue catalogue;
  private final Clock clock;
  private final Period publicityAfterEnd;
  private final PublicRecordKind kind;
  private final PublishedCases.Order order;

  CaseRecords(PublishedCases cases, Catalogue catalogue, Clock clock, Period publicityAfterEnd, PublicRecordKind kind,
      PublishedCases.Order order) {
    this.cases = cases;
    this.catalogue = catalogue;
    this.clock = clock;
    this.publicityAfterEnd = publicityAfterEnd;
    this.kind = kind;
    this.order = order;
  }

  @Override
  public long count(PublicQuery query) {
    return query.wants(kind) ? cases.count(filter(query, items())) : 0;
  }

  @Override
  public List<PublicRecord> newest(PublicQuery query, int limit) {
    if (!query.wants(kind)) {
      return List.of();
    }
    Map<String, ServiceItem> items = items();
    return cases.newest(filter(query, items), order, limit).stream().map(c -> record(c, items.get(c.itemCode())))
        .toList();
  }

  abstract PublicRecord record(PublishedCase c, ServiceItem item);

  static CommitmentCategory category(ServiceItem item) {
    return item == null || item.category() == null ? CommitmentCategory.OTHER : item.category();
  }

  static String title(PublishedCase c, ServiceItem item) {
    return item == null ? c.itemCode() : item.name();
  }

  private Map<String, ServiceItem> items() {
    return catalogue.all().stream().collect(Collectors.toMap(ServiceItem::code, Function.identity(), (a, b) -> a));
  }

  private PublishedCases.Filter filter(PublicQuery query, Map<String, ServiceItem> items) {
    List<String> itemCodes = query.category() == null ? null : items.values().stream()
        .filter(i -> category(i) == query.category()).map(ServiceItem::code).toList();
    Instant endedAfter = ZonedDateTime.now(clock).minus(publicityAfterEnd).toInstant();
    return new PublishedCases.Filter(query.subjectCode(), query.nameContains(), query.department(), itemCodes,
        endedAfter);
  }
}
