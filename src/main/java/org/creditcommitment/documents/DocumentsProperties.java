package org.creditcommitment.documents;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code cc.documents.*}.
 *
 * @param templateDir folder whose files replace the built-in templates ({@code classpath:documents/}) by name
 * @param numberPrefixes the document-number prefix of each department code, e.g. {@code scjg: 汕市监承} gives
 *     汕市监承〔2026〕12号; a department without one uses its name followed by 承
 * @param reportDepartment the department code that issues credit reports (the credit office)
 * @param reportIssuer the name printed as the credit report's issuer
 * @param reportPrefix the credit reports' number prefix
 * @param verifyPerMinute requests per client address and minute to the public verification page and API
 * @param maxUploadBytes the largest PDF accepted for comparison on the verification page
 */
@ConfigurationProperties("cc.documents")
public record DocumentsProperties(
    @DefaultValue("./config/documents") Path templateDir,
    Map<String, String> numberPrefixes,
    @DefaultValue("credit-office") String reportDepartment,
    @DefaultValue("社会信用体系建设工作领导小组办公室") String reportIssuer,
    @DefaultValue("信用报告") String reportPrefix,
    @DefaultValue("30") int verifyPerMinute,
    @DefaultValue("5242880") int maxUploadBytes) {

  public DocumentsProperties {
    numberPrefixes = numberPrefixes == null ? Map.of() : Map.copyOf(numberPrefixes);
    if (verifyPerMinute < 1 || maxUploadBytes < 1) {
      throw new IllegalArgumentException("cc.documents.verify-per-minute and max-upload-bytes must be positive");
    }
  }
}
