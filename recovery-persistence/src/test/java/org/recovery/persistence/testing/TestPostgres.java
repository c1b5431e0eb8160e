package org.recovery.persistence.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * The PostgreSQL server of the tests: the one in {@code RECOVERY_TEST_PG_URL} (a JDBC URL of a
 * database whose user may create databases, e.g. {@code
 * jdbc:postgresql://localhost:5432/postgres?user=postgres&password=secret}), or else an embedded
 * server started once per test JVM from Maven-supplied binaries. Every test gets a database of its
 * own. Nothing here skips: a server that cannot be reached fails the test.
 */
public final class TestPostgres {
  /** The environment variable naming an existing server. */
  public static final String URL_VARIABLE = "RECOVERY_TEST_PG_URL";

  private static String adminUrl;

  private TestPostgres() {}

  /** A JDBC URL (credentials included) of a new, empty database. */
  public static synchronized String newDatabaseUrl() {
    String admin = adminUrl();
    String name =
        "recovery_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);
    try (Connection connection = DriverManager.getConnection(admin);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + redacted(admin), e);
    }
    return withDatabase(admin, name);
  }

  private static String adminUrl() {
    if (adminUrl == null) {
      String fromEnvironment = System.getenv(URL_VARIABLE);
      adminUrl =
          fromEnvironment != null && !fromEnvironment.isBlank()
              ? fromEnvironment.strip()
              : startEmbedded();
    }
    return adminUrl;
  }

  private static String startEmbedded() {
    try {
      Path temporary = Path.of(System.getProperty("java.io.tmpdir"));
      Files.createDirectories(temporary);
      EmbeddedPostgres server = EmbeddedPostgres.builder().start();
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      server.close();
                    } catch (IOException e) {
                      // The JVM is ending; the server's directory is temporary.
                    }
                  }));
      return server.getJdbcUrl("postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
    }
  }

  static String withDatabase(String url, String database) {
    int query = url.indexOf('?');
    String base = query < 0 ? url : url.substring(0, query);
    String parameters = query < 0 ? "" : url.substring(query);
    return base.substring(0, base.lastIndexOf('/') + 1) + database + parameters;
  }

  private static String redacted(String url) {
    return url.replaceAll("password=[^&]*", "password=…");
  }
}
