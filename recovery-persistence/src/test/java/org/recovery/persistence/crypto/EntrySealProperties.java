package org.recovery.persistence.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;

/**
 * An entry's associated data is {@code recovery:sealed-entry:v1:JOURNEY:VERSION:AUTHOR:KEYID} in
 * ASCII whatever order entries come in (the parts around the version are kept from one call to the
 * next), and an entry opens only where it was sealed.
 */
class EntrySealProperties {

  /** Where one entry was sealed. */
  record Place(String keyId, JourneyId journey, long version, PartnerId author) {}

  @Property(tries = 200)
  void theAssociatedDataIsTheDocumentedTextForEveryEntryInAnyOrder(
      @ForAll @Size(min = 1, max = 30) List<@From("runs") Place> places) {
    for (Place p : places) {
      byte[] expected =
          ("recovery:sealed-entry:v1:"
                  + p.journey()
                  + ":"
                  + p.version()
                  + ":"
                  + p.author()
                  + ":"
                  + p.keyId())
              .getBytes(StandardCharsets.US_ASCII);

      assertThat(EntrySeal.associatedData(p.keyId(), p.journey(), p.version(), p.author()))
          .as("%s", p)
          .isEqualTo(expected);
    }
  }

  @Property(tries = 50)
  void anEntryOpensOnlyWhereItWasSealed(
      @ForAll @Size(min = 2, max = 6) List<@From("runs") Place> places) {
    SecretKey key = MasterKey.newDataKey();
    List<byte[]> sealed = new ArrayList<>();
    for (Place p : places) {
      sealed.add(EntrySeal.seal(key, p.keyId(), p.journey(), p.version(), p.author(), bytes(p)));
    }
    for (int i = 0; i < places.size(); i++) {
      for (int j = 0; j < places.size(); j++) {
        Place at = places.get(j);
        byte[] entry = sealed.get(i);
        if (at.equals(places.get(i))) {
          assertThat(
                  EntrySeal.open(key, at.keyId(), at.journey(), at.version(), at.author(), entry))
              .isEqualTo(bytes(places.get(i)));
        } else {
          assertThatThrownBy(
                  () ->
                      EntrySeal.open(
                          key, at.keyId(), at.journey(), at.version(), at.author(), entry))
              .isInstanceOf(Aead.AuthenticationFailed.class);
        }
      }
    }
  }

  private static byte[] bytes(Place p) {
    return p.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Places that share a journey, an author or a key with each other more often than not. */
  @Provide
  Arbitrary<Place> runs() {
    Arbitrary<JourneyId> journey =
        Arbitraries.of(fixedJourneys()).injectDuplicates(0.5).map(JourneyId::new);
    Arbitrary<PartnerId> author =
        Arbitraries.of(fixedPartners()).injectDuplicates(0.5).map(PartnerId::new);
    Arbitrary<String> keyId =
        Arbitraries.oneOf(
            Arbitraries.of("d963b8e0dc0398b5", "1fa5ee1263190947"),
            Arbitraries.strings().ofMaxLength(20));
    Arbitrary<Long> version =
        Arbitraries.oneOf(
            Arbitraries.longs().between(1, 200),
            Arbitraries.longs(),
            Arbitraries.of(0L, Long.MAX_VALUE, Long.MIN_VALUE));
    return Combinators.combine(keyId, journey, version, author).as(Place::new);
  }

  private static List<UUID> fixedJourneys() {
    return List.of(
        UUID.fromString("0c2cac0f-1cc6-4111-85c7-25046b1d6a81"),
        UUID.fromString("be67ced4-9756-452d-8ad0-44cf2f25b8b8"),
        UUID.fromString("00000000-0000-4000-8000-000000000001"));
  }

  private static List<UUID> fixedPartners() {
    return List.of(
        UUID.fromString("5b1a0c54-8f7e-4f3a-9d4c-2a7b8e6f1c30"),
        UUID.fromString("e2d4f6a8-1b3c-4d5e-8f70-9a1b2c3d4e5f"),
        UUID.fromString("00000000-0000-4000-8000-000000000001"));
  }
}
