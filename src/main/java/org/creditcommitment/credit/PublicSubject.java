package org.creditcommitment.credit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.creditcommitment.subject.Masking;
import org.creditcommitment.subject.SubjectCode;

/** A pushed record's subject as it may be made public (公示): natural persons' names and ID numbers only masked. */
final class PublicSubject {

  private PublicSubject() {}

  static Map<String, Object> fields(String code, String name) {
    SubjectCode parsed = SubjectCode.parse(code);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("subjectName", Masking.subjectName(name, parsed.type()));
    out.put("subjectCode", Masking.subjectCode(code, parsed.type()));
    out.put("subjectType", parsed.type().name());
    return out;
  }
}
