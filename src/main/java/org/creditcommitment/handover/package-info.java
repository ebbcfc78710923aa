/**
 * Work passed between officials on a case, each step with its reason and kept on the case's timeline: 转办 (a task
 * handed to a colleague who is its candidate), 委派 and 办毕交回 (a colleague asked to work on it, who hands it back),
 * 催办 (a department head or the credit office urges whoever holds an overdue or slow task: a mail and a line on
 * their list) and 抄送 (a case sent to an official or a group for information, who then reads that case). Reports
 * its lines to the case history through its SPI {@link org.creditcommitment.casehistory.CaseSource} and lets a case's
 * recipients read it through security's {@link org.creditcommitment.security.CaseShares}.
 */
package org.creditcommitment.handover;
