package org.recovery.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.persistence.CloseableEventStore;
import org.recovery.persistence.EnvironmentKeyProvider;
import org.recovery.persistence.FileKeyProvider;
import org.recovery.persistence.InWords;
import org.recovery.persistence.KeyProvider;
import org.recovery.persistence.Stores;
import org.recovery.persistence.ZeroKnowledge;
import org.recovery.web.auth.FileAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts the web demo: {@code java -jar recovery-web.jar [options]}; see {@link ServerOptions}. */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  /** Runs the server until the process is stopped. */
  public static void main(String[] args) {
    ServerOptions options;
    InstrumentCatalogue instruments;
    try {
      options = ServerOptions.parse(args);
      instruments =
          options.instruments().map(InstrumentFolder::load).orElse(InstrumentCatalogue.standard());
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(ServerOptions.USAGE);
      System.exit(2);
      return;
    }
    Path base = options.postgres() ? Path.of("recovery-web") : Path.of(options.db());
    boolean masterKeyMode = masterKeyMode(base, System.getenv());
    byte[] nameSecret;
    CloseableEventStore store;
    try {
      if (masterKeyMode) {
        KeyProvider keys =
            System.getenv(EnvironmentKeyProvider.DEFAULT_VARIABLE) != null
                ? EnvironmentKeyProvider.fromDefaultVariable()
                : FileKeyProvider.at(sibling(base, ".master-key"));
        SecretKey master = keys.masterKey();
        store =
            options.postgres() ? Stores.postgres(options.db(), keys) : Stores.sqlite(base, keys);
        nameSecret = derive(master, "recovery-web login names v1");
        LOG.info(
            "A master key is configured, so this database keeps opening in master-key mode, as it"
                + " was made: private entries are sealed to their authors, the rest opens with the"
                + " master key. A new database without a master key runs in zero-knowledge mode"
                + " (docs/web.md).");
      } else {
        store =
            options.postgres() ? ZeroKnowledge.postgres(options.db()) : ZeroKnowledge.sqlite(base);
        nameSecret = NameSecret.at(sibling(base, ".name-secret"));
        LOG.info(
            "Zero-knowledge mode: a journey opens only while one of its partners is logged in.");
      }
    } catch (RuntimeException e) {
      LOG.debug("could not open the database", e);
      System.err.println(
          "Cannot open the database "
              + (options.postgres() ? "(PostgreSQL)" : base.toAbsolutePath().toString())
              + ": "
              + InWords.describe(e)
              + ". The server did not start.");
      System.exit(3);
      return;
    }
    Path accounts = options.accounts().orElse(sibling(base, ".accounts.json"));
    WebServer server =
        WebServer.builder(store)
            .host(options.host())
            .port(options.port())
            .accounts(FileAccounts.at(accounts))
            .instruments(instruments)
            .nameSecret(nameSecret)
            .alwaysSecure(options.secureCookies())
            .start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  store.close();
                },
                "recovery-web-shutdown"));
    System.out.println(
        "Recovery web demo is running. Open "
            + server.url()
            + " in your browser (Ctrl+C stops it).");
    System.out.println(
        "Data: "
            + (options.postgres() ? "PostgreSQL" : base.toAbsolutePath())
            + "; log-ins: "
            + accounts.toAbsolutePath());
    System.out.println("Questionnaires: " + String.join(", ", instruments.ids()));
  }

  /**
   * Whether the database at {@code base} runs with a master key: when one is configured, in the
   * environment ({@value EnvironmentKeyProvider#DEFAULT_VARIABLE}) or in the file {@code base +
   * ".master-key"} that an earlier release made beside it. Such a database keeps its mode; any
   * other runs in zero-knowledge mode.
   */
  static boolean masterKeyMode(Path base, Map<String, String> environment) {
    return environment.get(EnvironmentKeyProvider.DEFAULT_VARIABLE) != null
        || Files.exists(sibling(base, ".master-key"));
  }

  private static Path sibling(Path file, String suffix) {
    return file.toAbsolutePath().resolveSibling(file.getFileName() + suffix);
  }

  /** A key for one purpose, derived from the master key so the two are never the same. */
  static byte[] derive(SecretKey master, String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(master.getEncoded(), "HmacSHA256"));
      return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
