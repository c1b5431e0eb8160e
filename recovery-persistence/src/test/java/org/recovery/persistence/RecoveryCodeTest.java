package org.recovery.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Recovery codes: 24 base32 characters in six groups, read back however they are typed. */
class RecoveryCodeTest {

  @Test
  void aCodeIsSixGroupsOfFourBase32CharactersCarrying120Bits() {
    RecoveryCode code = RecoveryCode.random();
    assertThat(code.text()).matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){5}");
    assertThat(code.bits()).hasSize(15);
    assertThat(code.toString()).doesNotContain(code.text().substring(0, 4) + "-");
  }

  @Test
  void aCodeReadsBackWithSpacesLowerCaseOrNoDashes() {
    RecoveryCode code = RecoveryCode.random();
    String plain = code.text().replace("-", "");
    assertThat(RecoveryCode.parse(code.text().toLowerCase())).isEqualTo(code);
    assertThat(RecoveryCode.parse(plain)).isEqualTo(code);
    assertThat(RecoveryCode.parse(" " + code.text().replace("-", " ") + " ")).isEqualTo(code);
    assertThat(RecoveryCode.parse(plain).bits()).isEqualTo(code.bits());
  }

  @Test
  void aCodeOfTheWrongLengthOrWithOtherCharactersIsRefusedInWords() {
    assertThatThrownBy(() -> RecoveryCode.parse("ABCD-EFGH"))
        .hasMessage(
            "A recovery code has 24 letters and digits (six groups of four); this one" + " has 8.");
    assertThatThrownBy(() -> RecoveryCode.parse("ABCD-EFGH-IJKL-MNOP-QRST-UVW1"))
        .hasMessage(
            "A recovery code has only the letters A to Z and the digits 2 to 7;"
                + " character 24 is neither.");
  }

  @Test
  void codesDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      assertThat(seen.add(RecoveryCode.random().text())).isTrue();
    }
  }
}
