package org.recovery.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.JourneyId;

class AeadTest {
  private static final byte[] TEXT =
      "Ich vertraue dir wieder, ein bisschen.".getBytes(StandardCharsets.UTF_8);
  private final JourneyId journey = JourneyId.random();

  @Test
  void aSealedPayloadOpensOnlyAtItsOwnJourneyAndVersion() {
    var key = MasterKey.newDataKey();
    byte[] sealed = EventSeal.seal(key, journey, 4, TEXT);

    assertThat(EventSeal.open(key, journey, 4, sealed)).isEqualTo(TEXT);
    assertThatThrownBy(() -> EventSeal.open(key, journey, 5, sealed))
        .isInstanceOf(Aead.AuthenticationFailed.class);
    assertThatThrownBy(() -> EventSeal.open(key, JourneyId.random(), 4, sealed))
        .isInstanceOf(Aead.AuthenticationFailed.class);
    assertThatThrownBy(() -> EventSeal.open(MasterKey.newDataKey(), journey, 4, sealed))
        .isInstanceOf(Aead.AuthenticationFailed.class);
  }

  @Test
  void everyFlippedBitIsDetected() {
    var key = MasterKey.newDataKey();
    byte[] sealed = EventSeal.seal(key, journey, 1, TEXT);
    for (int i = 0; i < sealed.length; i++) {
      byte[] altered = Arrays.copyOf(sealed, sealed.length);
      altered[i] ^= 0x10;
      assertThatThrownBy(() -> EventSeal.open(key, journey, 1, altered))
          .isInstanceOf(Aead.AuthenticationFailed.class);
    }
    assertThatThrownBy(() -> EventSeal.open(key, journey, 1, Arrays.copyOf(sealed, 20)))
        .isInstanceOf(Aead.AuthenticationFailed.class);
  }

  @Test
  void aBatchKeepsOneCipherPerKeyUntilTheOutermostBatchEndsEvenByAnException() {
    var first = MasterKey.newDataKey();
    var second = MasterKey.newDataKey();

    assertThatThrownBy(
            () ->
                Aead.batch(
                    () -> {
                      byte[] sealed = EventSeal.seal(first, journey, 1, TEXT);
                      Aead.batch(() -> EventSeal.seal(second, journey, 2, TEXT));
                      assertThat(Aead.keyedCiphers()).as("after the inner batch").isEqualTo(2);
                      assertThat(EventSeal.open(first, journey, 1, sealed)).isEqualTo(TEXT);
                      assertThat(Aead.keyedCiphers()).as("the same key again").isEqualTo(2);
                      return EventSeal.open(second, journey, 1, sealed); // the wrong key
                    }))
        .isInstanceOf(Aead.AuthenticationFailed.class);

    assertThat(Aead.keyedCiphers()).as("after the batch").isZero();
    assertThat(
            Aead.batch(
                () -> {
                  byte[] again = EventSeal.seal(first, journey, 4, TEXT);
                  var sameKeyAnotherObject = new SecretKeySpec(first.getEncoded(), "AES");
                  assertThat(EventSeal.open(sameKeyAnotherObject, journey, 4, again))
                      .isEqualTo(TEXT);
                  assertThat(Aead.keyedCiphers()).as("one key in two objects").isEqualTo(1);
                  for (int i = 0; i < 20; i++) {
                    EventSeal.seal(MasterKey.newDataKey(), journey, 5, TEXT);
                  }
                  return Aead.keyedCiphers();
                }))
        .as("no more than eight in all")
        .isEqualTo(8);
    byte[] sealed = EventSeal.seal(first, journey, 3, TEXT);
    assertThat(Aead.keyedCiphers()).as("outside a batch").isZero();
    assertThat(Aead.batch(() -> EventSeal.open(first, journey, 3, sealed))).isEqualTo(TEXT);
  }

  @Test
  void aRangeOfAnArraySealsAndOpensAsTheSameBytesOnTheirOwn() {
    SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
    byte[] bound = "range".getBytes(StandardCharsets.US_ASCII);
    byte[] around = new byte[TEXT.length + 10];
    System.arraycopy(TEXT, 0, around, 3, TEXT.length);

    byte[] sealed = Aead.seal(key, around, 3, TEXT.length, bound);
    assertThat(Aead.open(key, sealed, bound)).isEqualTo(TEXT);
    byte[] inside = new byte[sealed.length + 7];
    System.arraycopy(sealed, 0, inside, 5, sealed.length);
    assertThat(Aead.open(key, inside, 5, sealed.length, bound)).isEqualTo(TEXT);
    assertThatThrownBy(() -> Aead.open(key, inside, 4, sealed.length, bound))
        .isInstanceOf(Aead.AuthenticationFailed.class);
    assertThatThrownBy(() -> Aead.open(key, inside, 5, sealed.length + 3, bound))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> Aead.seal(key, around, -1, 4, bound))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aMessageOpensIntoItsPlaceInAnotherArrayAndNowhereElse() {
    SecretKeySpec key = new SecretKeySpec(new byte[32], "AES");
    byte[] bound = "into".getBytes(StandardCharsets.US_ASCII);
    byte[] sealed = Aead.seal(key, TEXT, bound);
    byte[] inside = new byte[sealed.length + 7];
    System.arraycopy(sealed, 0, inside, 5, sealed.length);
    assertThat(Aead.plaintextLength(sealed.length)).isEqualTo(TEXT.length);

    byte[] out = new byte[TEXT.length + 6];
    Arrays.fill(out, (byte) 0x5a);
    int written = Aead.open(key, inside, 5, sealed.length, bound, out, 2);

    assertThat(written).isEqualTo(TEXT.length);
    assertThat(Arrays.copyOfRange(out, 2, 2 + TEXT.length)).isEqualTo(TEXT);
    assertThat(new byte[] {out[0], out[1], out[out.length - 4], out[out.length - 1]})
        .as("nothing written outside its place")
        .containsOnly((byte) 0x5a);
    assertThatThrownBy(() -> Aead.open(key, inside, 5, sealed.length, bound, out, 7))
        .as("no room for the plaintext")
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(
            () ->
                Aead.open(
                    key, inside, 5, sealed.length, "other".getBytes(), new byte[TEXT.length], 0))
        .isInstanceOf(Aead.AuthenticationFailed.class);
  }

  @Test
  void sealingTheSameTextTwiceUsesFreshNonces() {
    var key = MasterKey.newDataKey();

    assertThat(EventSeal.seal(key, journey, 1, TEXT))
        .isNotEqualTo(EventSeal.seal(key, journey, 1, TEXT));
  }

  @Test
  void aDataKeyUnwrapsOnlyForItsJourneyUnderItsMasterKey() {
    MasterKey master = MasterKey.of(MasterKey.randomMaterial());
    var dataKey = MasterKey.newDataKey();
    byte[] wrapped = master.wrap(dataKey, journey);

    assertThat(master.unwrap(wrapped, journey).getEncoded()).isEqualTo(dataKey.getEncoded());
    assertThatThrownBy(() -> master.unwrap(wrapped, JourneyId.random()))
        .isInstanceOf(Aead.AuthenticationFailed.class);
    assertThatThrownBy(() -> MasterKey.of(MasterKey.randomMaterial()).unwrap(wrapped, journey))
        .isInstanceOf(Aead.AuthenticationFailed.class);
  }

  @Test
  void aFingerprintNamesAKeyWithoutRevealingIt() {
    byte[] material = MasterKey.randomMaterial();

    assertThat(MasterKey.of(material).fingerprint())
        .matches("[0-9a-f]{16}")
        .isEqualTo(MasterKey.of(material.clone()).fingerprint())
        .isNotEqualTo(MasterKey.of(MasterKey.randomMaterial()).fingerprint());
    assertThat(MasterKey.of(material).toString())
        .doesNotContain(java.util.HexFormat.of().formatHex(material).substring(0, 16));
  }

  @Test
  void aMasterKeyMustBe256Bits() {
    assertThatThrownBy(() -> MasterKey.of(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32 bytes");
  }
}
