package org.recovery.web.auth;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/** Accounts and invitations held in memory: for tests, and the base of {@link FileAccounts}. */
public class InMemoryAccounts implements AccountStore {
  private final Map<String, Account> byName = new HashMap<>();
  private final Map<JourneyId, Invitation> invitations = new HashMap<>();

  @Override
  public synchronized Optional<Account> find(String nameKey) {
    return Optional.ofNullable(byName.get(nameKey));
  }

  @Override
  public synchronized Optional<Account> find(JourneyId journey, PartnerId partner) {
    return byName.values().stream()
        .filter(a -> a.journey().equals(journey) && a.partner().equals(partner))
        .findFirst();
  }

  @Override
  public synchronized boolean taken(String nameKey) {
    return byName.containsKey(nameKey)
        || invitations.values().stream()
            .anyMatch(i -> i.used().isEmpty() && i.nameKey().equals(nameKey));
  }

  @Override
  public synchronized boolean addAll(List<Account> accounts) {
    Set<String> keys = new HashSet<>();
    for (Account a : accounts) {
      if (taken(a.nameKey()) || !keys.add(a.nameKey())) {
        return false;
      }
    }
    Map<String, Account> next = new HashMap<>(byName);
    accounts.forEach(a -> next.put(a.nameKey(), a));
    commit(next, invitations);
    return true;
  }

  @Override
  public synchronized boolean addWithInvitation(Account first, Invitation invitation) {
    if (taken(first.nameKey())
        || taken(invitation.nameKey())
        || first.nameKey().equals(invitation.nameKey())
        || invitations.containsKey(invitation.journey())) {
      return false;
    }
    Map<String, Account> next = new HashMap<>(byName);
    next.put(first.nameKey(), first);
    Map<JourneyId, Invitation> nextInvitations = new HashMap<>(invitations);
    nextInvitations.put(invitation.journey(), invitation);
    commit(next, nextInvitations);
    return true;
  }

  @Override
  public synchronized boolean replace(Account account) {
    if (!byName.containsKey(account.nameKey())) {
      return false;
    }
    Map<String, Account> next = new HashMap<>(byName);
    next.put(account.nameKey(), account);
    commit(next, invitations);
    return true;
  }

  @Override
  public synchronized List<Account> removeJourney(JourneyId journey) {
    List<Account> removed =
        byName.values().stream().filter(a -> a.journey().equals(journey)).toList();
    Map<String, Account> next = new HashMap<>(byName);
    removed.forEach(a -> next.remove(a.nameKey()));
    Map<JourneyId, Invitation> nextInvitations = new HashMap<>(invitations);
    nextInvitations.remove(journey);
    commit(next, nextInvitations);
    return removed;
  }

  @Override
  public synchronized Optional<Invitation> invitation(String codeHash) {
    return invitations.values().stream().filter(i -> i.codeHash().equals(codeHash)).findFirst();
  }

  @Override
  public synchronized Optional<Invitation> invitationOf(JourneyId journey) {
    return Optional.ofNullable(invitations.get(journey));
  }

  @Override
  public synchronized boolean invite(Invitation invitation) {
    Invitation earlier = invitations.get(invitation.journey());
    boolean reservedByEarlier =
        earlier != null
            && earlier.used().isEmpty()
            && earlier.nameKey().equals(invitation.nameKey());
    if (!reservedByEarlier && taken(invitation.nameKey())) {
      return false;
    }
    Map<JourneyId, Invitation> next = new HashMap<>(invitations);
    next.put(invitation.journey(), invitation);
    commit(byName, next);
    return true;
  }

  @Override
  public synchronized boolean revoke(JourneyId journey) {
    Invitation earlier = invitations.get(journey);
    if (earlier == null || earlier.used().isPresent()) {
      return false;
    }
    Map<JourneyId, Invitation> next = new HashMap<>(invitations);
    next.remove(journey);
    commit(byName, next);
    return true;
  }

  @Override
  public synchronized boolean join(Invitation invitation, Account account, Instant when) {
    if (!invitation.equals(invitations.get(invitation.journey()))
        || invitation.used().isPresent()
        || byName.containsKey(account.nameKey())) {
      return false;
    }
    Map<String, Account> next = new HashMap<>(byName);
    next.put(account.nameKey(), account);
    Map<JourneyId, Invitation> nextInvitations = new HashMap<>(invitations);
    nextInvitations.put(invitation.journey(), invitation.usedAt(when));
    commit(next, nextInvitations);
    return true;
  }

  /**
   * Called, holding the lock, before a change takes effect, with everything after it; throwing
   * cancels it.
   */
  protected void saved(List<Account> accounts, List<Invitation> invitations) {}

  /** Puts accounts and invitations read back from storage. */
  protected synchronized void load(List<Account> accounts, List<Invitation> stored) {
    accounts.forEach(a -> byName.put(a.nameKey(), a));
    stored.forEach(i -> invitations.put(i.journey(), i));
  }

  private void commit(Map<String, Account> accounts, Map<JourneyId, Invitation> next) {
    saved(List.copyOf(accounts.values()), List.copyOf(new ArrayList<>(next.values())));
    if (accounts != byName) {
      byName.clear();
      byName.putAll(accounts);
    }
    if (next != invitations) {
      invitations.clear();
      invitations.putAll(next);
    }
  }
}
