package org.recovery.persistence.codec;

/**
 * One step of an event type's schema history: rewrites the fields of a payload stored at schema
 * {@link #from()} into the form of schema {@code from() + 1}. Steps chain, so a release reads data
 * of every earlier release; a step never skips a version.
 */
interface Upcaster {

  /** The stable type name this step applies to. */
  String type();

  /** The schema version it reads; it writes {@code from() + 1}. */
  int from();

  /**
   * Rewrites {@code data} in place.
   *
   * @throws MalformedPayload if {@code data} is not a valid payload of schema {@link #from()}
   */
  void upcast(StoredObject data);
}
