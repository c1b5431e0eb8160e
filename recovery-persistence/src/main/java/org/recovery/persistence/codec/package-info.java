/**
 * The stored form of events: versioned JSON with stable type names, and the upcasters that read the
 * payloads of earlier releases. Internal to recovery-persistence; not an API.
 */
package org.recovery.persistence.codec;
