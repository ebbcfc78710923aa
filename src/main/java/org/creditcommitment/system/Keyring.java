package org.creditcommitment.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The keys of {@link CryptoProperties}, by id, read once at start. A key that is named as current but missing, a key
 * store that cannot be read, or a published demo key where demo keys are not allowed stops the start with a message
 * naming the property: the product never runs with a protection it only appears to have.
 */
@Component
@EnableConfigurationProperties(CryptoProperties.class)
public class Keyring {

  private static final Logger log = LoggerFactory.getLogger(Keyring.class);

  private final CryptoProperties properties;
  private final Map<String, byte[]> keys;

  Keyring(CryptoProperties properties) {
    this.properties = properties;
    Map<String, byte[]> all = new HashMap<>();
    properties.keys().forEach((id, base64) -> {
      try {
        all.put(id, Base64.getDecoder().decode(base64.trim()));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("cc.crypto.keys." + id + " is not base64", e);
      }
    });
    all.putAll(fromKeyStore(properties));
    this.keys = Collections.unmodifiableMap(all);
    current("cc.crypto.audit-key", properties.auditKey());
    current("cc.crypto.data-key", properties.dataKey());
    current("cc.crypto.index-key", properties.indexKey());
    int length = keys.get(properties.dataKey()).length;
    boolean fits = properties.suite().cipher() == CipherAlgorithm.SM4_GCM ? length == 16
        : length == 16 || length == 24 || length == 32;
    if (!fits) {
      throw new IllegalStateException("cc.crypto.data-key " + properties.dataKey() + " has " + length + " bytes: "
          + properties.suite().cipher().stored() + " needs " + (properties.suite() == CryptoSuite.SM ? "16" : "16, 24 or 32"));
    }
  }

  private static Map<String, byte[]> fromKeyStore(CryptoProperties properties) {
    if (properties.keyStore().isBlank()) {
      return Map.of();
    }
    char[] password = properties.keyStorePassword().toCharArray();
    Map<String, byte[]> found = new HashMap<>();
    try (InputStream in = Files.newInputStream(Path.of(properties.keyStore()))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
      for (String alias : Collections.list(store.aliases())) {
        if (store.isKeyEntry(alias) && store.getKey(alias, password) instanceof javax.crypto.SecretKey secret) {
          found.put(alias, secret.getEncoded());
        }
      }
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cc.crypto.key-store " + properties.keyStore() + " cannot be read: " + e, e);
    }
    return found;
  }

  /** Checks at start that a key named as current exists and may be used. */
  private void current(String property, String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalStateException(property + " is not set: name the id of a key in cc.crypto.keys or the key store");
    }
    if (!keys.containsKey(id)) {
      throw new IllegalStateException(property + " names key " + id + ", which is neither in cc.crypto.keys nor in"
          + " the key store");
    }
    if (isDemo(id)) {
      if (!properties.allowDemoKeys()) {
        throw new IllegalStateException(property + " names the published demo key " + id + ": set a key of your own"
            + " (docs/security.md#cryptography)");
      }
      log.warn("{} is the DEMO key {}, published with the product and not secret: anyone can recompute what it"
          + " protects. Set your own key before real use (docs/security.md#cryptography).", property, id);
    }
  }

  static boolean isDemo(String id) {
    return id.startsWith("demo");
  }

  public CryptoSuite suite() {
    return properties.suite();
  }

  public String auditKeyId() {
    return properties.auditKey();
  }

  public String dataKeyId() {
    return properties.dataKey();
  }

  public String indexKeyId() {
    return properties.indexKey();
  }

  /** The key of this id, or null when this installation does not have it (any more). */
  public byte[] key(String id) {
    byte[] key = id == null ? null : keys.get(id);
    return key == null ? null : key.clone();
  }
}
