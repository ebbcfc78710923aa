package org.creditcommitment.credit.adapters;

import org.creditcommitment.subject.SubjectType;

/** A subject to create in the embedded registry; {@code grade} may be null (not graded yet). */
public record NewSubject(String code, SubjectType subjectType, String name, String email, String grade) {}
