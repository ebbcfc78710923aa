package org.creditcommitment.handover;

/** Bodies of the hand-over API; checked in the services, so every refusal names the field in Chinese and English. */
final class HandOverRequests {

  private HandOverRequests() {}

  /** 转办 or 委派: to whom (a login id) and why. */
  record HandOver(String toUser, String reason) {}

  /** 办毕交回, 催办: an optional note. */
  record Note(String note) {}

  /** 抄送: to one official ({@code toUser}) or one group ({@code toGroup}), with a note. */
  record Copy(String toUser, String toGroup, String note) {}
}
