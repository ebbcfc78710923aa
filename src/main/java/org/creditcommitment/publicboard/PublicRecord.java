package org.creditcommitment.publicboard;

import java.time.Instant;
import java.time.LocalDate;

import org.creditcommitment.catalogue.CommitmentCategory;
import org.creditcommitment.subject.SubjectType;

/**
 * One record a {@link PublicRecordSource} publishes. The subject's code and name are given as stored: the board
 * masks a natural person's before anything leaves the server. Never put an e-mail address, a telephone number, an
 * address or any other personal detail into any field.
 *
 * @param id unique among the source's records and stable (e.g. "licence:XY20261123000001"); used to order records
 *     published at the same instant, never shown
 * @param subjectType LEGAL or NATURAL when the source knows it; null lets the board decide from the code (and a
 *     code it cannot place is masked)
 * @param department a department code of the catalogue
 * @param itemCode the service item, or null for a commitment not tied to an item (主动型, 行业自律型)
 * @param title what was committed or decided in a few words, e.g. the item's name or the commitment's subject
 * @param commitmentType 告知承诺 / 容缺受理 or null
 * @param licenceNo for a licence, its number; otherwise null
 * @param publishedAt when the record became public (the push, the decision, the voluntary commitment's date)
 * @param publicUntil the last day it is public (inclusive, Asia/Shanghai), if known: the day the board shows as
 *     {@code publicUntil}; the board leaves a record out from the day after, whether or not its source ended it yet
 */
public record PublicRecord(String id, PublicRecordKind kind, CommitmentCategory category, String subjectCode,
    String subjectName, SubjectType subjectType, String department, String itemCode, String title,
    String commitmentType, String licenceNo, Instant publishedAt, LocalDate publicUntil) {}
