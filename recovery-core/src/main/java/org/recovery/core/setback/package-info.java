/**
 * Setbacks: triggers and flashbacks, conflicts, lapses, new deception and renewed contact, each
 * with a severity, and the repair that can follow.
 */
package org.recovery.core.setback;
