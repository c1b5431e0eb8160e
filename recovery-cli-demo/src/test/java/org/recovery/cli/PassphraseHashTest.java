package org.recovery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

class PassphraseHashTest {
  @TempDir
  Path directory;

  @Test
  void onlyTheSamePassphraseMatches() {
    PassphraseHash hash = PassphraseHash.create("correct horse".toCharArray(), 1_000);

    assertThat(hash.matches("correct horse".toCharArray())).isTrue();
    assertThat(hash.matches("correct horsE".toCharArray())).isFalse();
    assertThat(hash.matches(new char[0])).isFalse();
  }

  @Test
  void eachHashHasItsOwnSalt() {
    PassphraseHash a = PassphraseHash.create("same words".toCharArray(), 1_000);
    PassphraseHash b = PassphraseHash.create("same words".toCharArray(), 1_000);

    assertThat(a.salt()).isNotEqualTo(b.salt());
    assertThat(a.hash()).isNotEqualTo(b.hash());
  }

  @Test
  void theRealWorkFactorIsTheCurrentRecommendation() {
    assertThat(CliContext.PASSPHRASE_ITERATIONS).isGreaterThanOrEqualTo(600_000);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "seven77", "        "})
  void aShortOrBlankPassphraseCannotBeSet(String passphrase) {
    assertThat(PassphraseHash.problemWith(passphrase.toCharArray())).isNotNull();
  }

  @Test
  void eightCharactersAreEnough() {
    assertThat(PassphraseHash.problemWith("eight888".toCharArray())).isNull();
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
    assertThat(loaded.without(journey).of(journey, partner)).isEmpty();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(file)).doesNotContain("a passphrase");
  }

  @Test
  void aDamagedCredentialsFileIsAStorageProblem() throws Exception {
    Path file = Files.writeString(directory.resolve("x.credentials"), "{\"format\": 1");

    assertThatThrownBy(() -> Credentials.load(file)).isInstanceOfSatisfying(CliFailure.class,
        f -> assertThat(f.exitCode()).isEqualTo(3));
  }
}
