package org.recovery.persistence.passphrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassphraseHashTest {
  private static final int FAST = 1_000;

  @Test
  void aHashMatchesItsPassphraseAndNoOther() {
    PassphraseHash hash = PassphraseHash.create("harbour lights".toCharArray(), FAST);

    assertThat(hash.matches("harbour lights".toCharArray())).isTrue();
    assertThat(hash.matches("harbour lights ".toCharArray())).isFalse();
    assertThat(hash.matches("Harbour lights".toCharArray())).isFalse();
  }

  @Test
  void theSamePassphraseHashesDifferentlyEachTimeBecauseOfItsSalt() {
    PassphraseHash a = PassphraseHash.create("harbour lights".toCharArray(), FAST);
    PassphraseHash b = PassphraseHash.create("harbour lights".toCharArray(), FAST);

    assertThat(a.salt()).isNotEqualTo(b.salt());
    assertThat(a.hash()).isNotEqualTo(b.hash());
    assertThat(a).isNotEqualTo(b);
  }

  @Test
  void theTextFormReadsBackEqualAndStillMatches() {
    PassphraseHash hash = PassphraseHash.create("harbour lights".toCharArray(), FAST);

    String encoded = hash.encoded();
    PassphraseHash read = PassphraseHash.parse(encoded);

    assertThat(encoded).startsWith("pbkdf2-sha256$1000$");
    assertThat(read).isEqualTo(hash).hasSameHashCodeAs(hash);
    assertThat(read.matches("harbour lights".toCharArray())).isTrue();
    assertThat(PassphraseHash.of(hash.algorithm(), hash.iterations(), hash.salt(), hash.hash()))
        .isEqualTo(hash);
  }

  @Test
  void theDefaultWorkFactorIsOwaspsForPbkdf2Sha256() {
    assertThat(PassphraseHash.DEFAULT_ITERATIONS).isEqualTo(600_000);
  }

  @Test
  void itsTextNeverShowsTheSaltOrTheHash() {
    PassphraseHash hash = PassphraseHash.create("harbour lights".toCharArray(), FAST);

    assertThat(hash.toString()).isEqualTo("PassphraseHash[PBKDF2WithHmacSHA256, 1000 iterations]");
  }

  @Test
  void theCopiesItHandsOutCannotChangeIt() {
    PassphraseHash hash = PassphraseHash.create("harbour lights".toCharArray(), FAST);

    hash.hash()[0] ^= 1;
    hash.salt()[0] ^= 1;

    assertThat(hash.matches("harbour lights".toCharArray())).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "pbkdf2-sha256$1000$c2FsdA",
        "bcrypt$1000$a$b",
        "pbkdf2-sha256$many$AAAAAAAAAAAAAAAAAAAAAA$AAAA"
      })
  void aMalformedTextIsRefusedWithoutRepeatingIt(String text) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassphraseHash.parse(text))
        .satisfies(
            e -> {
              if (!text.isEmpty()) {
                assertThat(e.getMessage()).doesNotContain(text);
              }
            });
  }

  @Test
  void storedPartsAreCheckedNamingThePart() {
    byte[] salt = new byte[16];
    byte[] hash = new byte[32];

    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassphraseHash.of("PBKDF2WithHmacSHA1", 1000, salt, hash))
        .withMessage("algorithm must be PBKDF2WithHmacSHA256, was PBKDF2WithHmacSHA1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassphraseHash.of(PassphraseHash.ALGORITHM, 0, salt, hash))
        .withMessage("iterations must be between 1 and 10000000, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassphraseHash.of(PassphraseHash.ALGORITHM, 10_000_001, salt, hash))
        .withMessage("iterations must be between 1 and 10000000, was 10000001");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassphraseHash.of(PassphraseHash.ALGORITHM, 1000, new byte[8], hash))
        .withMessage("salt must have at least 16 bytes, had 8");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassphraseHash.of(PassphraseHash.ALGORITHM, 1000, salt, new byte[20]))
        .withMessage("hash must have 32 bytes, had 20");
    String b64 = Base64.getEncoder().encodeToString(salt);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> PassphraseHash.parse("pbkdf2-sha256$1000$" + b64 + "$!!"))
        .withMessage("hash must be base64");
  }

  @Test
  void aPassphraseFromTenToOneThousandAndTwentyFourCharactersIsAccepted() {
    assertThat(PassphraseHash.problemWith("a".repeat(10).toCharArray())).isEmpty();
    assertThat(PassphraseHash.problemWith("a".repeat(1024).toCharArray())).isEmpty();
    assertThat(PassphraseHash.problemWith("😀".repeat(10).toCharArray()))
        .as("characters are counted as people see them, not as UTF-16 units")
        .isEmpty();
  }

  @Test
  void aPassphraseTooShortTooLongOrBlankIsRefusedWithASentence() {
    assertThat(PassphraseHash.problemWith("a".repeat(9).toCharArray()))
        .hasValue("A passphrase needs at least 10 characters.");
    assertThat(PassphraseHash.problemWith("😀".repeat(9).toCharArray()))
        .hasValue("A passphrase needs at least 10 characters.");
    assertThat(PassphraseHash.problemWith("a".repeat(1025).toCharArray()))
        .hasValue("A passphrase may have at most 1024 characters.");
    assertThat(PassphraseHash.problemWith(" ".repeat(12).toCharArray()))
        .hasValue("A passphrase must not be only spaces.");
    assertThat(PassphraseHash.problemWith(null)).hasValue("A passphrase is required.");
  }
}
