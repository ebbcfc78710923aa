package org.creditcommitment.documents.seal;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.seal.*}: the issuing organs' electronic seal (docs/security.md#electronic-seal).
 *
 * @param provider who signs: {@code local} (a PKCS#12 key store here; the default), or another
 *     {@link SealProvider} an installation adds (docs/deployment.md#electronic-seal)
 * @param algorithm SM2 (SM3withSM2), RSA or ECDSA (with SHA-256); blank: SM2 under the SM crypto suite, RSA under
 *     INTERNATIONAL. It must fit the key store's keys (checked at start by a trial signature)
 * @param keyStore path of the PKCS#12 key store with the organs' private keys and certificate chains; blank: the
 *     demo seal, a self-signed certificate made at start (refused where demo seals are not allowed)
 * @param keyStorePassword the key store's (and its keys') password
 * @param alias the key store entry used for departments not listed in {@code department-aliases}; blank: its only
 *     (or first) key entry
 * @param departmentAliases department code → key store entry, for installations where each organ has its own seal
 * @param allowDemo whether the demo seal may be used; false under the prod profile
 * @param signatureSize bytes reserved in a PDF for the signature (the CMS with its certificate chain); 0, the default:
 *     computed from the seal's certificate chain and key ({@link SignatureReserve}). The file holds the reserve as
 *     hex, twice its size, in every document; set it only for a provider whose CMS carries more than the chain and
 *     one signature (a timestamp token, for instance)
 */
@ConfigurationProperties("cc.seal")
public record SealProperties(
    @DefaultValue("local") String provider,
    SealAlgorithm algorithm,
    @DefaultValue("") String keyStore,
    @DefaultValue("") String keyStorePassword,
    @DefaultValue("") String alias,
    Map<String, String> departmentAliases,
    @DefaultValue("true") boolean allowDemo,
    @DefaultValue("0") int signatureSize) {

  public SealProperties {
    departmentAliases = departmentAliases == null ? Map.of() : Map.copyOf(departmentAliases);
    if (signatureSize != 0 && signatureSize < 1024) {
      throw new IllegalArgumentException("cc.seal.signature-size must be 0 (computed) or at least 1024 bytes");
    }
  }
}
