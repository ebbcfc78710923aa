/**
 * The public commitment board (信用承诺公示栏): a page at {@code /public/commitments} and read-only JSON under
 * {@code /public/api/commitments}, readable without login, rate-limited per client address. It publishes
 * commitments of every category and licensing decisions (汕府办函〔2021〕17号 二（一）: open a commitment column and
 * publish commitments; 普宁市“信用+政务服务”工作方案（普政数局〔2022〕25号） 二（一）、二（七）: publish licensing information
 * and the five categories of commitment information).
 *
 * <p>Records come from other modules through the SPI {@link org.creditcommitment.publicboard.PublicRecordSource}:
 * a module that has public records provides a bean implementing it. This module masks every natural person's name
 * and ID number itself, whatever the source sent. The application commitments and their licences come from the
 * commitment module's read API {@code PublishedCases}, through the adapters here ({@code CommitmentRecords},
 * {@code LicenceRecords}), so the dependency runs one way: publicboard → commitment. See docs/public-board.md.
 */
package org.creditcommitment.publicboard;
