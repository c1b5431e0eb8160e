package org.recovery.benchmarks.process;

import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The floors of the process-level rows in {@code scripts/benchmarks}: what a fresh JVM cannot do
 * faster, run as its own process beside the command it is compared with.
 *
 * <ul>
 *   <li>{@code hello}: start, print a line, exit.
 *   <li>{@code kdf}: the same plus one PBKDF2-HMAC-SHA256 derivation at 600,000 iterations, the
 *       price every passphrase-protected command pays once.
 *   <li>{@code scan DB}: the same as {@code kdf}, plus reading every stored event row of the SQLite
 *       database {@code DB} in order, undecrypted: what a fresh process building a report cannot
 *       avoid.
 * </ul>
 */
public final class Floor {
  private Floor() {}

  /**
   * Runs one floor.
   *
   * @param args {@code hello}, {@code kdf}, or {@code scan} and a database file
   */
  public static void main(String[] args) throws GeneralSecurityException, SQLException {
    List<String> given = List.of(args);
    if (given.isEmpty() || !List.of("hello", "kdf", "scan").contains(given.get(0))) {
      System.err.println("usage: Floor hello | kdf | scan DATABASE");
      System.exit(2);
    }
    int keyBytes = given.get(0).equals("hello") ? 0 : derive();
    long[] scanned = {0, 0};
    if (given.get(0).equals("scan")) {
      if (given.size() != 2) {
        System.err.println("usage: Floor scan DATABASE");
        System.exit(2);
      }
      scanned = scan(given.get(1));
    }
    System.out.println(
        "floor "
            + given.get(0)
            + ": "
            + scanned[0]
            + " rows, "
            + scanned[1]
            + " bytes, "
            + keyBytes
            + " key bytes");
  }

  private static int derive() throws GeneralSecurityException {
    char[] passphrase = "a passphrase of some length".toCharArray();
    PBEKeySpec spec = new PBEKeySpec(passphrase, new byte[16], 600_000, 256);
    return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
        .generateSecret(spec)
        .getEncoded()
        .length;
  }

  /** Every stored event row read in order: how many, and their bytes. */
  static long[] scan(String database) throws SQLException {
    long rowCount = 0;
    long bytes = 0;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
        PreparedStatement q =
            c.prepareStatement("SELECT payload FROM events ORDER BY journey_id, version");
        ResultSet rows = q.executeQuery()) {
      while (rows.next()) {
        rowCount++;
        bytes += rows.getBytes(1).length;
      }
    }
    return new long[] {rowCount, bytes};
  }
}
