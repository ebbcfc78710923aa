package org.creditcommitment.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys come from configuration or a key store, by id; a start with a missing, unreadable or demo key is refused. */
class KeyringTest {

  private static final String KEY = "T1yQspgmQDUqSTFcWYljCA==";

  @Test
  void theProdProfileRefusesThePublishedDemoKeyAndDemoModeOnlyWarns() {
    assertThatThrownBy(() -> new Keyring(properties(Map.of("demo-audit", KEY), "", "", "demo-audit", false)))
        .hasMessageContaining("cc.crypto.audit-key").hasMessageContaining("demo");
    assertThat(new Keyring(properties(Map.of("demo-audit", KEY), "", "", "demo-audit", true)).auditKeyId())
        .isEqualTo("demo-audit");
  }

  @Test
  void theProdProfileKeepsTheSmSuiteAndAllowsNoDemoKey() {
    org.springframework.beans.factory.config.YamlPropertiesFactoryBean yaml =
        new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
    yaml.setResources(new org.springframework.core.io.ClassPathResource("application-prod.yaml"));
    java.util.Properties prod = yaml.getObject();
    yaml = new org.springframework.beans.factory.config.YamlPropertiesFactoryBean();
    yaml.setResources(new org.springframework.core.io.ClassPathResource("application.yaml"));
    java.util.Properties base = yaml.getObject();

    assertThat(prod.getProperty("cc.crypto.allow-demo-keys")).isEqualTo("false");
    assertThat(prod.getProperty("cc.crypto.suite")).as("prod inherits the default").isNull();
    assertThat(base.getProperty("cc.crypto.suite")).isEqualTo("${CC_CRYPTO_SUITE:SM}");
    assertThat(prod.getProperty("cc.crypto.audit-key")).isEqualTo("${CC_AUDIT_KEY_ID:}");
    assertThat(prod.getProperty("cc.crypto.data-key")).isEqualTo("${CC_DATA_KEY_ID:}");
    assertThat(prod.getProperty("cc.crypto.index-key")).isEqualTo("${CC_INDEX_KEY_ID:}");
  }

  @Test
  void aCurrentKeyThatIsNotConfiguredOrAnUnreadableKeyStoreStopsTheStart() {
    assertThatThrownBy(() -> new Keyring(properties(Map.of(), "", "", "audit-2027", false)))
        .hasMessageContaining("names key audit-2027");
    assertThatThrownBy(() -> new Keyring(properties(Map.of(), "/nonexistent/keys.p12", "x", "audit-2027", false)))
        .hasMessageContaining("cc.crypto.key-store");
  }

  @Test
  void anSm4DataKeyOfAnyLengthButSixteenBytesStopsTheStart() {
    assertThatThrownBy(() -> new Keyring(properties(Map.of("k", "eQbOqgKOmt8FKDPwbzc+Yt1RJb0W7j3Q6JBKKdJgw6g="), "",
        "", "k", false))).hasMessageContaining("cc.crypto.data-key").hasMessageContaining("needs 16");
  }

  @Test
  void keysAreReadFromAPkcs12KeyStoreByAlias(@TempDir Path dir) throws Exception {
    byte[] secret = new byte[16];
    secret[0] = 7;
    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(null, null);
    char[] password = "store-password".toCharArray();
    store.setEntry("audit-2027", new KeyStore.SecretKeyEntry(new SecretKeySpec(secret, "AES")),
        new KeyStore.PasswordProtection(password));
    Path file = dir.resolve("keys.p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, password);
    }

    Keyring keys = new Keyring(properties(Map.of(), file.toString(), "store-password", "audit-2027", false));

    assertThat(keys.key("audit-2027")).isEqualTo(secret);
    assertThat(keys.key("unknown")).isNull();
  }

  private static CryptoProperties properties(Map<String, String> keys, String store, String password, String audit,
      boolean allowDemo) {
    return new CryptoProperties(CryptoSuite.SM, keys, store, password, audit, audit, audit, allowDemo);
  }
}
