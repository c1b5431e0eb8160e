/**
 * The API's routes: sessions, invitations, a partner's account (passphrase, export, deletion), the
 * demo journey, and one journey's view, report and commands. Each route turns JSON into a core
 * command or a core read; every decision stays in the core.
 */
package org.recovery.web.api;
