package org.creditcommitment.statistics;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.creditcommitment.commitment.CaseTallies;
import org.creditcommitment.correction.Correction;
import org.creditcommitment.correction.SubjectCorrections;
import org.creditcommitment.subject.InvalidCodeException;
import org.creditcommitment.subject.SubjectCode;
import org.creditcommitment.subject.SubjectCodes;
import org.creditcommitment.subject.SubjectType;
import org.springframework.stereotype.Component;

/**
 * 重错码 (2023年汕尾市社会信用体系建设工作要点（征求意见稿） 一（三）: 逐步消减存量重错码，控制新增重错码; docs/statistics.md):
 * the codes of a period that are wrong, and the list the credit office sends back to the code office (数据反馈). Four
 * kinds: a code failing its check character (used only after the credit office registered it), one code applied under
 * two or more names (一码多名), one legal subject's name under two or more codes (一主体多码), and a code a data
 * provider's correction moved a record away from (代码经更正). Names compare without spaces and with full- and
 * half-width brackets alike; a natural person's name is no subject's identity (namesakes), so 一主体多码 is sought among
 * legal subjects only. Product tables only: the figures survive the engine's history cleanup.
 */
@Component
class CodeErrors {

  enum Kind {
    CHECK_CHARACTER("校验位错误"),
    ONE_CODE_SEVERAL_NAMES("一码多名"),
    ONE_SUBJECT_SEVERAL_CODES("一主体多码"),
    CORRECTED("代码经更正");

    final String label;

    Kind(String label) {
      this.label = label;
    }
  }

  /**
   * One line of the list for the code office.
   *
   * @param code the code (a natural person's ID number masked)
   * @param names the names it was applied under (一码多名), or the subject's name (一主体多码)
   * @param otherCodes the subject's other codes (一主体多码), or the code the record belongs to (代码经更正)
   * @param reference the correction's number (代码经更正)
   */
  record Entry(String code, Kind kind, String kindLabel, List<String> names, List<String> otherCodes,
      String reference) {}

  /** What is known wrong about codes, whatever the period: codes failing their check, duplicates by code. */
  record Known(Set<String> failingCheck, Map<String, List<Entry>> duplicates) {}

  private final CaseTallies cases;
  private final SubjectCodes codes;
  private final SubjectCorrections corrections;

  CodeErrors(CaseTallies cases, SubjectCodes codes, SubjectCorrections corrections) {
    this.cases = cases;
    this.codes = codes;
    this.corrections = corrections;
  }

  Known known() {
    Set<String> failing = codes.checksumExceptions();
    Map<String, Set<String>> namesByCode = new TreeMap<>();
    Map<String, String> spelling = new HashMap<>();
    for (CaseTallies.CodeName cn : cases.codeNames()) {
      if (cn.name() == null || cn.name().isBlank()) {
        continue;
      }
      String key = normalized(cn.name());
      spelling.putIfAbsent(key, cn.name().strip());
      namesByCode.computeIfAbsent(cn.code(), c -> new TreeSet<>()).add(key);
    }
    Map<String, Set<String>> codesByName = new TreeMap<>();
    namesByCode.forEach((code, names) -> {
      if (legal(code, failing)) {
        names.forEach(name -> codesByName.computeIfAbsent(name, n -> new TreeSet<>()).add(code));
      }
    });
    Map<String, List<Entry>> duplicates = new TreeMap<>();
    namesByCode.forEach((code, names) -> {
      if (names.size() > 1) {
        duplicates.computeIfAbsent(code, c -> new ArrayList<>()).add(new Entry(code, Kind.ONE_CODE_SEVERAL_NAMES,
            Kind.ONE_CODE_SEVERAL_NAMES.label, names.stream().map(spelling::get).toList(), List.of(), null));
      }
    });
    codesByName.forEach((name, several) -> {
      if (several.size() > 1) {
        for (String code : several) {
          duplicates.computeIfAbsent(code, c -> new ArrayList<>()).add(new Entry(code,
              Kind.ONE_SUBJECT_SEVERAL_CODES, Kind.ONE_SUBJECT_SEVERAL_CODES.label, List.of(spelling.get(name)),
              several.stream().filter(other -> !other.equals(code)).toList(), null));
        }
      }
    });
    return new Known(failing, duplicates);
  }

  /** The codes a correction the platform took in the range moved a record away from. */
  Set<String> correctedCodes(StatisticsRange range) {
    Set<String> corrected = new TreeSet<>();
    corrections(range.start(), range.end()).forEach(c -> corrected.add(c.subjectCode()));
    return corrected;
  }

  /**
   * The list for the code office: every wrong code of the period's cases, by kind, and every code corrected in the
   * period. A code wrong in two ways is listed once per kind.
   */
  List<Entry> list(StatisticsRange range) {
    Known known = known();
    Set<String> ofPeriod = new LinkedHashSet<>();
    cases.reporting(range.start(), range.end()).forEach(c -> ofPeriod.add(c.applicantCode()));
    List<Entry> entries = new ArrayList<>();
    for (String code : ofPeriod) {
      if (known.failingCheck().contains(code)) {
        entries.add(new Entry(code, Kind.CHECK_CHARACTER, Kind.CHECK_CHARACTER.label, List.of(), List.of(), null));
      }
      entries.addAll(known.duplicates().getOrDefault(code, List.of()));
    }
    for (Correction c : corrections(range.start(), range.end())) {
      entries.add(new Entry(c.subjectCode(), Kind.CORRECTED, Kind.CORRECTED.label, List.of(),
          List.of(c.correctedSubjectCode()), c.correctionNo()));
    }
    return entries.stream().map(this::masked)
        .sorted(Comparator.comparing((Entry e) -> e.kind()).thenComparing(Entry::code)).toList();
  }

  private List<Correction> corrections(OffsetDateTime start, OffsetDateTime end) {
    return corrections.appliedBetween(start, end).stream().filter(c -> c.correctedSubjectCode() != null).toList();
  }

  /** The code office keeps legal subjects' codes; a natural person's ID number is personal data and is masked. */
  private Entry masked(Entry e) {
    return new Entry(mask(e.code()), e.kind(), e.kindLabel(), e.names(), e.otherCodes().stream().map(this::mask)
        .toList(), e.reference());
  }

  private String mask(String code) {
    try {
      SubjectCode parsed = SubjectCode.parse(code);
      return parsed.type() == SubjectType.NATURAL ? parsed.masked() : code;
    } catch (InvalidCodeException e) {
      return code;
    }
  }

  private static boolean legal(String code, Set<String> failing) {
    if (failing.contains(code)) {
      return true;
    }
    try {
      return SubjectCode.parse(code).type() == SubjectType.LEGAL;
    } catch (InvalidCodeException e) {
      return false;
    }
  }

  static String normalized(String name) {
    return name.strip().replaceAll("[\\s\\u3000]+", "").replace('（', '(').replace('）', ')');
  }
}
