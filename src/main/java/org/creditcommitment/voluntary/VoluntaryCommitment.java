package org.creditcommitment.voluntary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.creditcommitment.catalogue.CommitmentCategory;

/**
 * A voluntary or self-regulatory commitment as it may be made public (公示): what the public board and the statistics
 * read. A natural person's name and ID number are masked ({@code subject.Masking}); companies are shown in full.
 *
 * @param memberCodes 行业自律型: the member subjects the association's commitment covers (masked the same way);
 *     empty for 主动型
 * @param publishedAt null until published; {@code validUntil} likewise (the last day it stands)
 */
public record VoluntaryCommitment(String voluntaryNo, CommitmentCategory category, String categoryLabel,
    String templateCode, String templateName, String subjectCode, String subjectName, List<String> memberCodes,
    String department, String departmentName, OffsetDateTime publishedAt, LocalDate validUntil,
    VoluntaryStatus status) {}
