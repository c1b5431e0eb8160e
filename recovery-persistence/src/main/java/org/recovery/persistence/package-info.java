/**
 * Durable event stores for recovery-core: {@link org.recovery.persistence.Stores} opens them, a
 * {@link org.recovery.persistence.KeyProvider} supplies the master key. Everything else in this
 * module is internal.
 */
package org.recovery.persistence;
