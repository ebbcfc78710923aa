package org.creditcommitment.catalogue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The five commitment categories of 普宁市“信用+政务服务”工作方案（普政数局〔2022〕25号） 二（七）, plus 其他. Each belongs
 * to one kind of commitment: 审批替代型 and 证明事项型 to an application for a catalogue item, 信用修复型 to the commitment a
 * subject signs when applying for credit repair, 行业自律型 and 主动型 to a voluntary commitment made apart from any
 * application; 其他 only marks an item closed to commitment.
 */
public enum CommitmentCategory {
  APPROVAL_SUBSTITUTE("审批替代型"),
  CERTIFICATION("证明事项型"),
  CREDIT_REPAIR("信用修复型"),
  INDUSTRY_SELF_DISCIPLINE("行业自律型"),
  VOLUNTARY("主动型"),
  OTHER("其他");

  private final String label;

  CommitmentCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The categories an application commitment for a catalogue item may have. */
  public static final Set<CommitmentCategory> APPLICATION = EnumSet.of(APPROVAL_SUBSTITUTE, CERTIFICATION);
  /** The categories a voluntary commitment (a template of its own, not tied to an item) may have. */
  public static final Set<CommitmentCategory> VOLUNTARY_KINDS = EnumSet.of(INDUSTRY_SELF_DISCIPLINE, VOLUNTARY);

  /** Accepts the Chinese label an operator writes in the catalogue, or the constant name. */
  public static Optional<CommitmentCategory> parse(String text) {
    return Arrays.stream(values()).filter(c -> c.label.equals(text) || c.name().equals(text)).findFirst();
  }
}
