/**
 * Validated questionnaires as data, and their scoring: an {@link
 * org.recovery.core.instrument.Instrument} names its items and response scales, reverse-keyed
 * items, subscales, total, published cut-offs and reliable-change index; {@link
 * org.recovery.core.instrument.Scoring} scores a response set exactly as the authors publish, or
 * refuses it naming the item; {@link org.recovery.core.instrument.ReliableChange} tells whether a
 * change between two administrations exceeds measurement error (Jacobson &amp; Truax). {@link
 * org.recovery.core.instrument.Instruments} is the catalogue of shipped definitions, each with its
 * sources; item wording ships only where its licence allows, otherwise the embedding app supplies
 * it with {@link org.recovery.core.instrument.Instrument#withWording}.
 *
 * <p>Depends on the JDK and {@code org.recovery.core.common} only.
 */
package org.recovery.core.instrument;
