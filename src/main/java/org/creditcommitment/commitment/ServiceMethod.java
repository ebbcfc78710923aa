package org.creditcommitment.commitment;

/** How a decision document reached the applicant (送达, 行政许可法 第四十四条). */
enum ServiceMethod {
  /** 电子送达: only with the applicant's consent, given with the application; recorded when the document is issued. */
  ELECTRONIC("电子送达"),
  /** 网上办事大厅领取: the applicant opened or downloaded it on the portal. */
  PORTAL("网上办事大厅送达"),
  /** 直接送达: handed over at the window, against a signed receipt. */
  IN_PERSON("直接送达"),
  /** 邮寄送达: by registered post; the date the receipt shows. */
  POST("邮寄送达");

  private final String label;

  ServiceMethod(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
