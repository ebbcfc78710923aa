package org.creditcommitment.evidence;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An evidence file as kept: its content type is the one its bytes were recognised as, its SHA-256 that of the bytes.
 *
 * @param size in bytes
 */
public record StoredEvidence(UUID id, String fileName, String contentType, long size, String sha256,
    String uploadedBy, Instant uploadedAt) {

  /** Where an official reads the file (relative to the application). */
  @JsonProperty("href")
  public String href() {
    return "/api/evidence/" + id;
  }
}
