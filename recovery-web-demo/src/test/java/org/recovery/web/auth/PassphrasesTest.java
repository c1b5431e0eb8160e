package org.recovery.web.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PassphrasesTest {
  private final Passphrases fast = Passphrases.withIterations(1_000);

  @Test
  void theStandardWorkFactorIsAtLeastOwasps2023Recommendation() {
    Passphrases standard = Passphrases.standard();
    assertThat(standard.iterations()).isGreaterThanOrEqualTo(600_000);
    String stored = standard.hash("correct horse battery staple");
    assertThat(stored).startsWith("pbkdf2-sha256$600000$");
    assertThat(standard.check("correct horse battery staple", stored)).isTrue();
    assertThat(standard.check("correct horse battery stapler", stored)).isFalse();
  }

  @Test
  void eachHashHasItsOwnSalt() {
    String first = fast.hash("the same passphrase");
    String second = fast.hash("the same passphrase");
    assertThat(first).isNotEqualTo(second);
    assertThat(first.split("\\$")[2]).isNotEqualTo(second.split("\\$")[2]);
    assertThat(fast.check("the same passphrase", second)).isTrue();
  }

  @Test
  void aHashMadeAtAnotherWorkFactorStillChecks() {
    String old = Passphrases.withIterations(2_000).hash("an older passphrase");
    assertThat(fast.check("an older passphrase", old)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "plain",
        "pbkdf2-sha256$x$AAAA$AAAA",
        "md5$1000$AAAA$AAAA",
        "pbkdf2-sha256$1000$!!!$AAAA",
        "pbkdf2-sha256$1000$AAAA"
      })
  void aMalformedStoredHashNeverMatches(String stored) {
    assertThat(fast.check("anything at all", stored)).isFalse();
  }

  @Test
  void checkingANameWithNoAccountCostsOneDerivationLikeARealCheck() {
    String stored = fast.hash("real passphrase");
    long start = fast.derivations();
    fast.check("wrong passphrase", stored);
    long real = fast.derivations() - start;
    assertThat(fast.checkAgainstNothing("wrong passphrase")).isFalse();
    assertThat(fast.derivations() - start - real).isEqualTo(real).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"123456789", "short"})
  void aPassphraseShorterThanTenCharactersIsRefused(String passphrase) {
    assertThat(Passphrases.problemWith(passphrase)).contains("at least 10");
  }

  @Test
  void passphraseLengthCountsCharactersNotBytesOrUnits() {
    assertThat(Passphrases.problemWith("🙂".repeat(10))).isNull();
    assertThat(Passphrases.problemWith("x".repeat(200))).isNull();
    assertThat(Passphrases.problemWith("x".repeat(1025))).contains("at most 1024");
    assertThat(Passphrases.problemWith(null)).isNotNull();
  }
}
