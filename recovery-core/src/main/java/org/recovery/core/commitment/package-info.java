/**
 * Trust-building commitments: what a partner promised, how often (cadence), and how each due
 * occurrence ended.
 */
package org.recovery.core.commitment;
