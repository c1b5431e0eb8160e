/**
 * The entry point for embedding applications: {@link org.recovery.core.Journeys}, which runs
 * partners' commands against a store and returns each partner's view.
 */
package org.recovery.core;
