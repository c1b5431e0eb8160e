package org.recovery.web.auth;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts held in memory: for tests, and the base of {@link FileAccounts}. */
public class InMemoryAccounts implements AccountStore {
  private final Map<String, Account> byName = new HashMap<>();

  @Override
  public synchronized Optional<Account> find(String nameKey) {
    return Optional.ofNullable(byName.get(nameKey));
  }

  @Override
  public synchronized boolean addAll(List<Account> accounts) {
    Set<String> keys = new HashSet<>();
    for (Account a : accounts) {
      if (byName.containsKey(a.nameKey()) || !keys.add(a.nameKey())) {
        return false;
      }
    }
    Map<String, Account> next = new HashMap<>(byName);
    for (Account a : accounts) {
      next.put(a.nameKey(), a);
    }
    saved(List.copyOf(next.values()));
    byName.putAll(next);
    return true;
  }

  /** Called, holding the lock, before a change takes effect, with all accounts after it; throwing cancels it. */
  protected void saved(List<Account> all) {
  }

  /** Puts accounts read back from storage. */
  protected synchronized void load(List<Account> accounts) {
    for (Account a : accounts) {
      byName.put(a.nameKey(), a);
    }
  }
}
