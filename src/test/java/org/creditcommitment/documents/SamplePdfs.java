package org.creditcommitment.documents;

import java.nio.file.Path;

/** The sample documents ({@link SampleDocuments}) laid out as the renderer does, before they are sealed. */
public final class SamplePdfs {

  private static final DocumentRenderer RENDERER = new DocumentRenderer((Path) null);

  private SamplePdfs() {}

  public static byte[] laidOut(DocumentType type) {
    return RENDERER.render(type, SampleDocuments.model(type), SampleDocuments.values(type));
  }

  /** The organ printed on the sample of this type. */
  public static String issuer(DocumentType type) {
    return SampleDocuments.model(type).issuerName();
  }
}
