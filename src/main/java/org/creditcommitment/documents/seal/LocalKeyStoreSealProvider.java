package org.creditcommitment.documents.seal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.creditcommitment.system.Keyring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Seals with the organs' keys from a PKCS#12 key store ({@code cc.seal.key-store}), read once at start: a key store
 * that cannot be read, an entry that is missing or has no certificate, or a key that does not fit the configured
 * algorithm stops the start with a message naming the property (a trial signature checks each key). Without a key
 * store it seals with the demo seal ({@link DemoSealCertificate}): warned at start, refused where
 * {@code cc.seal.allow-demo} is false (the prod profile).
 */
@Component
@ConditionalOnProperty(name = "cc.seal.provider", havingValue = "local", matchIfMissing = true)
class LocalKeyStoreSealProvider implements SealProvider {

  private static final Logger log = LoggerFactory.getLogger(LocalKeyStoreSealProvider.class);

  private record Entry(PrivateKey key, SealIdentity identity) {}

  private final Map<String, Entry> byDepartment;
  private final Entry fallback;

  @Autowired
  LocalKeyStoreSealProvider(SealProperties properties, Keyring keys, Clock clock) {
    this(properties, SealAlgorithm.of(keys.suite()), clock);
  }

  LocalKeyStoreSealProvider(SealProperties properties, SealAlgorithm suiteDefault, Clock clock) {
    SealAlgorithm algorithm = properties.algorithm() != null ? properties.algorithm() : suiteDefault;
    if (properties.keyStore().isBlank()) {
      if (!properties.allowDemo()) {
        throw new IllegalStateException("cc.seal.key-store is not set and the demo seal is not allowed here: set the"
            + " organ's PKCS#12 key store (docs/security.md#electronic-seal)");
      }
      DemoSealCertificate.KeyAndCertificate demo = DemoSealCertificate.make(algorithm, clock);
      log.warn("Documents are sealed with the DEMO seal ({}, a self-signed certificate made at start): it proves"
          + " nothing about who issued them. Set cc.seal.key-store before real use"
          + " (docs/security.md#electronic-seal).", algorithm);
      this.fallback = new Entry(demo.key(), new SealIdentity(List.of(demo.certificate()), algorithm, true));
      this.byDepartment = Map.of();
      return;
    }
    KeyStore store = load(properties);
    char[] password = properties.keyStorePassword().toCharArray();
    String alias = properties.alias().isBlank() ? firstKeyEntry(store, properties.keyStore()) : properties.alias();
    this.fallback = entry(store, password, alias, algorithm, "cc.seal.alias");
    Map<String, Entry> entries = new HashMap<>();
    properties.departmentAliases().forEach((department, entryAlias) -> entries.put(department,
        entry(store, password, entryAlias, algorithm, "cc.seal.department-aliases." + department)));
    this.byDepartment = Map.copyOf(entries);
  }

  private static KeyStore load(SealProperties properties) {
    try (InputStream in = Files.newInputStream(Path.of(properties.keyStore()))) {
      KeyStore store = KeyStore.getInstance("PKCS12", CmsSignatures.BC);
      store.load(in, properties.keyStorePassword().toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cc.seal.key-store " + properties.keyStore() + " cannot be read: " + e, e);
    }
  }

  private static String firstKeyEntry(KeyStore store, String path) {
    try {
      List<String> aliases = Collections.list(store.aliases());
      Collections.sort(aliases);
      for (String alias : aliases) {
        if (store.isKeyEntry(alias)) {
          return alias;
        }
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cc.seal.key-store " + path + " cannot be read: " + e, e);
    }
    throw new IllegalStateException("cc.seal.key-store " + path + " has no private key entry");
  }

  private static Entry entry(KeyStore store, char[] password, String alias, SealAlgorithm algorithm,
      String property) {
    try {
      if (!store.isKeyEntry(alias) || !(store.getKey(alias, password) instanceof PrivateKey key)) {
        throw new IllegalStateException(property + " names " + alias + ", which is no private key entry of"
            + " cc.seal.key-store");
      }
      Certificate[] chain = store.getCertificateChain(alias);
      if (chain == null || chain.length == 0) {
        throw new IllegalStateException(property + " names " + alias + ", which has no certificate");
      }
      List<X509Certificate> certificates = new ArrayList<>();
      for (Certificate certificate : chain) {
        certificates.add((X509Certificate) certificate);
      }
      trialSignature(key, certificates.get(0), algorithm, property + " " + alias);
      return new Entry(key, new SealIdentity(certificates, algorithm, false));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(property + " " + alias + " cannot be read from cc.seal.key-store: " + e, e);
    }
  }

  /** Signs and verifies a few bytes, so a key that does not fit the algorithm stops the start, not a layout. */
  private static void trialSignature(PrivateKey key, X509Certificate certificate, SealAlgorithm algorithm,
      String what) {
    try {
      byte[] probe = "seal".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm.signature(), CmsSignatures.BC);
      signer.initSign(key);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm.signature(), CmsSignatures.BC);
      verifier.initVerify(certificate.getPublicKey());
      verifier.update(probe);
      if (!verifier.verify(signature)) {
        throw new IllegalStateException(what + ": the key does not belong to its certificate");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(what + " cannot sign with cc.seal.algorithm " + algorithm + ": " + e, e);
    }
  }

  private Entry of(String department) {
    return department == null ? fallback : byDepartment.getOrDefault(department, fallback);
  }

  @Override
  public SealIdentity identity(String department) {
    return of(department).identity();
  }

  @Override
  public byte[] sign(String department, byte[] content) {
    Entry entry = of(department);
    return CmsSignatures.sign(entry.key(), entry.identity().chain(), entry.identity().algorithm(), content);
  }
}
