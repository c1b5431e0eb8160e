package org.recovery.web.auth;

import java.util.List;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * Where log-ins and invitations are kept. Implementations are thread-safe, and every change is all
 * or nothing. A login name key is taken while an account has it or an unused invitation reserves
 * it.
 */
public interface AccountStore {

  /** The account with this name key, if any. */
  Optional<Account> find(String nameKey);

  /** The account of this partner, if they have one. */
  Optional<Account> find(JourneyId journey, PartnerId partner);

  /** Whether an account has this name key or an unused invitation reserves it. */
  boolean taken(String nameKey);

  /**
   * Adds accounts together, all or none.
   *
   * @return false, adding nothing, if any name key is taken or repeated
   */
  boolean addAll(List<Account> accounts);

  /**
   * Adds the first partner's account and the invitation for the second, both or neither.
   *
   * @return false, adding nothing, if either name key is taken or they are the same
   */
  boolean addWithInvitation(Account first, Invitation invitation);

  /** Replaces the account with the same name key (a new passphrase). @return false if none */
  boolean replace(Account account);

  /** Removes every account and invitation of the journey. @return the accounts removed */
  List<Account> removeJourney(JourneyId journey);

  /** The invitation with this code hash, used or not, if any. */
  Optional<Invitation> invitation(String codeHash);

  /** The journey's invitation, used or not, if any. */
  Optional<Invitation> invitationOf(JourneyId journey);

  /**
   * Puts the journey's invitation, replacing any earlier one of the same journey.
   *
   * @return false, changing nothing, if the name key is taken by anything but that journey's
   *     earlier invitation
   */
  boolean invite(Invitation invitation);

  /** Removes the journey's unused invitation. @return false if it had none */
  boolean revoke(JourneyId journey);

  /**
   * Marks {@code invitation} used and adds {@code account}, both or neither.
   *
   * @return false, changing nothing, if the invitation is no longer stored unused as given
   */
  boolean join(Invitation invitation, Account account, java.time.Instant when);
}
