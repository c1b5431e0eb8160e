/**
 * Consent for intimacy: each partner declares the level they are ready for; the lower of the two
 * rules. Withdrawal is immediate, needs no reason and is never a setback.
 */
package org.recovery.core.consent;
