package org.creditcommitment.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The national data items of the pushes (信用承诺, 行政许可): the fields each payload carries, in the national
 * vocabularies, under the idempotency keys the pushes had before the items existed.
 */
class NationalPushItemsTest {

  private static final String COMPANY = "91441500MA4UH0DR37";
  private static final String ORGAN = "11445281MB2C00010B";

  private final CommitmentItems items = new CommitmentItems("445281", "CC-2026-000123", "审批替代型",
      "申请办理「食品经营许可」（事项编码 SCJG-SP-001），以告知承诺方式办理", "承诺符合行政机关告知的条件：…。", "违反承诺的，…",
      "市场监督管理局", ORGAN);

  @Test
  void aCommitmentPushCarriesTheNationalCommitmentItemsUnderItsEarlierKey() {
    CreditRecord record = new CommitmentPush("CC-2026-000123", COMPANY, "汕尾市美佳超市有限公司", "SCJG-SP-001", "食品经营许可",
        "市场监督管理局", "NOTIFY_COMMIT", "SCJG-SP-001-2026-000123", "2026-03-01T10:00+08:00", "abc", items).record();

    assertThat(record.idempotencyKey()).isEqualTo("CC-2026-000123:commitment");
    assertThat(record.type()).isEqualTo(CreditRecordType.COMMITMENT);
    assertThat(record.payload()).containsEntry("commitmentNo", "445281CC-2026-000123")
        .containsEntry("regionCode", "445281")
        .containsEntry("commitmentCategory", "审批替代型")
        .containsEntry("commitmentReason", "申请办理「食品经营许可」（事项编码 SCJG-SP-001），以告知承诺方式办理")
        .containsEntry("commitmentContent", "承诺符合行政机关告知的条件：…。")
        .containsEntry("breachLiability", "违反承诺的，…")
        .containsEntry("disclosureType", "社会公开")
        .containsEntry("acceptingUnit", "市场监督管理局")
        .containsEntry("acceptingUnitUscc", ORGAN)
        // what the push carried before stays as it was
        .containsEntry("caseNo", "CC-2026-000123").containsEntry("letterSha256", "abc")
        .containsEntry("subjectCode", COMPANY);
  }

  @Test
  void aCommitmentsNumberNeedsASixDigitRegionCodeAndItsAcceptingUnitAUscc() {
    assertThatThrownBy(() -> new CommitmentItems("44528", "CC-1", "审批替代型", "r", "c", "l", "局", ORGAN))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("6-digit 行政区划代码");
    assertThatThrownBy(() -> new CommitmentItems(null, "CC-1", "审批替代型", "r", "c", "l", "局", ORGAN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CommitmentItems("445281", "CC-1", "审批替代型", "r", "c", "l", "局", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("统一社会信用代码");
  }

  @Test
  void aFulfilmentPushStatesTheFulfilmentStatusInTheNationalVocabularyUnderItsEarlierKey() {
    CreditRecord record = new FulfilmentPush("CC-2026-000123", COMPANY, "汕尾市美佳超市有限公司", "reinspection",
        "市场监督管理局", "整改后践诺", "已整改", LocalDate.of(2026, 6, 1), "445281CC-2026-000123",
        FulfilmentStatus.PARTIAL).record();

    assertThat(record.idempotencyKey()).isEqualTo("CC-2026-000123:fulfilment:reinspection");
    assertThat(record.payload()).containsEntry("commitmentNo", "445281CC-2026-000123")
        .containsEntry("fulfilmentStatus", "部分履行").containsEntry("outcome", "整改后践诺");
    assertThat(FulfilmentStatus.values()).extracting(FulfilmentStatus::label)
        .containsExactly("全部履行", "部分履行", "全部未履行");
  }

  @Test
  void aLicenceIsPushedWhenGrantedAndAgainAsRevokedUnderAKeyOfItsOwn() {
    LicencePush licence = new LicencePush("CC-2026-000123", "445281CC-2026-000123", COMPANY, "汕尾市美佳超市有限公司",
        "准予行政许可决定书", "汕市监承〔2026〕3号", "普通", "SCJG-SP-001-2026-000123", LocalDate.of(2026, 3, 1),
        LocalDate.of(2031, 2, 28), "市场监督管理局", ORGAN);

    CreditRecord granted = licence.granted();
    assertThat(granted.type()).isEqualTo(CreditRecordType.LICENCE);
    assertThat(granted.idempotencyKey()).isEqualTo("CC-2026-000123:licence");
    assertThat(granted.payload()).containsEntry("decisionTitle", "准予行政许可决定书")
        .containsEntry("decisionNumber", "汕市监承〔2026〕3号").containsEntry("licenceCategory", "普通")
        .containsEntry("licenceNo", "SCJG-SP-001-2026-000123").containsEntry("decidedOn", "2026-03-01")
        .containsEntry("validFrom", "2026-03-01").containsEntry("validUntil", "2031-02-28")
        .containsEntry("authority", "市场监督管理局").containsEntry("authorityUscc", ORGAN)
        .containsEntry("currentStatus", "有效").containsEntry("commitmentNo", "445281CC-2026-000123");

    CreditRecord revoked = licence.revoked(LocalDate.of(2026, 7, 1), "汕市监承〔2026〕9号", "虚假承诺");
    assertThat(revoked.idempotencyKey()).isEqualTo("CC-2026-000123:licence-revoked");
    assertThat(revoked.payload()).containsEntry("currentStatus", "撤销").containsEntry("revokedOn", "2026-07-01")
        .containsEntry("revocationNumber", "汕市监承〔2026〕9号").containsEntry("licenceNo", "SCJG-SP-001-2026-000123");
  }

  @Test
  void aLicenceWithoutAFixedTermIsValidUntilTheNationalLongTermDate() {
    CreditRecord record = new LicencePush("CC-1", "445281CC-1", COMPANY, "某公司", "准予行政许可决定书", null, "登记",
        "X-1", LocalDate.of(2026, 3, 1), null, "市场监督管理局", ORGAN).granted();
    assertThat(record.payload()).containsEntry("validUntil", "2099-12-31");
  }

  @Test
  void aNaturalPersonsLicenceIsPushedMasked() {
    CreditRecord record = new LicencePush("CC-1", "445281CC-1", "44010219900101123X", "张三丰", "准予行政许可决定书", null,
        "普通", "X-1", LocalDate.of(2026, 3, 1), null, "市场监督管理局", ORGAN).granted();
    assertThat(record.payload().get("subjectCode").toString()).doesNotContain("1990010112");
    assertThat(record.payload().get("subjectName")).isNotEqualTo("张三丰");
  }
}
