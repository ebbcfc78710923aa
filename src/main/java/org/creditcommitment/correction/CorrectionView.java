package org.creditcommitment.correction;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A correction as the API serves it: its row's fields, and its evidence files (id, name, type, size, SHA-256). */
public record CorrectionView(@JsonUnwrapped Correction correction, List<Map<String, Object>> evidenceFiles) {}
