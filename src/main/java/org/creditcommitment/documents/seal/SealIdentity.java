package org.creditcommitment.documents.seal;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The certificate chain a seal is applied with (the organ's certificate first) and the signature algorithm.
 *
 * @param demo whether this is the published demo seal (a self-signed certificate the product makes at start)
 */
public record SealIdentity(List<X509Certificate> chain, SealAlgorithm algorithm, boolean demo) {

  public SealIdentity {
    if (chain == null || chain.isEmpty()) {
      throw new IllegalArgumentException("A seal needs at least the organ's certificate");
    }
    chain = List.copyOf(chain);
  }

  public X509Certificate certificate() {
    return chain.get(0);
  }
}
