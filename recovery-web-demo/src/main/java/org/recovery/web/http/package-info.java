/**
 * HTTP plumbing: the strict JSON mapper, error answers, the security headers, and the page's
 * content-hashed scripts and styles.
 */
package org.recovery.web.http;
