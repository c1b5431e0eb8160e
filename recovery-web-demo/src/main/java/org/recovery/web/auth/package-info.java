/**
 * Who may act: passphrase hashing, keyed login names, accounts, sessions, the log-in rate limit,
 * and the guard that checks cookies, CSRF tokens and the journey of each request.
 */
package org.recovery.web.auth;
