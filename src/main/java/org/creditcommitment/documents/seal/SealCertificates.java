package org.creditcommitment.documents.seal;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Names in a seal's certificate, as the verification page shows them. */
final class SealCertificates {

  private SealCertificates() {}

  static String commonName(X509Certificate certificate) {
    return part(X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()), BCStyle.CN);
  }

  /** One attribute of a name (e.g. CN, O), or null. */
  static String part(X500Name name, ASN1ObjectIdentifier attribute) {
    RDN[] rdns = name.getRDNs(attribute);
    return rdns.length == 0 ? null : IETFUtils.valueToString(rdns[0].getFirst().getValue());
  }
}
