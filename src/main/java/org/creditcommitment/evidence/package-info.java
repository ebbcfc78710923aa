/**
 * Evidence files (证明材料): the PDFs and images that objections, repairs, corrections by data providers and
 * rectifications carry. A file is uploaded by itself ({@code POST /api/evidence}), checked (size, its content
 * recognised by its bytes and matched against the type the uploader named, the {@link
 * org.creditcommitment.evidence.EvidenceScanner} port), kept with its SHA-256, and attached once to the record it
 * supports by the module that owns that record ({@link org.creditcommitment.evidence.EvidenceFiles#attach}). Who
 * reads an attached file is the owning module's answer ({@link org.creditcommitment.evidence.EvidenceReaders}); the
 * auditor reads every file, the uploader its own until it is attached.
 */
package org.creditcommitment.evidence;
