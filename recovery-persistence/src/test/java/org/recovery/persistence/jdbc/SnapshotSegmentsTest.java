package org.recovery.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.common.JourneyId;

/**
 * A snapshot is sealed in segments ({@link Snapshots#SEGMENT} bytes of content each), each bound to
 * its place and to its snapshot: whatever the sizes, it opens to what was sealed, and a segment
 * moved, dropped, repeated or taken from another snapshot makes the whole snapshot unusable.
 */
class SnapshotSegmentsTest {
  private static final int SEALING = 1 + 12 + 16;

  private final Random random = new Random(17);
  private final SecretKey key = new SecretKeySpec(bytes(32), "AES");
  private final JourneyId journey = JourneyId.random();

  private byte[] bytes(int size) {
    byte[] b = new byte[size];
    random.nextBytes(b);
    return b;
  }

  /** {@code count} envelopes of {@code size} bytes each. */
  private List<byte[]> envelopes(int count, int size) {
    List<byte[]> envelopes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      envelopes.add(bytes(size));
    }
    return envelopes;
  }

  private Snapshots.Stored sealed(List<byte[]> envelopes) {
    return Snapshots.seal(key, journey, new JourneyHead(envelopes.size(), bytes(32)), envelopes);
  }

  private static List<String> hex(List<byte[]> envelopes) {
    return envelopes.stream().map(HexFormat.of()::formatHex).toList();
  }

  /** The stored form's segments, each with its length in front, after the count and the id. */
  private static List<byte[]> segments(Snapshots.Stored stored) {
    ByteBuffer in = ByteBuffer.wrap(stored.sealed());
    int count = in.getInt();
    in.position(in.position() + 16);
    List<byte[]> segments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      byte[] segment = new byte[4 + in.getInt(in.position())];
      in.get(segment);
      segments.add(segment);
    }
    assertThat(in.hasRemaining()).isFalse();
    return segments;
  }

  /** {@code stored} with its segments changed by {@code change} and the count written to match. */
  private static Snapshots.Stored withSegments(
      Snapshots.Stored stored, UnaryOperator<List<byte[]>> change) {
    List<byte[]> segments = change.apply(new ArrayList<>(segments(stored)));
    int size = 4 + 16 + segments.stream().mapToInt(s -> s.length).sum();
    ByteBuffer out = ByteBuffer.allocate(size).putInt(segments.size());
    out.put(stored.sealed(), 4, 16);
    segments.forEach(out::put);
    return new Snapshots.Stored(stored.version(), stored.format(), out.array());
  }

  private void assertUnusable(Snapshots.Stored stored, String reason) {
    assertThatThrownBy(() -> Snapshots.open(key, journey, stored))
        .isInstanceOf(Snapshots.Unusable.class)
        .hasMessageContaining(reason);
  }

  @Property(tries = 60)
  void aSnapshotOpensToWhatWasSealedWhateverTheSizes(
      @ForAll @Size(max = 12) List<@IntRange(max = 5000) Integer> sizes) {
    List<byte[]> envelopes = new ArrayList<>();
    for (int size : sizes) {
      envelopes.add(bytes(size));
    }
    byte[] chain = bytes(32);

    Snapshots.Content content =
        unchecked(
            Snapshots.seal(key, journey, new JourneyHead(envelopes.size(), chain), envelopes));

    assertThat(hex(content.envelopes())).isEqualTo(hex(envelopes));
    assertThat(content.head().chain()).isEqualTo(chain);
    assertThat(content.head().version()).isEqualTo(envelopes.size());
  }

  private Snapshots.Content unchecked(Snapshots.Stored stored) {
    try {
      return Snapshots.open(key, journey, stored);
    } catch (Snapshots.Unusable e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 0, 1})
  void contentOfWholeSegmentsAndOneByteEitherSideOpens(int extra) {
    // 32 bytes of chain, 4 of count, 4 of length: one envelope that ends a segment exactly.
    List<byte[]> envelopes = List.of(bytes(3 * Snapshots.SEGMENT - 40 + extra));
    Snapshots.Stored stored = sealed(envelopes);

    assertThat(segments(stored)).hasSize(extra > 0 ? 4 : 3);
    assertThat(hex(unchecked(stored).envelopes())).isEqualTo(hex(envelopes));
  }

  @Test
  void eachSegmentHoldsAtMostOneSegmentOfContent() {
    Snapshots.Stored stored = sealed(envelopes(40, 500));

    List<byte[]> segments = segments(stored);
    assertThat(segments).hasSize((40 + 40 * 504 + Snapshots.SEGMENT - 1) / Snapshots.SEGMENT);
    assertThat(segments.subList(0, segments.size() - 1))
        .allSatisfy(s -> assertThat(s).hasSize(4 + Snapshots.SEGMENT + SEALING));
  }

  @Test
  void segmentsInAnotherOrderDoNotOpen() {
    Snapshots.Stored stored = sealed(envelopes(40, 500));

    assertUnusable(
        withSegments(
            stored,
            s -> {
              s.add(0, s.remove(1));
              return s;
            }),
        "does not open");
  }

  @Test
  void aSnapshotWithoutItsLastSegmentsDoesNotOpenEvenWithTheCountMatching() {
    Snapshots.Stored stored = sealed(envelopes(40, 500));

    assertUnusable(withSegments(stored, s -> s.subList(0, s.size() - 1)), "does not open");
    assertUnusable(withSegments(stored, s -> s.subList(0, 1)), "does not open");
  }

  @Test
  void aRepeatedSegmentDoesNotOpen() {
    Snapshots.Stored stored = sealed(envelopes(40, 500));

    assertUnusable(
        withSegments(
            stored,
            s -> {
              s.set(2, s.get(1));
              return s;
            }),
        "does not open");
  }

  @Test
  void aSegmentFromAnotherSnapshotOfTheSameJourneyAndVersionDoesNotOpen() {
    List<byte[]> envelopes = envelopes(40, 500);
    Snapshots.Stored stored = sealed(envelopes);
    List<byte[]> changed = new ArrayList<>(envelopes);
    changed.set(20, bytes(500));
    Snapshots.Stored other = sealed(changed);
    assertThat(unchecked(other).envelopes().get(20)).isEqualTo(changed.get(20));

    assertUnusable(
        withSegments(
            stored,
            s -> {
              s.set(5, segments(other).get(5));
              return s;
            }),
        "does not open");
  }

  @Test
  void aSnapshotDoesNotOpenForAnotherJourneyOrVersion() {
    Snapshots.Stored stored = sealed(envelopes(40, 500));

    assertThatThrownBy(() -> Snapshots.open(key, JourneyId.random(), stored))
        .isInstanceOf(Snapshots.Unusable.class)
        .hasMessageContaining("does not open");
    assertUnusable(
        new Snapshots.Stored(stored.version() + 1, stored.format(), stored.sealed()),
        "does not open");
  }

  @Test
  void malformedSegmentsAreRefusedWithoutMakingRoomForWhatTheyClaim() {
    Snapshots.Stored stored = sealed(envelopes(40, 500));
    byte[] sealed = stored.sealed();

    byte[] hugeCount = sealed.clone();
    ByteBuffer.wrap(hugeCount).putInt(0, Integer.MAX_VALUE);
    assertUnusable(new Snapshots.Stored(40, Snapshots.FORMAT, hugeCount), "count of segments");

    byte[] noSegments = sealed.clone();
    ByteBuffer.wrap(noSegments).putInt(0, 0);
    assertUnusable(new Snapshots.Stored(40, Snapshots.FORMAT, noSegments), "count of segments");

    byte[] hugeLength = sealed.clone();
    ByteBuffer.wrap(hugeLength).putInt(20, Integer.MAX_VALUE);
    assertUnusable(new Snapshots.Stored(40, Snapshots.FORMAT, hugeLength), "segment 1");

    byte[] swallowing = sealed.clone();
    ByteBuffer.wrap(swallowing).putInt(20, sealed.length - 24); // the first takes all the rest
    assertUnusable(new Snapshots.Stored(40, Snapshots.FORMAT, swallowing), "malformed");

    byte[] cut = java.util.Arrays.copyOf(sealed, sealed.length - 1);
    assertUnusable(new Snapshots.Stored(40, Snapshots.FORMAT, cut), "does not fit");

    byte[] longer = java.util.Arrays.copyOf(sealed, sealed.length + 1);
    assertUnusable(new Snapshots.Stored(40, Snapshots.FORMAT, longer), "after its last segment");

    assertUnusable(new Snapshots.Stored(40, Snapshots.FORMAT, new byte[3]), "malformed");
  }
}
