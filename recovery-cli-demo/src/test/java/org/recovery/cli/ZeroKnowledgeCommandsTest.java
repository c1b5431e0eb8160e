package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.core.spi.RecordedEvent;
import org.recovery.persistence.SealingEventStore;
import org.recovery.persistence.ZeroKnowledge;

/**
 * The commands around a zero-knowledge database: the demo and import make one, a refused start
 * leaves nothing, the recovery code and a new passphrase work as in the master-key mode, forgetting
 * ends the partner's way in, and a command that needs no partner still lists the journeys.
 */
class ZeroKnowledgeCommandsTest {
  @TempDir Path directory;

  @Test
  void theDemoInZeroKnowledgeModeKeepsNoMasterKeyAndGivesTheSameReports() {
    DemoJourney plain = DemoJourney.write(directory.resolve("plain"), 1);
    DemoJourney sealed = DemoJourney.write(directory.resolve("sealed"), 1, "--zero-knowledge");

    assertThat(sealed.output.out()).contains("in zero-knowledge mode");
    assertThat(DataFiles.of(sealed.cli.database).masterKey()).doesNotExist();
    assertThat(Harness.expectOk(sealed.asHurt("report", "--format", "json")).out())
        .isEqualTo(Harness.expectOk(plain.asHurt("report", "--format", "json")).out());
    assertThat(Harness.expectOk(sealed.asInvolved("report", "--format", "json")).out())
        .isEqualTo(Harness.expectOk(plain.asInvolved("report", "--format", "json")).out());
  }

  @Test
  void aRefusedStartLeavesNoJourneyAndNoKeys() {
    Harness cli = new Harness(directory);
    cli.environment.put(Passphrases.PARTNER_VARIABLE, "short");
    Harness.Run refused =
        cli.as("Sam", "start", "--partner", "Alex", "--zero-knowledge", "--zone", "UTC");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("cannot be used");

    Harness.Run status = cli.as("Sam", "status");
    assertThat(status.err()).contains("no journey");
    assertThat(DataFiles.of(cli.database).credentials()).doesNotExist();
    cli.started();
    Harness.expectOk(cli.as("Sam", "status"));
  }

  @Test
  void withTwoJourneysACommandNamesThemWithoutAnyPassphrase() {
    Harness cli = new Harness(directory).started("--zero-knowledge");
    cli.environment.put(Passphrases.PARTNER_VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.expectOk(cli.as("Sam", "start", "--partner", "Alex", "--another"));
    cli.environment.remove(Passphrases.PARTNER_VARIABLE);
    cli.environment.remove(Passphrases.VARIABLE);

    Harness.Run run = cli.raw("status", "--db", cli.database.toString(), "--as", "Sam");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("This database holds 2 journeys; say which with --journey ID");
  }

  @Test
  void theRecoveryCodeAndANewPassphraseWorkAsWithAMasterKey() {
    Harness cli = new Harness(directory).started("--zero-knowledge");
    String code =
        ZeroKnowledgeCliTest.code(Harness.expectOk(cli.as("Sam", "journal", "kept")).err());

    cli.environment.put(PassphraseCommand.NEW_VARIABLE, "sam-new-secret");
    Harness.expectOk(cli.as("Sam", "passphrase"));
    assertThat(cli.as("Sam", "timeline").code()).isEqualTo(1);
    cli.changedPassphrases.put("Sam", "sam-new-secret");
    assertThat(Harness.expectOk(cli.as("Sam", "timeline")).out()).contains("kept");

    cli.environment.put(RecoverCommand.CODE_VARIABLE, code);
    cli.environment.put(PassphraseCommand.NEW_VARIABLE, "sam-recovered-1");
    Harness.Run recovered = Harness.expectOk(cli.as("Sam", "recover"));
    assertThat(recovered.out()).contains("This recovery code is Sam's");
    assertThat(ZeroKnowledgeCliTest.code(recovered.err())).isNotEqualTo(code);
    Harness.Run again = cli.as("Sam", "recover");
    assertThat(again.code()).isEqualTo(1);
    assertThat(again.err()).contains("That is not Sam's recovery code. Nothing was changed.");
    cli.environment.remove(RecoverCommand.CODE_VARIABLE);
    cli.environment.remove(PassphraseCommand.NEW_VARIABLE);

    cli.changedPassphrases.put("Sam", "sam-recovered-1");
    assertThat(Harness.expectOk(cli.as("Sam", "timeline")).out()).contains("kept");
    assertThat(Harness.expectOk(cli.as("Alex", "timeline")).out()).doesNotContain("kept");
  }

  @Test
  void forgettingEndsThePartnersWayInAndTheOtherKeepsTheirs() {
    Harness cli = new Harness(directory).started("--zero-knowledge");
    Harness.expectOk(cli.as("Sam", "journal", "gone-for-good"));
    Harness.Run forgot = Harness.expectOk(cli.as("Sam", "forget-my-private-entries", "--yes"));
    assertThat(forgot.out()).contains("you cannot open this journey any more");

    Harness.Run after = cli.as("Sam", "timeline");
    assertThat(after.code()).isEqualTo(1);
    assertThat(after.err())
        .contains("Sam's key was destroyed when they forgot their private entries")
        .doesNotContain("gone-for-good");
    Harness.Run alex = Harness.expectOk(cli.as("Alex", "timeline"));
    assertThat(alex.out()).doesNotContain("gone-for-good");
  }

  @Test
  void aCompleteExportImportsIntoANewZeroKnowledgeDatabaseWithTheSameReport() {
    Harness cli = new Harness(directory.resolve("first")).withBetrayal();
    Harness.expectOk(cli.as("Sam", "journal", "carried-over"));
    Path file = directory.resolve("export.json");
    cli.environment.put(Passphrases.PARTNER_VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.expectOk(cli.as("Sam", "export", "--output", file.toString(), "--complete"));
    cli.environment.remove(Passphrases.PARTNER_VARIABLE);

    Harness second = new Harness(directory.resolve("second"));
    second.clock.set(cli.clock.instant());
    second.environment.put(Passphrases.PARTNER_VARIABLE, Harness.PASSPHRASES.get("Alex"));
    Harness.expectOk(second.as("Sam", "import", file.toString(), "--zero-knowledge"));
    second.environment.remove(Passphrases.PARTNER_VARIABLE);

    assertThat(DataFiles.of(second.database).masterKey()).doesNotExist();
    assertThat(Harness.expectOk(second.as("Sam", "timeline")).out()).contains("carried-over");
    assertThat(Harness.expectOk(second.as("Alex", "timeline")).out())
        .doesNotContain("carried-over");
    DataFiles files = DataFiles.of(second.database);
    try (SealingEventStore store =
        ZeroKnowledge.sqlite(files.database(), files.keyVault(), 1_000)) {
      JourneyId journey = store.list().get(0);
      PartnerId alex = ZeroKnowledgeCliTest.partnerWithPassphrase(files, store, journey, "Alex");
      List<JourneyEvent> asAlex = store.read(journey).stream().map(RecordedEvent::event).toList();
      assertThat(asAlex)
          .as("Sam's private entries, imported, read in Alex's process")
          .filteredOn(e -> !e.by().equals(alex) && e.visibility() == Visibility.PRIVATE)
          .isNotEmpty()
          .allMatch(e -> e instanceof SealedEntry);
      assertThat(asAlex.toString()).doesNotContain("carried-over");
    }
  }
}
