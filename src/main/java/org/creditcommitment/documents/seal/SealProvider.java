package org.creditcommitment.documents.seal;

/**
 * Who applies the issuing organ's electronic seal: given the bytes a PDF signature covers (the whole file but the
 * signature's own placeholder), returns a detached CMS signature ({@code SignedData}, PAdES baseline: the
 * signing-certificate-v2 attribute, no signing-time attribute, {@code ETSI.CAdES.detached}) and the certificate
 * chain, the organ's certificate first. The local adapter ({@link LocalKeyStoreSealProvider}) signs with a key from a
 * PKCS#12 key store; a provincial seal service is another implementation of this interface (docs/deployment.md).
 * A provider that cannot sign throws: the document's layout is retried and shows an incident until it succeeds.
 */
public interface SealProvider {

  /**
   * The certificate chain and algorithm the organ of this department seals with, before anything is signed: the
   * document shows the organ and names the signer in its signature dictionary.
   *
   * @param department the issuing department's code, as in the catalogue (the credit office's for its documents)
   */
  SealIdentity identity(String department);

  /**
   * Signs the content of a PDF signature's byte range.
   *
   * @param department the issuing department's code
   * @param content the bytes the signature covers; a remote provider may send their digest only
   * @return a DER-encoded CMS {@code SignedData} without the content (detached)
   */
  byte[] sign(String department, byte[] content);
}
