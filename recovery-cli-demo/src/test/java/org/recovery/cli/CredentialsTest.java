package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.persistence.passphrase.PassphraseHash;

/** The credentials file: passphrase hashes per journey and partner, owner-only. */
class CredentialsTest {
  @TempDir Path directory;

  @Test
  void theRealWorkFactorIsTheCurrentRecommendation() {
    assertThat(CliContext.PASSPHRASE_ITERATIONS)
        .isGreaterThanOrEqualTo(PassphraseHash.DEFAULT_ITERATIONS);
  }

  @Test
  void credentialsSurviveTheFileAndAreOwnerOnly() throws Exception {
    Path file = directory.resolve("x.credentials");
    JourneyId journey = JourneyId.random();
    PartnerId partner = PartnerId.random();
    PassphraseHash hash = PassphraseHash.create("a passphrase".toCharArray(), 1_000);
    Credentials.load(file).with(journey, partner, hash).save(file);

    Credentials loaded = Credentials.load(file);

    assertThat(loaded.of(journey, partner)).contains(hash);
    assertThat(loaded.of(journey, partner).orElseThrow().matches("a passphrase".toCharArray()))
        .isTrue();
    assertThat(loaded.without(journey).of(journey, partner)).isEmpty();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file)).doesNotContain("a passphrase");
  }

  @Test
  void aDamagedCredentialsFileIsAStorageProblem() throws Exception {
    Path file = Files.writeString(directory.resolve("x.credentials"), "{\"format\": 1");

    assertThatThrownBy(() -> Credentials.load(file))
        .isInstanceOfSatisfying(CliFailure.class, f -> assertThat(f.exitCode()).isEqualTo(3));
  }
}
