/**
 * Passphrases kept only as slow salted hashes, for the apps that let a partner sign in: {@link
 * org.recovery.persistence.passphrase.PassphraseHash}.
 */
package org.recovery.persistence.passphrase;
