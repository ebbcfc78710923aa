package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The algorithm family is configuration (cc.crypto.suite): SM3/HMAC-SM3/SM4 by default, SHA-256/HMAC-SHA-256/AES for
 * installations that need them; what was stored under one stays readable under the other.
 */
class PersonalDataCipherTest {

  private static final Map<String, String> KEYS = Map.of("data-1", "T1yQspgmQDUqSTFcWYljCA==",
      "data-2", "3+JfdFtxdjiMT3JCp29UBw==", "index-1", "gcD95O5wev/EfYLBP4BZi+xz3H50xccWjt63jfx6ywc=");

  private static Keyring keys(CryptoSuite suite, String dataKey) {
    return new Keyring(new CryptoProperties(suite, KEYS, "", "", "index-1", dataKey, "index-1", false));
  }

  @Test
  void sm3IsTheStandardsDigest() {
    // GB/T 32905-2016 appendix A, example 1
    assertThat(HashAlgorithm.SM3.hex("abc", null))
        .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
  }

  @Test
  void theDefaultSuiteEncryptsWithSm4AndAChangedCiphertextIsRefused() {
    PersonalDataCipher cipher = new PersonalDataCipher(keys(CryptoSuite.SM, "data-1"));

    String stored = cipher.encrypt("44150219900101123X");

    assertThat(stored).startsWith("enc1:SM4-GCM:data-1:").doesNotContain("44150219900101123X");
    assertThat(cipher.encrypt("44150219900101123X")).as("a fresh nonce each time").isNotEqualTo(stored);
    assertThat(cipher.decrypt(stored)).isEqualTo("44150219900101123X");
    assertThat(cipher.decrypt("plain@example.test")).as("stored before encryption").isEqualTo("plain@example.test");
    int at = stored.lastIndexOf(':') + 20;
    String changed = stored.substring(0, at) + (stored.charAt(at) == 'A' ? 'B' : 'A') + stored.substring(at + 1);
    assertThatThrownBy(() -> cipher.decrypt(changed)).hasMessageContaining("changed");
  }

  @Test
  void theInternationalSuiteEncryptsWithAesAndStillReadsWhatSm4StoredAsDoesAnewKey() {
    String underSm4 = new PersonalDataCipher(keys(CryptoSuite.SM, "data-1")).encrypt("a@example.test");
    PersonalDataCipher international = new PersonalDataCipher(keys(CryptoSuite.INTERNATIONAL, "data-2"));

    assertThat(international.decrypt(underSm4)).isEqualTo("a@example.test");
    assertThat(international.isCurrent(underSm4)).isFalse();
    assertThat(international.encrypt("a@example.test")).startsWith("enc1:AES-GCM:data-2:");
    assertThat(new PersonalDataIndex(keys(CryptoSuite.INTERNATIONAL, "data-2")).of("x"))
        .isEqualTo("index-1:" + HashAlgorithm.HMAC_SHA_256.hex("x", java.util.Base64.getDecoder().decode(
            KEYS.get("index-1"))));
    assertThat(new PersonalDataIndex(keys(CryptoSuite.SM, "data-1")).of("x"))
        .isEqualTo("index-1:" + HashAlgorithm.HMAC_SM3.hex("x", java.util.Base64.getDecoder().decode(
            KEYS.get("index-1"))));
  }
}
