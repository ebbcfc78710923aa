package org.creditcommitment.objection;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One objection: what was filed and how it ended. {@code recordBefore}/{@code recordAfter} are the
 * record's fields (JSON) before and after the answer; {@code punishedCases} the commitment cases whose
 * punishment rested on a revoked record.
 */
public record Objection(String objectionNo, String processInstanceId, String subjectCode, long recordId,
    String reason, List<String> evidence, String outcome, String explanation, String answeredBy, String recordBefore,
    String recordAfter, String punishedCases, OffsetDateTime createdAt, String createdBy, OffsetDateTime endedAt) {}
