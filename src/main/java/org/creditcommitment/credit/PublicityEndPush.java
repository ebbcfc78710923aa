package org.creditcommitment.credit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dishonesty record whose publicity period ended as a PUBLICITY_END push (期限届满及时撤出). The key names the record,
 * so a second run, or a second node, has no second effect.
 */
public record PublicityEndPush(DishonestyRecord dishonesty) {

  public CreditRecord record() {
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("reason", "公示期届满（" + dishonesty.publicityEnd() + "），自动撤出公示");
    payload.put("publicityEnd", dishonesty.publicityEnd().toString());
    return new CreditRecord(CreditRecordType.PUBLICITY_END, dishonesty.subjectCode(),
        Long.toString(dishonesty.id()), payload, "publicity-end:" + dishonesty.id());
  }
}
