package org.recovery.web.auth;

import java.util.List;
import java.util.Optional;

/** Where accounts are kept. Implementations are thread-safe. */
public interface AccountStore {

  /** The account with this name key, if any. */
  Optional<Account> find(String nameKey);

  /**
   * Adds accounts together, all or none.
   *
   * @return false, adding nothing, if any name key is taken or repeated
   */
  boolean addAll(List<Account> accounts);
}
