package org.creditcommitment.commitment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.subject.Masking;
import org.creditcommitment.subject.SubjectCode;

/** What of a case may be made public (公示): natural persons' names and ID numbers only masked. */
final class Publicity {

  private Publicity() {}

  static Map<String, Object> subject(String code, String name) {
    SubjectCode parsed = SubjectCode.parse(code);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("subjectName", Masking.subjectName(name, parsed.type()));
    out.put("subjectCode", Masking.subjectCode(code, parsed.type()));
    out.put("subjectType", parsed.type().name());
    return out;
  }
}
