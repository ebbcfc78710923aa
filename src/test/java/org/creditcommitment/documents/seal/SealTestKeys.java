package org.creditcommitment.documents.seal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.Map;

/** Seal providers as an installation configures them, over PKCS#12 key stores the tests write. */
final class SealTestKeys {

  static final String PASSWORD = "changeit";

  private SealTestKeys() {}

  /** A key store holding one self-signed organ key of this algorithm under the alias {@code organ}. */
  static Path keyStore(Path dir, SealAlgorithm algorithm) throws IOException, GeneralSecurityException {
    DemoSealCertificate.KeyAndCertificate key = DemoSealCertificate.make(algorithm, Clock.systemUTC());
    KeyStore store = KeyStore.getInstance("PKCS12", CmsSignatures.BC);
    store.load(null, null);
    store.setKeyEntry("organ", key.key(), PASSWORD.toCharArray(), new Certificate[] {key.certificate()});
    Path file = dir.resolve(algorithm.name().toLowerCase() + ".p12");
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return file;
  }

  static SealProperties properties(Path keyStore, SealAlgorithm algorithm, boolean allowDemo) {
    return new SealProperties("local", algorithm, keyStore == null ? "" : keyStore.toString(), PASSWORD, "",
        Map.of(), allowDemo, 0);
  }

  static DocumentSealer sealer(SealProvider provider) {
    return new DocumentSealer(provider, properties(null, null, true), Clock.systemUTC());
  }
}
