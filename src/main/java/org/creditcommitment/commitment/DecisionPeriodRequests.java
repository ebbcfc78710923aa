package org.creditcommitment.commitment;

import static org.creditcommitment.system.FreeText.Kind.TEXT;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.creditcommitment.system.CleanText;

/** Bodies of the approver's requests on a case's decision period (行政许可法 第四十二条、第四十五条). */
final class DecisionPeriodRequests {

  private DecisionPeriodRequests() {}

  /**
   * @param workingDays how long; absent for the longest the item allows (by default the law's ten working days)
   * @param reason why the decision cannot be made within the period; printed in the 延期通知书
   */
  record Extension(@Min(1) @Max(10) Integer workingDays,
      @NotBlank @Size(max = 2000) @CleanText(TEXT) String reason) {}

  /** @param reason what the procedure examines and why; printed in the 中止办理期限通知书 */
  record Suspension(@NotNull SuspensionKind kind, @NotBlank @Size(max = 2000) @CleanText(TEXT) String reason) {}

  /** @param note optional, e.g. the hearing's record number; printed in the 恢复计算办理期限通知书 */
  record Resumption(@Size(max = 2000) @CleanText(TEXT) String note) {}
}
