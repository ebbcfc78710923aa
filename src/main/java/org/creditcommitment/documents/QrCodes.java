package org.creditcommitment.documents;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The QR code printed on a document: its verification page's address, as a PNG data URI for the template. The PNG
 * (one bit a pixel, grey, black modules on white) is written here from the module matrix: through a
 * {@code BufferedImage} and ImageIO it cost a pixel-by-pixel colour lookup and an image-writer search for every
 * document. The layout decodes it to the same pixels either way, so the image in the PDF is the same.
 */
final class QrCodes {

  private static final int SIZE = 240;
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private QrCodes() {}

  static String pngDataUri(String text) {
    try {
      BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, SIZE, SIZE,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
              EncodeHintType.CHARACTER_SET, "UTF-8"));
      return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(matrix));
    } catch (WriterException e) {
      throw new IllegalArgumentException("Cannot encode as a QR code: " + text, e);
    }
  }

  /** A greyscale PNG of one bit a pixel: 0 black (a set module), 1 white; rows unfiltered. */
  static byte[] png(BitMatrix matrix) {
    int width = matrix.getWidth();
    int height = matrix.getHeight();
    int rowBytes = (width + 7) / 8;
    byte[] raw = new byte[height * (rowBytes + 1)];
    for (int y = 0; y < height; y++) {
      int row = y * (rowBytes + 1) + 1;
      for (int x = 0; x < width; x++) {
        if (!matrix.get(x, y)) {
          raw[row + x / 8] |= (byte) (0x80 >>> (x % 8));
        }
      }
    }
    try {
      ByteArrayOutputStream idat = new ByteArrayOutputStream(raw.length / 4);
      try (DeflaterOutputStream zlib = new DeflaterOutputStream(idat)) {
        zlib.write(raw);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
      out.write(SIGNATURE);
      ByteArrayOutputStream header = new ByteArrayOutputStream(13);
      DataOutputStream ihdr = new DataOutputStream(header);
      ihdr.writeInt(width);
      ihdr.writeInt(height);
      ihdr.write(new byte[] {1, 0, 0, 0, 0}); // bit depth 1, greyscale, deflate, no filter method, not interlaced
      chunk(out, "IHDR", header.toByteArray());
      chunk(out, "IDAT", idat.toByteArray());
      chunk(out, "IEND", new byte[0]);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    DataOutputStream chunk = new DataOutputStream(out);
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    chunk.writeInt(data.length);
    chunk.write(name);
    chunk.write(data);
    chunk.writeInt((int) crc.getValue());
  }
}
