package org.creditcommitment.credit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The national data items of a 信用承诺 that the case, its item and its department give (mapped one by one in
 * docs/credit-platform-api.md): the commitment's number, led by the 6-digit 行政区划代码, its 承诺类型 in the five-category
 * vocabulary, 承诺事由, 承诺内容, 违诺责任, 公开类型 and the 承诺受理单位 with its 统一社会信用代码.
 *
 * @param category the 承诺类型 label: 审批替代型, 证明事项型, 信用修复型, 行业自律型 or 主动型
 */
public record CommitmentItems(String regionCode, String caseNo, String category, String reason, String content,
    String liability, String acceptingUnit, String acceptingUnitUscc) {

  /** 公开类型: what the product pushes is made public (natural persons masked), 义政数〔2020〕17号 四(五). */
  public static final String DISCLOSURE_PUBLIC = "社会公开";

  private static final Pattern REGION_CODE = Pattern.compile("[1-9]\\d{5}");

  public CommitmentItems {
    if (regionCode == null || !REGION_CODE.matcher(regionCode).matches()) {
      throw new IllegalArgumentException("A commitment's number needs a 6-digit 行政区划代码, not '" + regionCode + "'");
    }
    if (acceptingUnitUscc == null || acceptingUnitUscc.length() != 18) {
      throw new IllegalArgumentException("The 承诺受理单位 " + acceptingUnit + " needs its 统一社会信用代码, not '"
          + acceptingUnitUscc + "'");
    }
  }

  /** 承诺编号: the region code and the case number, unique across the regions a platform collects from. */
  public String commitmentNo() {
    return numberOf(regionCode, caseNo);
  }

  public static String numberOf(String regionCode, String caseNo) {
    return regionCode + caseNo;
  }

  void putInto(Map<String, Object> payload) {
    payload.put("commitmentNo", commitmentNo());
    payload.put("regionCode", regionCode);
    payload.put("commitmentCategory", category);
    payload.put("commitmentReason", reason);
    payload.put("commitmentContent", content);
    payload.put("breachLiability", liability);
    payload.put("disclosureType", DISCLOSURE_PUBLIC);
    payload.put("acceptingUnit", acceptingUnit);
    payload.put("acceptingUnitUscc", acceptingUnitUscc);
  }
}
