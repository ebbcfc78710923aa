package org.creditcommitment.system;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.crypto.*}: algorithms and keys (docs/security.md#cryptography). Keys never live in the database: they come
 * from this configuration (base64, e.g. from the environment) or from a PKCS#12 key store whose secret-key entries are
 * named by their id. Every protected value stores the id of its key, so a new key is added under a new id, made
 * current, and the old one stays listed until nothing refers to it.
 *
 * @param suite SM (SM3, HMAC-SM3, SM4; the default) or INTERNATIONAL (SHA-256, HMAC-SHA-256, AES)
 * @param keys key id → base64 key bytes
 * @param keyStore path of a PKCS#12 key store with further keys (blank: none)
 * @param keyStorePassword its password
 * @param auditKey id of the key new audit events are chained with
 * @param dataKey id of the key personal data is encrypted with (16 bytes for SM4; 16 or 32 for AES)
 * @param indexKey id of the key of the search index of encrypted personal data (an HMAC of the value)
 * @param allowDemoKeys whether keys whose id starts with {@code demo} (published with the product) may be used;
 *     false under the prod profile
 */
@ConfigurationProperties("cc.crypto")
public record CryptoProperties(
    @DefaultValue("SM") CryptoSuite suite,
    Map<String, String> keys,
    @DefaultValue("") String keyStore,
    @DefaultValue("") String keyStorePassword,
    @DefaultValue("") String auditKey,
    @DefaultValue("") String dataKey,
    @DefaultValue("") String indexKey,
    @DefaultValue("true") boolean allowDemoKeys) {

  public CryptoProperties {
    keys = keys == null ? Map.of() : Map.copyOf(keys);
  }
}
