package org.recovery.web.auth;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * The one place where the server handles a passphrase: it makes a new log-in from one, checks one
 * at log-in and before a change, and replaces one. Routes never hash or compare passphrases
 * themselves, so a key derived from the passphrase (to wrap a partner's own key) can be added here
 * later without touching them.
 *
 * <p>It also remembers, in memory only, the log-ins of deleted journeys, so a partner who comes
 * back with the right passphrase is told that the journey was deleted rather than that the
 * passphrase is wrong. Nothing of a deleted journey's content is kept.
 */
public final class Credentials {
  private static final int REMEMBERED_DELETIONS = 10_000;

  private final AccountStore accounts;
  private final Passphrases passphrases;
  private final Map<String, String> deleted =
      new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > REMEMBERED_DELETIONS;
        }
      };

  /** Credentials kept in {@code accounts}, hashed by {@code passphrases}. */
  public Credentials(AccountStore accounts, Passphrases passphrases) {
    this.accounts = Objects.requireNonNull(accounts, "accounts must not be null");
    this.passphrases = Objects.requireNonNull(passphrases, "passphrases must not be null");
  }

  /** What checking a log-in found. */
  public sealed interface Check {
    /** The name and passphrase match this account. */
    record Matched(Account account) implements Check {}

    /** The name and passphrase matched a log-in of a journey that was deleted since. */
    record Deleted() implements Check {}

    /** No match; the same work was spent as for a match. */
    record Failed() implements Check {}
  }

  /**
   * Checks a log-in, spending the same work whether or not the name has an account.
   *
   * @param nameKey {@link LoginNames#key} of the name typed
   */
  public Check check(String nameKey, String passphrase) {
    Optional<Account> account = accounts.find(nameKey);
    if (account.isPresent()) {
      return passphrases.check(passphrase, account.get().passphraseHash())
          ? new Check.Matched(account.get())
          : new Check.Failed();
    }
    String gone;
    synchronized (deleted) {
      gone = deleted.get(nameKey);
    }
    if (gone != null) {
      return passphrases.check(passphrase, gone) ? new Check.Deleted() : new Check.Failed();
    }
    passphrases.checkAgainstNothing(passphrase);
    return new Check.Failed();
  }

  /** Whether {@code passphrase} is {@code account}'s. */
  public boolean matches(Account account, String passphrase) {
    return passphrases.check(passphrase, account.passphraseHash());
  }

  /**
   * A new log-in for a partner; its passphrase's length must have been checked ({@link
   * Passphrases#problemWith}).
   */
  public Account newAccount(
      String nameKey, JourneyId journey, PartnerId partner, String passphrase) {
    return new Account(nameKey, journey, partner, passphrases.hash(passphrase));
  }

  /**
   * Gives {@code account} a new passphrase (length already checked).
   *
   * @return false if the account no longer exists
   */
  public boolean change(Account account, String next) {
    return accounts.replace(
        new Account(
            account.nameKey(), account.journey(), account.partner(), passphrases.hash(next)));
  }

  /** Removes every log-in and invitation of a deleted journey, remembering the log-ins. */
  public void forgetJourney(JourneyId journey) {
    for (Account a : accounts.removeJourney(journey)) {
      synchronized (deleted) {
        deleted.put(a.nameKey(), a.passphraseHash());
      }
    }
  }
}
