package org.creditcommitment.catalogue;

/**
 * A department of the catalogue as the credit platform's national items name it: the 承诺受理单位 of its commitments and
 * the 许可机关 of its licences, by name and 统一社会信用代码, and the 行政区划代码 (GB/T 2260, six digits) that leads the
 * commitment's number.
 */
public record Department(String code, String name, String uscc, String regionCode) {}
