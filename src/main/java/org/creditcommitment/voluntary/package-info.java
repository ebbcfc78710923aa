/**
 * Voluntary (主动型) and self-regulatory (行业自律型) credit commitments, 汕府办函〔2021〕17号 二（一）: market entities
 * commit online from a template, an association for its members; the owning department reviews the form of it, the
 * commitment is published and pushed to the credit platform, and stands until it expires, is withdrawn or revoked.
 * Other modules read it through {@link org.creditcommitment.voluntary.VoluntaryCommitments}.
 */
package org.creditcommitment.voluntary;
