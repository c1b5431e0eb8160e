/**
 * Questionnaires as JSON: {@link org.recovery.persistence.instrument.InstrumentReader} reads a
 * counselling practice's own instrument, {@link
 * org.recovery.persistence.instrument.InstrumentWriter} writes one (a shipped definition, say, as a
 * starting point), and {@link org.recovery.persistence.instrument.InstrumentFormatException} names
 * the path of whatever a document gets wrong. Core stays free of JSON; docs/custom-models.md is the
 * guide.
 */
package org.recovery.persistence.instrument;
