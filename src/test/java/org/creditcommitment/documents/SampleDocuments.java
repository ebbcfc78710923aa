package org.creditcommitment.documents;

import java.util.List;
import java.util.Map;

/** One filled-in example of every document, for the template tests and the pictures in docs/documents. */
final class SampleDocuments {

  private SampleDocuments() {}

  static final String CREDIT_OFFICE = "汕尾市社会信用体系建设工作领导小组办公室";

  static DocumentRenderer.Model model(DocumentType type) {
    boolean report = type == DocumentType.CREDIT_REPORT;
    boolean yearly = type == DocumentType.YEARLY_REPORT;
    String url = "https://zwfw.example.gov.cn/public/documents/7KQ2-M9XD-4HTP-WC3R";
    return new DocumentRenderer.Model(type.title(), number(type),
        report || yearly ? CREDIT_OFFICE : "市场监督管理局", yearly ? "2026年12月20日" : "2026年11月30日",
        "7KQ2-M9XD-4HTP-WC3R", url, QrCodes.pngDataUri(url), subjectName(type),
        yearly ? "11445281MB2C00070H" : "91441502MA4W8Q1X2K",
        report ? null : yearly ? "YR2026" : "YY20261130000042",
        report || yearly ? null : "食品经营许可（仅销售预包装食品）");
  }

  /** The sample's number: a credit report's, the credit office's yearly report's, or a department's. */
  static String number(DocumentType type) {
    return switch (type) {
      case CREDIT_REPORT -> "汕信用报〔2026〕3号";
      case YEARLY_REPORT -> "汕信用〔2026〕15号";
      default -> "汕市监承〔2026〕12号";
    };
  }

  /** Whom the sample concerns: the applicant, or the credit office itself for its yearly report. */
  static String subjectName(DocumentType type) {
    return type == DocumentType.YEARLY_REPORT ? CREDIT_OFFICE : "汕尾市城区鲜果便利店有限公司";
  }

  static Map<String, ?> values(DocumentType type) {
    return switch (type) {
      case CONDITIONS_NOTICE -> Map.of("conditions", "有固定的经营场所；\n有与经营食品相适应的设备设施。",
          "standards", "经营场所面积不少于10平方米；\n设有专用的食品贮存设施。",
          "materials", List.of("食品经营许可申请书", "营业执照复印件", "经营场所平面图"),
          "commitmentTypeLabel", "告知承诺", "signDeadline", "2026年12月7日");
      case COMMITMENT_LETTER -> Map.of("letterText", "本单位郑重承诺：\n一、所提交的材料真实、合法、有效；\n二、已知悉办理条件和标准，并能够满足。",
          "letterSha256", "3f7a1c0e9b2d4f6a8c1e3b5d7f9a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f2a");
      case ACCEPTANCE_NOTICE -> Map.of("acceptedDate", "2026年11月30日", "commitmentTypeLabel", "容缺受理",
          "decisionDueDate", "2026年12月14日", "missingMaterials", List.of("经营场所平面图"),
          "materialsDueDate", "2027年1月11日");
      case NON_ACCEPTANCE_NOTICE -> Map.of("reason", "申请事项不属于本机关职权范围。");
      case CORRECTION_NOTICE -> Map.of("receivedDate", "2026年11月30日", "items", List.of(
              Map.of("material", "营业执照复印件", "problem", "复印件不清晰，请提供加盖公章的清晰复印件。"),
              Map.of("material", "经营场所平面图", "problem", "未标明食品贮存区域及面积，请补充标注。"),
              Map.of("material", "食品安全管理制度", "problem", "缺少进货查验记录制度，请补充。")),
          "correctionDueDate", "2026年12月14日",
          "howToSubmit", "请通过网上办事大厅本办件页面或到政务服务中心窗口提交补正材料，并逐项说明补正情况。");
      case LICENCE_DECISION -> Map.of("licenceNo", "SCJG-SP-001-20261130000042", "commitmentTypeLabel", "告知承诺",
          "decisionDate", "2026年11月30日");
      case DENIAL_DECISION -> Map.of("reason", "经营场所与申请材料不符。");
      case RECTIFICATION_NOTICE -> Map.of("inspectionDate", "2027年1月5日", "findings", "未设置专用的食品贮存设施。",
          "rectificationDueDate", "2027年2月2日",
          "howToSubmit", "请通过网上办事大厅或到政务服务中心窗口提交整改说明及整改后的现场照片。");
      case PUNISHMENT_DECISION -> Map.of("record", "承诺“设有专用的食品贮存设施”不实，限期整改后仍不符合条件。",
          "measures", List.of("撤销行政许可", "记入信用记录", "三十六个月内不得适用信用承诺"),
          "basis", "《义马市政务领域开展信用承诺改革工作方案（试行）》（义政数〔2020〕17号）四（五）",
          "barMonths", "36", "supervisedUntil", "2028年2月9日", "publicityFrom", "2027年2月10日",
          "publicityUntil", "2028年2月9日",
          "heard", "本机关于2027年1月20日向你（单位）送达《拟作出失信惩戒告知书》（汕市监承〔2026〕11号），告知拟作出的惩戒措施及"
              + "其事实、理由、依据和你（单位）依法享有的陈述、申辩权利。你（单位）于2027年1月25日提出了陈述、申辩并要求听证，本机关于"
              + "2027年2月1日举行了听证。本机关对你（单位）的陈述、申辩意见进行了复核，答复如下：整改期间经营困难不属于免予惩戒的情形，"
              + "所称已补设贮存设施经复查仍不符合要求，不予采纳。");
      case PRIOR_NOTICE -> Map.of("facts", "履约践诺核查发现实际情况与承诺内容不符：未设置专用的食品贮存设施；限期整改后拒绝整改。",
          "basis", "《义马市政务领域开展信用承诺改革工作方案（试行）》（义政数〔2020〕17号）四（七）",
          "measures", List.of("撤销行政许可（吊销证照）", "在信用平台向社会公示"), "statementDueDate", "2027年2月17日",
          "hearingRight", true,
          "howToState", "请在上述期限内通过网上办事大厅本办件页面提交陈述申辩意见，或到政务服务中心窗口书面提出。");
      case EXTENSION_NOTICE -> Map.of("reason", "申请事项涉及经营场所安全条件的专业审查，需进一步核实。", "workingDays", "10",
          "previousDueDate", "2026年12月14日", "newDueDate", "2026年12月28日", "approvedDate", "2026年12月10日");
      case SUSPENSION_NOTICE -> Map.of("kindLabel", "专家评审", "reason", "经营场所布局涉及食品安全风险，需组织专家评审。",
          "suspendedDate", "2026年12月8日", "previousDueDate", "2026年12月14日");
      case RESUMPTION_NOTICE -> Map.of("kindLabel", "专家评审", "suspendedDate", "2026年12月8日",
          "resumedDate", "2026年12月11日", "workingDays", "3", "newDueDate", "2026年12月17日");
      case APPROVAL_SHEET -> Map.of("acceptedDate", "2026年12月1日", "levelsText", "三级（承办、审核、批准）",
          "decisionLabel", "准予许可", "decisionDate", "2026年12月7日", "opinions", List.of(
              Map.of("levelName", "承办", "groupName", "审批（市场监督管理局）", "opinion", "材料齐全，符合许可条件，拟同意。",
                  "outcome", "提交下一级", "givenBy", "王建国 审批", "givenAt", "2026-12-02 10:15"),
              Map.of("levelName", "审核", "groupName", "审核（市场监督管理局）", "opinion", "经营场所平面图未标明食品贮存区域，请核对。",
                  "outcome", "退回", "givenBy", "周伟 审核", "givenAt", "2026-12-03 09:40"),
              Map.of("levelName", "承办", "groupName", "审批（市场监督管理局）", "opinion", "已核对平面图，食品贮存区域符合要求，拟同意。",
                  "outcome", "提交下一级", "givenBy", "王建国 审批", "givenAt", "2026-12-03 15:20"),
              Map.of("levelName", "审核", "groupName", "审核（市场监督管理局）", "opinion", "经审核，符合许可条件，同意。",
                  "outcome", "提交下一级", "givenBy", "周伟 审核", "givenAt", "2026-12-04 11:05"),
              Map.of("levelName", "批准", "groupName", "部门负责人（市场监督管理局）", "opinion", "同意，准予许可。",
                  "outcome", "作出决定", "givenBy", "李志强 部门负责人", "givenAt", "2026-12-07 09:30")));
      case PUNISHMENT_APPROVAL_SHEET -> Map.of("punishment", true, "priorNoticeDate", "2027年1月20日", "levelsText", "二级（承办、批准）",
          "decisionLabel", "撤销行政许可（吊销证照）；在信用平台向社会公示", "decisionDate", "2027年2月10日",
          "opinions", List.of(
              Map.of("levelName", "承办", "groupName", "审批（市场监督管理局）", "opinion",
                  "当事人拒绝整改的事实清楚，陈述申辩及听证意见不足以免予惩戒，拟按告知书所列措施惩戒。", "outcome", "提交下一级",
                  "givenBy", "王建国 审批", "givenAt", "2027-02-03 10:15"),
              Map.of("levelName", "批准", "groupName", "部门负责人（市场监督管理局）", "opinion", "同意。", "outcome",
                  "作出决定", "givenBy", "李志强 部门负责人", "givenAt", "2027-02-10 09:30")));
      case OBJECTION_RESULT -> Map.of("objectionNo", "YY20270301000007", "filedDate", "2027年3月1日",
          "claim", "失信记录中的公示期限有误。", "outcomeLabel", "异议成立，已更正",
          "answer", "经核实，公示期限应自作出决定之日起计算。", "correction", "公示截止日期更正为2028年2月1日。");
      case REPAIR_DECISION -> Map.of("repairNo", "XF20270801000003", "filedDate", "2027年8月1日",
          "outcomeLabel", "准予信用修复", "reason", "已履行整改义务，公示期满最短期限。",
          "recordDescription", "失信惩戒决定 汕市监承〔2027〕5号", "effect", "自本决定作出之日起停止公示。");
      case CREDIT_REPORT -> Map.ofEntries(Map.entry("asOf", "2026年11月30日"),
          Map.entry("requestedBy", "申请人（网上办事大厅）"),
          Map.entry("commitments", List.of(
              Map.of("kind", "申请类", "reference", "YY20261130000042", "itemName", "食品经营许可（仅销售预包装食品）",
                  "date", "2026年11月30日", "outcome", "已履约"),
              Map.of("kind", "主动承诺", "reference", "ZD20260601000002", "itemName", "诚信经营承诺",
                  "date", "2026年6月1日", "outcome", "公示中"))),
          Map.entry("inspections",
              List.of(Map.of("reference", "YY20261130000042", "date", "2027年1月5日", "result", "符合承诺"))),
          Map.entry("rectifications", List.of()), Map.entry("dishonesty", List.of()),
          Map.entry("objections", List.of()), Map.entry("repairs", List.of()), Map.entry("corrections", List.of()),
          Map.entry("penaltyPeriod", "2023年12月1日至2026年11月30日"), Map.entry("penaltyFields", "市场监管、安全生产"),
          Map.entry("penalties", List.of(
              Map.of("field", "市场监管", "none", false, "decisionNumber", "汕市监罚〔2025〕18号",
                  "decidedOn", "2025年6月30日", "description", "生产经营标签不符合规定的预包装食品，罚款人民币二万元",
                  "performed", "已履行"),
              Map.of("field", "安全生产", "none", true))),
          Map.entry("sources", List.of("信用承诺办件记录", "主动型信用承诺记录", "公共信用信息平台失信记录",
              "公共信用信息平台行政处罚信息")));
      case YEARLY_REPORT -> yearlyReport();
    };
  }

  /** A year with figures in every chart (as YearlyReportContent lays them out). */
  private static Map<String, ?> yearlyReport() {
    return Map.ofEntries(Map.entry("year", "2026"), Map.entry("period", "2026年1月1日至2026年12月20日"),
        Map.entry("version", "第1版"), Map.entry("origin", "系统于12月自动生成（本年度截至生成之日）"),
        Map.entry("applications", "486"), Map.entry("ended", "431"), Map.entry("running", "55"),
        Map.entry("repairs", "7"), Map.entry("objections", "4"), Map.entry("headlineRate", "96.15%"),
        Map.entry("codeErrorRate", "8.23/万"), Map.entry("codeErrorBasis", "4 / 4862"),
        Map.entry("endStates", List.of(bar("已践诺", "312", "100.00%"), bar("整改后践诺", "41", "13.14%"),
            bar("已实施失信惩戒", "6", "1.92%"), bar("不予许可", "18", "5.77%"), bar("申请人撤回", "22", "7.05%"),
            bar("逾期未签署，视为放弃", "9", "2.88%"), bar("转原审批程序办理", "23", "7.37%"),
            bar("办理中", "55", "17.63%"))),
        Map.entry("indicators", List.of(rate("上报率", "98.90%", "361 / 365", "98.90%"),
            rate("合规率", "97.26%", "355 / 365", "97.26%"), rate("归集推送及时率", "95.29%", "344 / 361", "95.29%"),
            rate("践诺率（已核查）", "96.15%", "150 / 156", "96.15%"))),
        Map.entry("fulfilment", List.of(share("已核查践诺", "150", "42.02%", null),
            share("未抽中（视为践诺）", "201", "56.30%", null), share("未践诺", "6", "1.68%", null))),
        Map.entry("fulfilmentSegments", List.of(share("", "150", "42.02%", "seg-inspected"),
            share("", "201", "56.30%", "seg-not-drawn"), share("", "6", "1.68%", "seg-unfulfilled"))),
        Map.entry("departments", List.of(row("市场监督管理局", "268", "88", "109", "4", "95.65%", "99.20%", "96.00%"),
            row("卫生健康委员会", "104", "35", "44", "1", "97.22%", "98.00%", "94.12%"),
            row("交通运输局", "114", "27", "48", "1", "96.43%", "99.00%", "95.00%"))),
        Map.entry("departmentBars", List.of(bar("市场监督管理局", "268", "100.00%"), bar("卫生健康委员会", "104", "38.81%"),
            bar("交通运输局", "114", "42.54%"))),
        Map.entry("categories", List.of(row("审批替代型", "352", "110", "150", "5", "95.65%", "98.80%", "95.10%"),
            row("证明事项型", "134", "40", "51", "1", "97.56%", "99.25%", "95.80%"))),
        Map.entry("categoryBars", List.of(bar("审批替代型", "352", "100.00%"), bar("证明事项型", "134", "38.07%"))));
  }

  private static Map<String, String> bar(String label, String value, String width) {
    return Map.of("label", label, "value", value, "width", width);
  }

  private static Map<String, String> rate(String label, String value, String basis, String width) {
    return Map.of("label", label, "value", value, "basis", basis, "width", width);
  }

  private static Map<String, String> share(String label, String count, String share, String style) {
    return style == null ? Map.of("label", label, "count", count, "share", share, "width", share)
        : Map.of("label", label, "count", count, "share", share, "width", share, "style", style);
  }

  private static Map<String, String> row(String name, String applications, String inspected, String notDrawn,
      String unfulfilled, String rate, String reporting, String push) {
    return Map.of("name", name, "applications", applications, "inspectedFulfilled", inspected, "notDrawn", notDrawn,
        "unfulfilled", unfulfilled, "inspectedFulfilmentRate", rate, "reportingRate", reporting,
        "pushTimeliness", push);
  }
}
