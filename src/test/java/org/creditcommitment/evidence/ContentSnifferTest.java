package org.creditcommitment.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** An evidence file's type is what its bytes are, whole: not its name, not a matching first few bytes. */
class ContentSnifferTest {

  @Test
  void wholeFilesOfEachAcceptedTypeAreRecognised() {
    assertThat(ContentSniffer.sniff(EvidenceSamples.pdf())).contains(EvidenceType.PDF);
    assertThat(ContentSniffer.sniff(EvidenceSamples.png())).contains(EvidenceType.PNG);
    assertThat(ContentSniffer.sniff(EvidenceSamples.jpeg())).contains(EvidenceType.JPEG);
  }

  @Test
  void aTextFileThatBeginsLikeAPdfIsNoPdf() {
    assertThat(ContentSniffer.sniff("%PDF-1.7 this is only text\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(ContentSniffer.sniff("plain text".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void anImageCutShortIsNotRecognised() {
    byte[] png = EvidenceSamples.png();
    byte[] jpeg = EvidenceSamples.jpeg();
    assertThat(ContentSniffer.sniff(Arrays.copyOf(png, png.length - 12))).isEmpty();
    assertThat(ContentSniffer.sniff(Arrays.copyOf(jpeg, 40))).isEmpty();
  }

  @Test
  void aPngSignatureFollowedByAnythingButItsChunksIsNoPng() {
    byte[] fake = Arrays.copyOf(EvidenceSamples.png(), 8 + 20);
    Arrays.fill(fake, 8, fake.length, (byte) 'x');
    assertThat(ContentSniffer.sniff(fake)).isEmpty();
  }

  @Test
  void anExecutableOrAnArchiveIsNotAccepted() {
    assertThat(ContentSniffer.sniff(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).isEmpty();
    assertThat(ContentSniffer.sniff(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0})).isEmpty();
  }
}
