package org.creditcommitment.subject;

/** A credit subject is a legal person (identified by a USCC) or a natural person (resident ID). */
public enum SubjectType {
  LEGAL,
  NATURAL
}
