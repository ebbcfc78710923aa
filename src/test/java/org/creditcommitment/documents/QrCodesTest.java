package org.creditcommitment.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

class QrCodesTest {

  private static final String URL = "https://zwfw.example.gov.cn/public/documents/7KQ2-M9XD-4HTP-WC3R";

  @Test
  void theQrCodesPngDecodesToExactlyTheModulesOfTheCodeBlackOnWhite() throws IOException, WriterException {
    BitMatrix modules = new QRCodeWriter().encode(URL, BarcodeFormat.QR_CODE, 240, 240,
        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
            EncodeHintType.CHARACTER_SET, "UTF-8"));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png(QrCodes.pngDataUri(URL))));

    assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
    assertThat(image.getWidth()).isEqualTo(modules.getWidth());
    assertThat(image.getHeight()).isEqualTo(modules.getHeight());
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(modules.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
  }

  @Test
  void theQrCodeIsEmbeddedAsAOneBitGreyImage() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDImageXObject image = PDImageXObject.createFromByteArray(document, png(QrCodes.pngDataUri(URL)), "qr");

      assertThat(image.getBitsPerComponent()).isEqualTo(1);
      assertThat(image.getCOSObject().getCOSName(COSName.COLORSPACE)).isEqualTo(COSName.DEVICEGRAY);
      assertThat(image.getCOSObject().getCOSName(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
    }
  }

  private static byte[] png(String dataUri) {
    return Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
  }
}
