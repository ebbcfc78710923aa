package org.creditcommitment.credit.adapters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.creditcommitment.credit.GradeScale;
import org.creditcommitment.subject.SubjectCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: subjects for every grade and every eligibility case (docs/credit.md, "Demo subjects").
 * Runs at every start and adds only subjects that are missing, so edits made in the demo are kept.
 * Codes are literal (valid check characters) because tests and the README name them.
 */
@Component
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class CreditDemoData {

  private static final Logger log = LoggerFactory.getLogger(CreditDemoData.class);

  enum Extra { NONE, BLACKLISTED, UNPERFORMED_PENALTY, ACTIVE_DISHONESTY, RED_LIST }

  record DemoSubject(String code, String name, String grade, Extra extra) {}

  static final List<DemoSubject> SUBJECTS = List.of(
      new DemoSubject("91441500MA4UH0AA1G", "汕尾市鸿信建设工程有限公司", "AAA", Extra.NONE),
      new DemoSubject("91441500MA4UH0AA2K", "汕尾市海韵食品有限公司", "AA", Extra.NONE),
      new DemoSubject("91441500MA4UH0AP34", "汕尾市城区明达物流有限公司", "A+", Extra.NONE),
      new DemoSubject("91441500MA4UH0AB4T", "陆丰市康健医药连锁有限公司", "A", Extra.NONE),
      new DemoSubject("91441500MA4UH0AM58", "汕尾市红海湾旅游发展有限公司", "A-", Extra.NONE),
      new DemoSubject("91441500MA4UH0BB6N", "汕尾市星河餐饮管理有限公司", "B", Extra.NONE),
      new DemoSubject("91441500MA4UH0CC7G", "海丰县顺通机动车检测有限公司", "C", Extra.NONE),
      new DemoSubject("91441500MA4UH0DD8A", "汕尾市金沙建材贸易有限公司", "D", Extra.NONE),
      new DemoSubject("91441500MA4UH0HM1K", "汕尾市恒发化工有限公司", "AA", Extra.BLACKLISTED),
      new DemoSubject("91441500MA4UH0PN2R", "汕尾市兴隆食品加工厂", "AA", Extra.UNPERFORMED_PENALTY),
      new DemoSubject("91441500MA4UH0DR37", "汕尾市美佳超市有限公司", "AA", Extra.ACTIVE_DISHONESTY),
      new DemoSubject("91441500MA4UH0RL49", "汕尾市诚信电子科技有限公司", "AAA", Extra.RED_LIST),
      new DemoSubject("441502199003151239", "张伟", "AA", Extra.NONE),
      new DemoSubject("445281198511072463", "欧阳娜", "A", Extra.NONE));

  private final CreditRegistry registry;
  private final GradeScale scale;
  private final Clock clock;

  CreditDemoData(CreditRegistry registry, GradeScale scale, Clock clock) {
    this.registry = registry;
    this.scale = scale;
    this.clock = clock;
  }

  @EventListener(ApplicationStartedEvent.class)
  @Order(20)
  @Transactional
  public void seed() {
    int added = 0;
    for (DemoSubject demo : SUBJECTS) {
      if (!registry.exists(demo.code())) {
        add(demo);
        added++;
      }
    }
    if (added > 0) {
      log.info("Demo credit registry: {} subjects added", added);
    }
  }

  private void add(DemoSubject demo) {
    SubjectCode code = SubjectCode.parse(demo.code());
    registry.createSubject(new NewSubject(code.value(), code.type(), demo.name(),
        "applicant+" + code.value() + "@demo.local", onScale(demo.grade())));
    LocalDate today = LocalDate.now(clock);
    switch (demo.extra()) {
      case BLACKLISTED -> registry.setBlacklist(code.value(), true,
          "汕尾市应急管理局认定：未取得危险化学品经营许可擅自经营，情节严重，列入严重失信主体名单");
      case UNPERFORMED_PENALTY -> registry.addPenalty(code.value(), "汕市监罚〔2025〕18号",
          "生产经营标签不符合规定的预包装食品，罚款人民币二万元，逾期未缴纳", "市场监管", today.minusMonths(5));
      case ACTIVE_DISHONESTY -> registry.addDishonestyRecord(code.value(), new NewDishonestyRecord(
          "汕尾市市场监督管理局", "销售过期食品，经责令整改拒不改正（汕市监罚〔2025〕42号）", "食品安全",
          today.minusMonths(3), today.minusMonths(3), today.plusYears(1)));
      case RED_LIST -> registry.setRedList(code.value(), true);
      case NONE -> { }
    }
  }

  /** The default scale's grade, or on another configured scale the grade at the same relative position. */
  private String onScale(String defaultGrade) {
    if (scale.contains(defaultGrade)) {
      return defaultGrade;
    }
    int rank = GradeScale.DEFAULT.indexOf(defaultGrade);
    int size = scale.grades().size();
    return scale.grades().get(Math.round((float) rank * (size - 1) / (GradeScale.DEFAULT.size() - 1)));
  }
}
