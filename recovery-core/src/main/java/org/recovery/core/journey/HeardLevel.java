package org.recovery.core.journey;

/** Whether the hurt partner feels their pain has been heard. Not binary, and allowed to change. */
public enum HeardLevel {
  /** Not yet. */
  NOT_YET,
  /** In part. */
  PARTLY,
  /** Yes. */
  HEARD
}
