package org.recovery.persistence.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;

/**
 * The stored format of every event type, as this release writes it, kept as golden files under
 * {@code src/test/resources/codec/golden/} (written once by {@link GoldenEvents}): each still
 * reads, as its type, and writes back byte for byte. A change to the stored format fails here until
 * it comes with a new schema number and an upcaster.
 */
class GoldenFormatTest {
  private static final JourneyId JOURNEY = new JourneyId(new UUID(9, 9));
  private final EventCodec codec = EventCodec.standard();

  static Stream<String> fixtures() throws IOException, URISyntaxException {
    Path folder = Path.of(GoldenFormatTest.class.getResource("/" + GoldenEvents.FOLDER).toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void everyEventTypeHasAGoldenFixture() throws Exception {
    Set<Class<?>> covered = new HashSet<>();
    List<String> names = new ArrayList<>();
    for (String fixture : fixtures().toList()) {
      JourneyEvent event = codec.decode(JOURNEY, 1, read(fixture));
      covered.add(event.getClass());
      names.add(codec.typeName(event) + ".json");
    }
    assertThat(covered).containsExactlyInAnyOrderElementsOf(EventCodecTest.leafEventClasses());
    assertThat(names).as("each file is named by its type").isEqualTo(fixtures().toList());
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void aGoldenEventReadsAndWritesBackByteForByte(String fixture) throws Exception {
    byte[] stored = read(fixture);
    JourneyEvent event = codec.decode(JOURNEY, 1, stored);
    assertThat(new String(codec.encode(event), StandardCharsets.UTF_8))
        .isEqualTo(new String(stored, StandardCharsets.UTF_8).strip());
  }

  private static byte[] read(String fixture) throws IOException {
    try (InputStream in =
        GoldenFormatTest.class.getResourceAsStream("/" + GoldenEvents.FOLDER + fixture)) {
      return in.readAllBytes();
    }
  }
}
