/**
 * The subject's credit commitment report (信用承诺履约报告, 汕府办函〔2021〕17号 二（三）; 2023年汕尾市社会信用体系建设工作要点
 * （征求意见稿） 三（十）: a credit report in place of certificates of no violation): every commitment of one subject with its outcome,
 * inspections, rectifications, dishonesty records in publicity, objections and repairs, as of a date, issued as a
 * numbered, verifiable document by the credit office.
 */
package org.creditcommitment.report;
