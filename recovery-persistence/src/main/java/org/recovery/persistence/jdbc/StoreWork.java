package org.recovery.persistence.jdbc;

import java.sql.SQLException;
import org.recovery.core.common.JourneyId;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.InWords;

/** Runs a store's SQL, turning a failure into a {@link StorageException} naming the journey. */
final class StoreWork {
  private StoreWork() {}

  static <T> T writing(Database database, JourneyId journey, SqlWork<T> work) {
    try {
      return database.inTransaction(work);
    } catch (SQLException e) {
      throw failed(journey, e);
    }
  }

  static <T> T reading(Database database, JourneyId journey, SqlWork<T> work) {
    try {
      return database.reading(work);
    } catch (SQLException e) {
      throw failed(journey, e);
    }
  }

  /** {@link Database#lookup}: {@code work} reads with one statement. */
  static <T> T lookup(Database database, JourneyId journey, SqlWork<T> work) {
    try {
      return database.lookup(work);
    } catch (SQLException e) {
      throw failed(journey, e);
    }
  }

  private static StorageException failed(JourneyId journey, SQLException e) {
    return new StorageException(
        "storage failed"
            + (journey == null ? "" : " for journey " + journey)
            + ": "
            + InWords.describe(e),
        e);
  }
}
