package org.creditcommitment.repair;

import java.time.OffsetDateTime;

/**
 * The 信用修复型 commitment signed with a repair application (普政数局〔2022〕25号 二（七）): the exact text, its SHA-256,
 * who signed it, when and how. {@code pushedAt} is null until the credit platform has it.
 *
 * @param channel ONLINE (the subject through the portal) or WINDOW (on paper at the credit window, recorded by a clerk
 *     or the credit office)
 */
public record RepairCommitment(String category, String text, String textSha256, String signer,
    OffsetDateTime signedAt, Channel channel, String recordedBy, OffsetDateTime pushedAt) {

  /** How the subject signed. */
  public enum Channel { ONLINE, WINDOW }
}
