package org.recovery.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server the benchmarks measure against: the one named by {@code
 * RECOVERY_BENCH_PG_URL} (a JDBC URL with credentials), or else an embedded server from
 * Maven-supplied binaries started with the durability a real deployment has — {@code fsync}, {@code
 * synchronous_commit} and {@code full_page_writes} on — where the tests' embedded server turns all
 * three off to run faster.
 */
final class BenchPostgres implements AutoCloseable {
  /** The environment variable naming an existing server. */
  static final String URL_VARIABLE = "RECOVERY_BENCH_PG_URL";

  private final EmbeddedPostgres embedded;
  private final String jdbcUrl;

  private BenchPostgres(EmbeddedPostgres embedded, String jdbcUrl) {
    this.embedded = embedded;
    this.jdbcUrl = jdbcUrl;
  }

  /** Starts (or names) the server and checks that it flushes every commit. */
  static BenchPostgres start() {
    String given = System.getenv(URL_VARIABLE);
    if (given != null && !given.isBlank()) {
      return named(given.strip());
    }
    BenchPostgres server;
    try {
      Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
      EmbeddedPostgres embedded =
          EmbeddedPostgres.builder()
              .setServerConfig("fsync", "on")
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("full_page_writes", "on")
              .start();
      server = new BenchPostgres(embedded, embedded.getJdbcUrl("postgres", "postgres"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
    }
    server.requireDurable();
    return server;
  }

  /** The server at {@code jdbcUrl}, once it is known to flush every commit. */
  static BenchPostgres named(String jdbcUrl) {
    BenchPostgres server = new BenchPostgres(null, jdbcUrl);
    server.requireDurable();
    return server;
  }

  /** The JDBC URL, credentials included. */
  String jdbcUrl() {
    return jdbcUrl;
  }

  /** Refuses a server that would make the figures look better than a real deployment's. */
  private void requireDurable() {
    try (Connection c = DriverManager.getConnection(jdbcUrl);
        Statement s = c.createStatement()) {
      for (String setting : new String[] {"fsync", "synchronous_commit"}) {
        try (ResultSet row = s.executeQuery("SHOW " + setting)) {
          row.next();
          if (!row.getString(1).equals("on")) {
            close();
            throw new IllegalStateException(
                "the PostgreSQL server has "
                    + setting
                    + " = "
                    + row.getString(1)
                    + "; measure"
                    + " with it on, as a real deployment runs");
          }
        }
      }
    } catch (SQLException e) {
      close();
      throw new IllegalStateException("cannot reach the PostgreSQL server to measure", e);
    }
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot stop the embedded PostgreSQL server", e);
      }
    }
  }
}
