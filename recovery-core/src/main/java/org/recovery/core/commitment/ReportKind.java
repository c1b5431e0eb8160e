package org.recovery.core.commitment;

/** What a partner reports about one occurrence. */
public enum ReportKind {
  /** The commitment was kept that day. */
  KEPT,
  /** The commitment was not kept that day. Taken at its word: a miss needs no confirmation. */
  MISSED
}
