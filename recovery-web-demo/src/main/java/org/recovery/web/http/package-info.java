/** HTTP plumbing: the strict JSON mapper, error answers, and the security headers. */
package org.recovery.web.http;
