package org.creditcommitment.report.yearly;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A yearly report as the credit office's list shows it.
 *
 * @param status 出具中 while its PDF is laid out, 有效, or 已被新版本取代 once a later version of the year was issued
 * @param filingDue the last day to file the year's report (12月31日)
 * @param filedAt when it was filed (报送); null until then, as are filedBy and filedTo
 */
record YearlyReportView(long id, int year, int version, LocalDate periodFrom, LocalDate periodTo, boolean automatic,
    String number, String title, String status, boolean valid, String verificationCode, String verifyUrl, String pdf,
    String sha256, OffsetDateTime issuedAt, String issuedBy, String issuedByName, LocalDate filingDue, OffsetDateTime filedAt, String filedBy,
    String filedTo) {}
