/**
 * Encryption at rest: AES-256-GCM sealing of payloads, and the master key that wraps each journey's
 * data key. Internal to recovery-persistence; not an API.
 */
package org.recovery.persistence.crypto;
