package org.recovery.persistence.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.persistence.testing.EventArbitraries;

class EventCodecProperties {
  private static final JourneyId JOURNEY = new JourneyId(new UUID(7, 7));
  private final EventCodec codec = EventCodec.standard();

  @Property(tries = 2000)
  void everyEventReadsBackEqualToWhatWasWritten(@ForAll("events") JourneyEvent event) {
    assertThat(codec.decode(JOURNEY, 1, codec.encode(event))).isEqualTo(event);
  }

  @Property(tries = 300)
  void theEnvelopeNamesTheStableTypeAndItsSchema(@ForAll("events") JourneyEvent event) {
    String json = new String(codec.encode(event), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).startsWith("{\"type\":\"" + codec.typeName(event) + "\",\"schema\":");
    assertThat(json).doesNotContain("org.recovery");
  }

  @Provide
  Arbitrary<JourneyEvent> events() {
    return EventArbitraries.events();
  }
}
