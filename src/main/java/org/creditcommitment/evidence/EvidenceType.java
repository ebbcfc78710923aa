package org.creditcommitment.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The types an evidence file may have, each recognised by its bytes ({@link ContentSniffer}), never by its name.
 * OFD (the national electronic document format) is not accepted yet: recognising it needs more than its ZIP header.
 */
enum EvidenceType {

  PDF("application/pdf", List.of("pdf"), List.of()),
  PNG("image/png", List.of("png"), List.of()),
  JPEG("image/jpeg", List.of("jpg", "jpeg"), List.of("image/jpg", "image/pjpeg"));

  private final String mediaType;
  private final List<String> extensions;
  private final List<String> aliases;

  EvidenceType(String mediaType, List<String> extensions, List<String> aliases) {
    this.mediaType = mediaType;
    this.extensions = extensions;
    this.aliases = aliases;
  }

  String mediaType() {
    return mediaType;
  }

  boolean hasExtension(String extension) {
    return extensions.contains(extension.toLowerCase(Locale.ROOT));
  }

  /** The type a declared media type (parameters such as charset ignored) names; empty for any other. */
  static Optional<EvidenceType> declared(String mediaType) {
    String bare = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.mediaType.equals(bare) || t.aliases.contains(bare)).findFirst();
  }

  /** The type a file name's extension names; empty for any other extension. */
  static Optional<EvidenceType> byExtension(String extension) {
    return Arrays.stream(values()).filter(t -> t.hasExtension(extension)).findFirst();
  }

  static String accepted() {
    return "PDF、PNG、JPEG";
  }
}
