package org.creditcommitment.commitment;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Benefits that change how a case is handled, not only what it says (平龙政服领办〔2022〕11号 三第1项、三第3项;
 * 普政数局〔2022〕25号 二（二）): granted by the grade-benefits decision, recorded on the case, and shown to the clerk
 * and the approver as services to honour. The names are stored on the case record.
 */
enum GrantedService {

  STARTUP_PACKAGE("企业开办大礼包", "为申请人提供企业开办大礼包（开办所需事项一并办理）", "企业开办大礼包"),
  ON_SITE_SERVICE("上门服务", "申请人需要时，安排工作人员上门办理", "上门办理", "上门服务"),
  EXTENDED_HOURS("延时服务", "申请人需要时，在工作时间以外延时办理", "延时服务"),
  NO_SITE_SURVEY("现场免勘验", "作出行政决定前免于现场勘验", "现场免勘验");

  private final String label;
  private final String duty;
  private final Set<String> benefits;

  GrantedService(String label, String duty, String... benefits) {
    this.label = label;
    this.duty = duty;
    this.benefits = Set.of(benefits);
  }

  String label() {
    return label;
  }

  /** What the official does to honour it. */
  String duty() {
    return duty;
  }

  /** The services the grade-benefits decision's benefits grant (上门办理 and 上门服务 are one service). */
  static Set<GrantedService> grantedBy(Collection<String> benefits) {
    Set<GrantedService> granted = EnumSet.noneOf(GrantedService.class);
    for (GrantedService service : values()) {
      if (benefits.stream().anyMatch(service.benefits::contains)) {
        granted.add(service);
      }
    }
    return granted;
  }

  /** As the case record stores them; null for none. */
  static String stored(Set<GrantedService> services) {
    return services.isEmpty() ? null : services.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  static Set<GrantedService> read(String stored) {
    Set<GrantedService> services = EnumSet.noneOf(GrantedService.class);
    if (stored != null && !stored.isBlank()) {
      Arrays.stream(stored.split(",")).map(String::strip).map(GrantedService::valueOf).forEach(services::add);
    }
    return services;
  }
}
