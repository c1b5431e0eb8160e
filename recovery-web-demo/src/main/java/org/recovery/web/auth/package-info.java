/**
 * Who may act: passphrase hashing and the one place passphrases are set and checked ({@code
 * Credentials}), keyed login names, accounts and invitations, sessions, the log-in rate limit, and
 * the guard that checks cookies, CSRF tokens and the journey of each request.
 */
package org.recovery.web.auth;
