package org.creditcommitment.publicboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.creditcommitment.catalogue.Catalogue;
import org.creditcommitment.subject.InvalidCodeException;
import org.creditcommitment.subject.Masking;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectType;
import org.creditcommitment.system.ClockConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Searches every {@link PublicRecordSource}, keeps of their answers what meets the board's one rule
 * ({@link PublicQuery#matches}: the search and the publicity date), merges them newest first, masks and pages.
 * Masking happens here, once, for every source: a natural person's name keeps the family name and an ID number its
 * first 6 and last 4 characters ({@link Masking}); a subject whose code cannot be placed is masked as a natural
 * person.
 */
@Service
class PublicBoard {

  /** Largest page. */
  public static final int MAX_PAGE_SIZE = 50;
  /**
   * Records beyond this position are not paged to: a narrower search finds them (each source answers up to it). The
   * rule is on the records a page reaches, page × size + size ({@link #pageable}), whatever the page size.
   */
  public static final int MAX_DEPTH = 5000;

  /** One row of the board as the JSON shows it: nothing personal beyond the masked name and code. */
  public record Entry(String kind, String kindLabel, String category, String categoryLabel, String subjectName,
      String subjectCode, String subjectType, String department, String departmentName, String itemCode, String title,
      String commitmentType, String licenceNo, LocalDate publishedOn, LocalDate publicUntil) {}

  /** One page; {@code total} counts every match, also beyond {@link #MAX_DEPTH}. */
  public record Page(List<Entry> items, int page, int size, long total) {}

  static final Comparator<PublicRecord> NEWEST_FIRST = Comparator
      .comparing(PublicRecord::publishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(PublicRecord::id, Comparator.nullsLast(Comparator.reverseOrder()));

  private static final Logger log = LoggerFactory.getLogger(PublicBoard.class);

  private final List<PublicRecordSource> sources;
  private final Catalogue catalogue;
  private final Clock clock;

  PublicBoard(List<PublicRecordSource> sources, Catalogue catalogue, Clock clock) {
    this.sources = List.copyOf(sources);
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /**
   * Whether a page can be asked for: size 1 to {@link #MAX_PAGE_SIZE}, page from 0, and its last record within
   * {@link #MAX_DEPTH}; computed in long, so no page number wraps around to a small or negative depth.
   */
  public static boolean pageable(int page, int size) {
    return page >= 0 && size >= 1 && size <= MAX_PAGE_SIZE && (long) page * size + size <= MAX_DEPTH;
  }

  /** Page {@code page} (from 0) of {@code size} records, {@link #pageable} (the caller answers anything else). */
  public Page search(PublicQuery query, int page, int size) {
    if (!pageable(page, size)) {
      throw new IllegalArgumentException("page " + page + " of size " + size + " is beyond the board's limits");
    }
    int wanted = page * size + size;
    LocalDate today = LocalDate.now(clock.withZone(ClockConfig.ZONE));
    long total = 0;
    List<PublicRecord> merged = new ArrayList<>();
    for (PublicRecordSource source : sources) {
      total += source.count(query);
      for (PublicRecord record : source.newest(query, wanted)) {
        // the board's rule holds for every source: one that answers more than it should publishes nothing more
        if (query.matches(record, today)) {
          merged.add(record);
        } else {
          log.warn("Public record source {} answered {}, which does not match the search; left out",
              source.getClass().getSimpleName(), record.id());
        }
      }
    }
    merged.sort(NEWEST_FIRST);
    Map<String, String> departments = catalogue.departments();
    List<Entry> items = merged.stream().skip((long) page * size).limit(size).map(r -> entry(r, departments))
        .toList();
    return new Page(items, page, size, total);
  }

  static Entry entry(PublicRecord r, Map<String, String> departments) {
    SubjectType type = r.subjectType() != null ? r.subjectType() : typeOf(r.subjectCode());
    return new Entry(r.kind().name(), r.kind().label(), r.category() == null ? null : r.category().name(),
        r.category() == null ? null : r.category().label(), Masking.subjectName(r.subjectName(), type),
        Masking.subjectCode(r.subjectCode(), type), type.name(), r.department(),
        r.department() == null ? null : departments.getOrDefault(r.department(), r.department()), r.itemCode(),
        r.title(), r.commitmentType(), r.licenceNo(), day(r.publishedAt()), r.publicUntil());
  }

  /**
   * LEGAL for a valid USCC, NATURAL for a valid resident ID; a code that is neither (a registered checksum
   * exception) is LEGAL only when a letter among its first 17 characters rules out a resident ID.
   */
  static SubjectType typeOf(String code) {
    if (code == null) {
      return SubjectType.NATURAL;
    }
    try {
      return SubjectCode.parse(code).type();
    } catch (InvalidCodeException e) {
      String body = code.length() >= 17 ? code.substring(0, 17) : code;
      return body.chars().anyMatch(Character::isLetter) ? SubjectType.LEGAL : SubjectType.NATURAL;
    }
  }

  private static LocalDate day(java.time.Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ClockConfig.ZONE);
  }
}
