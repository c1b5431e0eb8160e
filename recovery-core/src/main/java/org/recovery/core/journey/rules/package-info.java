/**
 * The journey's own rules, one class per kind of command, without a recovery model. Internal: the
 * module does not export this package; embedders decide through {@code Journeys} or {@code
 * org.recovery.core.progress.Progression#decide}, which add the model's rules.
 */
package org.recovery.core.journey.rules;
