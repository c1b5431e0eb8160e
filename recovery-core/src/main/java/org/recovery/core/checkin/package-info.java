/**
 * Check-ins: a partner's short daily entry of how they are doing — four ratings, whether they
 * shared something vulnerable, whether they were triggered, and reactive outbursts.
 */
package org.recovery.core.checkin;
