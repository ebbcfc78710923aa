package org.creditcommitment.documents.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CmsSignaturesTest {

  /** The signer a thread keeps for a key is initialised once; each later signature must still be its own and valid. */
  @ParameterizedTest
  @EnumSource(SealAlgorithm.class)
  void everySignatureOfAKeysKeptSignerVerifiesOverItsOwnContentOnly(SealAlgorithm algorithm) throws Exception {
    DemoSealCertificate.KeyAndCertificate organ = DemoSealCertificate.make(algorithm, Clock.systemUTC());
    for (int n = 1; n <= 3; n++) {
      byte[] content = ("文书 " + n).getBytes(StandardCharsets.UTF_8);
      byte[] other = ("文书 " + (n + 1)).getBytes(StandardCharsets.UTF_8);
      byte[] cms = CmsSignatures.sign(organ.key(), List.of(organ.certificate()), algorithm, content);

      assertThat(verifies(content, cms)).as("signature %d of %s", n, algorithm).isTrue();
      assertThat(verifies(other, cms)).as("signature %d of %s over other content", n, algorithm).isFalse();
    }
  }

  private static boolean verifies(byte[] content, byte[] cms) throws Exception {
    CMSSignedData signed = CmsSignatures.read(content, cms);
    SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> certificates = signed.getCertificates().getMatches(signer.getSID());
    try {
      return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(CmsSignatures.BC)
          .build(certificates.iterator().next()));
    } catch (org.bouncycastle.cms.CMSException digestDiffers) {
      return false;
    }
  }
}
