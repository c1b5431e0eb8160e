package org.recovery.persistence.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recovery.core.checkin.CheckInId;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.ModelRef;
import org.recovery.core.journey.PersonalEvent.SafetyScreeningCompleted;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.testing.EventArbitraries;

class EventCodecTest {
  private static final JourneyId JOURNEY = JourneyId.parse("9a1f3c52-0b7e-4d8c-a1f0-3e5d7c9b2a61");
  private static final PartnerId SAM = new PartnerId(new UUID(1, 1));
  private final EventCodec codec = EventCodec.standard();

  @Test
  void everyEventClassOfCoreHasAStoredFormWithALowerCaseDottedName() {
    Set<Class<?>> leaves = leafEventClasses();
    Set<String> names = new HashSet<>();
    for (EventType<?> type : EventTypes.standard().all()) {
      assertThat(type.name()).matches("[a-z]+\\.[a-z]+(-[a-z]+)*");
      names.add(type.name());
    }
    Set<Class<?>> mapped = new HashSet<>();
    EventTypes.standard().all().forEach(type -> mapped.add(type.javaType()));
    assertThat(mapped).isEqualTo(leaves);
    assertThat(names).hasSameSizeAs(leaves);
  }

  @Test
  void theTestDataCoversEveryEventClass() {
    assertThat(EventArbitraries.byType().keySet())
        .containsExactlyInAnyOrderElementsOf(leafEventClasses());
  }

  @Test
  void aCheckInStoredAtSchemaOneIsUpcastWithAnEmptyNoteAndItsVisibility() throws IOException {
    JourneyEvent event = codec.decode(JOURNEY, 3, fixture("checkin-recorded-v1.json"));

    assertThat(event)
        .isEqualTo(
            new CheckInRecorded(
                new CheckInId(UUID.fromString("5d0c6a3e-8f5b-4a56-9a43-0c2f1e7b9d11")),
                LocalDate.of(2026, 3, 4),
                4,
                3,
                5,
                6,
                true,
                false,
                1,
                "",
                Visibility.PRIVATE,
                SAM,
                Instant.parse("2026-03-04T20:15:00Z")));
  }

  @Test
  void aSafetyScreeningStoredAtSchemaOneReadsAsTheFiveQuestionsOfEarlierReleases()
      throws IOException {
    JourneyEvent event = codec.decode(JOURNEY, 4, fixture("safety-screening-completed-v1.json"));

    assertThat(event)
        .isEqualTo(
            new SafetyScreeningCompleted(
                ScreeningAnswers.recoveryFive(false, false, true, false, false),
                SAM,
                Instant.parse("2026-03-04T20:15:00Z")));
    assertThat(((SafetyScreeningCompleted) event).answers().flags()).isTrue();
  }

  @Test
  void aJourneyStartedAtSchemaOneReadsAsFollowingNoRecordedModel() throws IOException {
    JourneyEvent event = codec.decode(JOURNEY, 1, fixture("journey-started-v1.json"));

    JourneyStarted started = (JourneyStarted) event;
    assertThat(started.model()).isEmpty();
    assertThat(started.modelId()).isEmpty();
    assertThat(started.modelVersion()).isZero();
    assertThat(started.firstName()).isEqualTo("שלום, مرحبا");
    assertThat(started.coolingOffDays()).isEqualTo(5);
    assertThat(new String(codec.encode(event), StandardCharsets.UTF_8))
        .contains("\"schema\":2")
        .contains("\"modelId\":\"\",\"modelVersion\":0");
  }

  @Test
  void aJourneyStartIsWrittenAtSchemaTwoWithItsModel() {
    JourneyStarted started =
        new JourneyStarted(
            JOURNEY,
            SAM,
            "Sam",
            new PartnerId(new UUID(2, 2)),
            "Alex",
            ZoneId.of("Europe/Berlin"),
            7,
            36,
            "standard",
            3,
            SAM,
            Instant.parse("2026-03-04T20:15:00Z"));

    JourneyStarted read = (JourneyStarted) codec.decode(JOURNEY, 1, codec.encode(started));

    assertThat(read).isEqualTo(started);
    assertThat(read.model()).contains(new ModelRef("standard", 3));
  }

  @Test
  void aSafetyScreeningIsWrittenAtSchemaTwoNamingItsScreen() {
    SafetyScreeningCompleted screening =
        new SafetyScreeningCompleted(
            ScreeningAnswers.hark(false, true, false, false),
            SAM,
            Instant.parse("2026-03-04T20:15:00Z"));

    assertThat(new String(codec.encode(screening), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"type\":\"safety.screening-completed\",\"schema\":2,\"data\":{"
                + "\"screen\":\"hark@1\",\"answers\":{\"afraid\":true,\"forced\":false,"
                + "\"humiliated\":false,\"hurt\":false},"
                + "\"by\":\"00000000-0000-0001-0000-000000000001\",\"at\":\"2026-03-04T20:15:00Z\"}}");
  }

  @Test
  void aCheckInIsWrittenAtSchemaTwoWithTheFieldNamesOfTheStoredFormat() {
    CheckInRecorded checkIn =
        new CheckInRecorded(
            new CheckInId(new UUID(3, 3)),
            LocalDate.of(2026, 3, 4),
            4,
            3,
            5,
            6,
            true,
            false,
            1,
            "müde",
            Visibility.SHARED,
            SAM,
            Instant.parse("2026-03-04T20:15:00Z"));

    assertThat(new String(codec.encode(checkIn), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"type\":\"checkin.recorded\",\"schema\":2,\"data\":{"
                + "\"checkIn\":\"00000000-0000-0003-0000-000000000003\",\"day\":\"2026-03-04\","
                + "\"emotionalSafety\":4,\"trust\":3,\"closeness\":5,\"hope\":6,"
                + "\"sharedSomethingVulnerable\":true,\"triggered\":false,\"reactiveOutbursts\":1,"
                + "\"note\":\"müde\",\"visibility\":\"SHARED\","
                + "\"by\":\"00000000-0000-0001-0000-000000000001\",\"at\":\"2026-03-04T20:15:00Z\"}}");
  }

  @Test
  void anUnknownTypeNamesTheJourneyTheVersionAndTheType() {
    byte[] stored = envelope("feelings.hurt-deeply", 1, "{\"secret\":\"Ayşe knows\"}");

    assertThatThrownBy(() -> codec.decode(JOURNEY, 12, stored))
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll(
            JOURNEY.toString(), "event 12", "feelings.hurt-deeply", "no such event type")
        .hasMessageNotContaining("Ayşe");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"day\":\"2026-03-04\",\"text\":\"Ayşe knows\",\"at\":\"2026-03-04T20:15:00Z\"}",
        "{\"day\":\"Ayşe knows\",\"text\":\"x\",\"by\":\"00000000-0000-0001-0000-000000000001\","
            + "\"at\":\"2026-03-04T20:15:00Z\"}",
        "{\"day\":\"2026-03-04\",\"text\":42,\"by\":\"00000000-0000-0001-0000-000000000001\","
            + "\"at\":\"2026-03-04T20:15:00Z\"}",
        "{\"day\":\"2026-03-04\",\"text\":\"x\",\"by\":\"00000000-0000-0001-0000-000000000001\","
            + "\"at\":\"2026-03-04T20:15:00Z\",\"Ayşe knows\":true}",
        "{\"day\":\"2026-03-04\",\"text\":null,\"by\":\"00000000-0000-0001-0000-000000000001\","
            + "\"at\":\"2026-03-04T20:15:00Z\"}"
      })
  void aMalformedPayloadIsAClearErrorThatDoesNotQuoteIt(String data) {
    byte[] stored = envelope("journal.entry-written", 1, data);

    assertThatThrownBy(() -> codec.decode(JOURNEY, 5, stored))
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll(JOURNEY.toString(), "event 5", "journal.entry-written")
        .hasMessageNotContaining("Ayşe")
        .hasNoCause();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ayşe knows",
        "[\"Ayşe knows\"]",
        "{\"type\":\"journal.entry-writ",
        "{\"type\":\"x\",\"type\":\"Ayşe knows\"}",
        "{\"type\":\"journal.entry-written\",\"schema\":1,\"data\":{\"text\":\"a\",\"text\":\"Ayşe\"}}",
        "{\"type\":\"journal.entry-written\",\"schema\":1,\"data\":{}} \"Ayşe knows\""
      })
  void aPayloadThatIsNoJsonObjectIsAClearErrorThatDoesNotQuoteIt(String stored) {
    assertThatThrownBy(() -> codec.decode(JOURNEY, 5, stored.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll(JOURNEY.toString(), "event 5", "not a JSON object")
        .hasMessageNotContaining("Ayşe");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 2, 99})
  void aSchemaVersionThisReleaseDoesNotKnowIsRefused(int schema) {
    byte[] stored =
        envelope(
            "journal.entry-written",
            schema,
            "{\"day\":\"2026-03-04\","
                + "\"text\":\"x\",\"by\":\"00000000-0000-0001-0000-000000000001\","
                + "\"at\":\"2026-03-04T20:15:00Z\"}");

    assertThatThrownBy(() -> codec.decode(JOURNEY, 5, stored))
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll("journal.entry-written", "schema " + schema);
  }

  @Test
  void aFieldThatBreaksARuleOfTheEventIsAClearError() {
    byte[] stored =
        envelope(
            "commitment.proposed",
            1,
            "{\"commitment\":"
                + "\"00000000-0000-0003-0000-000000000003\",\"owner\":"
                + "\"00000000-0000-0001-0000-000000000001\",\"title\":\"Ayşe\",\"category\":\"OTHER\","
                + "\"cost\":\"LOW\",\"cadence\":\"every full moon\",\"verification\":\"SELF_REPORTED\","
                + "\"by\":\"00000000-0000-0001-0000-000000000001\",\"at\":\"2026-03-04T20:15:00Z\"}");

    assertThatThrownBy(() -> codec.decode(JOURNEY, 8, stored))
        .isInstanceOf(StorageException.class)
        .hasMessageContainingAll("commitment.proposed", "'cadence'", "not a cadence spec")
        .hasMessageNotContaining("full moon");
  }

  private static byte[] envelope(String type, int schema, String data) {
    return ("{\"type\":\"" + type + "\",\"schema\":" + schema + ",\"data\":" + data + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in = EventCodecTest.class.getResourceAsStream("/codec/" + name)) {
      assertThat(in).as("fixture %s", name).isNotNull();
      return in.readAllBytes();
    }
  }

  /**
   * Every event record of core but {@code SealedEntry}, which is what a reader folds for an entry
   * it cannot open: it is never encoded, its stored form being the sealed envelope.
   */
  static Set<Class<?>> leafEventClasses() {
    Set<Class<?>> leaves = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(JourneyEvent.class);
    while (!todo.isEmpty()) {
      Class<?> next = todo.pop();
      if (next.isSealed()) {
        todo.addAll(java.util.List.of(next.getPermittedSubclasses()));
      } else if (next != org.recovery.core.journey.PersonalEvent.SealedEntry.class) {
        leaves.add(next);
      }
    }
    return leaves;
  }
}
