/**
 * A case's history as auditors read it: the business timeline and the engine detail, the diagram with the path
 * taken, case search and export. Reads the engine's history API and the records of the modules below it through
 * their read APIs and its SPI {@link org.creditcommitment.casehistory.CaseSource}, never their tables;
 * the hash-chained event log it shows is the low module {@code audit}, which every module writes to.
 */
package org.creditcommitment.casehistory;
