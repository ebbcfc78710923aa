package org.creditcommitment.commitment;

/**
 * What a decision period is suspended for: the procedures whose time 行政许可法 第四十五条 keeps out of the period
 * (听证、招标、拍卖、检验、检测、检疫、鉴定和专家评审; 招标 and 拍卖 allocate limited licences, which no commitment item is).
 */
enum SuspensionKind {
  HEARING("听证"),
  INSPECTION("检验"),
  TESTING("检测"),
  QUARANTINE("检疫"),
  APPRAISAL("鉴定"),
  EXPERT_REVIEW("专家评审");

  private final String label;

  SuspensionKind(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
