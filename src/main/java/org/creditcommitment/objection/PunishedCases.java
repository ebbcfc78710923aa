package org.creditcommitment.objection;

import java.util.List;

import org.creditcommitment.commitment.Cases;
import org.springframework.stereotype.Component;

/**
 * The commitment cases punished on the basis of a dishonesty record, as the case records keep it (the
 * punishment step writes the record's id on the case). When such a record is revoked the punishment lost its
 * basis (汕府办函〔2021〕17号 (二十三): 错误采取失信联合惩戒措施的，应及时撤销并消除不良影响).
 */
@Component
class PunishedCases {

  private final Cases cases;

  PunishedCases(Cases cases) {
    this.cases = cases;
  }

  /** Case numbers of PUNISHED cases whose dishonesty record is this one, in order. */
  List<String> basedOn(long recordId) {
    return cases.punishedOn(Long.toString(recordId));
  }
}
