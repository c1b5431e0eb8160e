package org.recovery.persistence.passphrase;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class PassphraseHashProperties {

  @Property(tries = 40)
  void aHashReadBackFromItsTextMatchesExactlyItsOwnPassphrase(
      @ForAll @StringLength(min = 1, max = 40) String passphrase,
      @ForAll @StringLength(min = 1, max = 40) String other) {
    Assume.that(!other.equals(passphrase));
    PassphraseHash hash = PassphraseHash.create(passphrase.toCharArray(), 50);

    PassphraseHash read = PassphraseHash.parse(hash.encoded());

    assertThat(read).isEqualTo(hash);
    assertThat(read.matches(passphrase.toCharArray())).isTrue();
    assertThat(read.matches(other.toCharArray())).isFalse();
  }
}
