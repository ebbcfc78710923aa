package org.creditcommitment.documents.seal;

import java.time.OffsetDateTime;

/**
 * What a document's electronic seal says, as the verification page and the staff list show it.
 *
 * @param sealed whether the file carries a seal (documents issued before documents were sealed do not)
 * @param intact whether the seal's signature verifies over the whole file: nothing was changed after sealing
 * @param signer the signer's certificate subject (its common name)
 * @param organ the organisation in the signer's certificate
 * @param signedAt when it was sealed (the signature dictionary's time)
 * @param algorithm the signature algorithm, e.g. SM3withSM2
 * @param demo whether it is the product's demo seal, which proves nothing about who issued the document
 * @param summary one line in Chinese for the page, e.g. 已加盖电子印章，签章有效
 */
public record SealCheck(boolean sealed, boolean intact, String signer, String organ, OffsetDateTime signedAt,
    String algorithm, boolean demo, String summary) {

  static final String UNSEALED = "未加盖电子印章（本文书出具于启用电子印章之前，以摘要核验）";

  static SealCheck unsealed() {
    return new SealCheck(false, false, null, null, null, null, false, UNSEALED);
  }

  static SealCheck broken(String why) {
    return new SealCheck(true, false, null, null, null, null, false, "电子印章无效：" + why);
  }
}
