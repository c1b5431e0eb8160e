package org.recovery.core.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
// [guide:imports]
import org.recovery.core.Journeys;
import org.recovery.core.checkin.Ratings;
import org.recovery.core.commitment.Cadence;
import org.recovery.core.commitment.CommitmentCategory;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.commitment.Cost;
import org.recovery.core.commitment.ReportKind;
import org.recovery.core.commitment.Verification;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.Rejection;
import org.recovery.core.journey.BetrayalCommand;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.CheckInCommand;
import org.recovery.core.journey.CommitmentCommand;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.Settings;
import org.recovery.core.progress.Agenda;
import org.recovery.core.progress.Progression;
import org.recovery.core.progress.StandardModel;
// [/guide]
import org.recovery.core.report.HtmlReport;
import org.recovery.core.report.MarkdownReport;
import org.recovery.core.report.ReportView;
import org.recovery.core.spi.InMemoryEventStore;

// [/guide]
// [guide:lower-imports]

/**
 * Runs the code of docs/embedding.md. Each java block of the guide must appear in this file (white
 * space aside), so the guide cannot drift from code that compiles and passes.
 */
class EmbeddingGuideTest {

  @Test
  void theGuideRuns() {
    // [guide:setup]
    Clock clock = Clock.systemUTC();
    Journeys journeys = Journeys.using(new InMemoryEventStore(), clock);

    Partner sam = Partner.named("Sam");
    Partner alex = Partner.named("Alex");
    JourneyId journey = journeys.start(sam, alex, ZoneId.of("Europe/Berlin"), Settings.DEFAULTS);
    // [/guide]

    // [guide:commands]
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Berlin")));
    BetrayalId affair = BetrayalId.random();
    require(
        journeys.execute(
            journey,
            sam.id(),
            new BetrayalCommand.RecordBetrayal(
                affair,
                BetrayalKind.EMOTIONAL_AFFAIR,
                sam.id(),
                alex.id(),
                Discovery.DISCOVERED,
                today)));

    CommitmentId calls = CommitmentId.random();
    require(
        journeys.execute(
            journey,
            sam.id(),
            new CommitmentCommand.ProposeCommitment(
                calls,
                alex.id(),
                "Call at lunchtime",
                CommitmentCategory.COMMUNICATION,
                Cost.LOW,
                Cadence.parse("mon,tue,wed,thu,fri"),
                Verification.PARTNER_CONFIRMED)));
    require(journeys.execute(journey, alex.id(), new CommitmentCommand.AcceptCommitment(calls)));
    require(
        journeys.execute(
            journey, alex.id(), new CommitmentCommand.ActivateCommitment(calls, today)));
    // [/guide]

    // [guide:refusal]
    Decision decision =
        journeys.execute(journey, alex.id(), new CommitmentCommand.ConfirmOccurrence(calls, today));
    if (!decision.isAccepted()) {
      Rejection why = decision.rejection().orElseThrow();
      System.out.println(why.code() + ": " + why.reason());
    }
    // [/guide]
    assertThat(decision.rejection()).isPresent();

    // [guide:private]
    require(
        journeys.execute(
            journey,
            sam.id(),
            CheckInCommand.RecordCheckIn.of(today, new Ratings(3, 2, 4, 6))
                .triggered()
                .note("Not ready to tell Alex how bad today was.")
                .build()));

    JourneyView alexSees = journeys.view(journey, alex.id()).orElseThrow();
    JourneyView samSees = journeys.view(journey, sam.id()).orElseThrow();
    for (JourneyEvent e : alexSees.events()) {
      System.out.println(e.at() + " " + e.getClass().getSimpleName());
    }
    // [/guide]
    assertThat(alexSees.events().toString()).doesNotContain("how bad today was");
    assertThat(samSees.events().toString()).contains("how bad today was");
    assertThat(alexSees.state().checkIns()).hasSize(1);
    assertThat(alexSees.state().commitment(calls).orElseThrow().lifecycle().name())
        .isEqualTo("ACTIVE");
    assertThat(
            journeys
                .execute(
                    journey,
                    alex.id(),
                    new CommitmentCommand.ReportOccurrence(calls, today, ReportKind.KEPT))
                .isAccepted())
        .as("reporting today is accepted on weekdays, refused as not due on weekends")
        .isEqualTo(today.getDayOfWeek().getValue() <= 5);

    // [guide:agenda]
    Agenda agenda = journeys.agenda(journey, sam.id()).orElseThrow();
    for (Agenda.Due due : agenda.due()) {
      System.out.println("Due: " + due.sentence());
    }
    for (Agenda.Action action : agenda.actions()) {
      System.out.println(
          action.label()
              + (action.isOpen() ? "" : " — closed: " + action.closed().orElseThrow().reason()));
    }
    // [/guide]
    assertThat(agenda.action(Agenda.ActionKind.FLAG_CRISIS, ""))
        .get()
        .satisfies(a -> assertThat(a.isOpen()).isTrue());

    // [guide:report]
    ReportView report = ReportView.of(journeys, journey, sam.id()).orElseThrow();
    String markdown = MarkdownReport.render(report);
    String html = HtmlReport.render(report);
    // [/guide]
    assertThat(markdown).startsWith("# Progress report").contains("If you need help now");
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script");
  }

  @Test
  void theLowerLevelDecidesWithTheModel() {
    MyStore myStore = new MyStore();
    Partner sam = Partner.named("Sam");
    Partner alex = Partner.named("Alex");
    JourneyId journeyId = JourneyId.random();
    Clock clock = Clock.fixed(Instant.parse("2026-03-02T09:00:00Z"), ZoneOffset.UTC);
    myStore.append(
        journeyId,
        0,
        List.of(
            Journey.start(
                journeyId,
                sam,
                alex,
                ZoneId.of("Europe/Berlin"),
                Settings.DEFAULTS,
                StandardModel.create().ref(),
                clock.instant())));
    BetrayalId betrayal = BetrayalId.random();
    Decision recorded =
        Progression.decide(
            StandardModel.create(),
            JourneyHistory.of(myStore.eventsOf(journeyId)),
            sam.id(),
            new BetrayalCommand.RecordBetrayal(
                betrayal,
                BetrayalKind.SEXUAL_AFFAIR,
                sam.id(),
                alex.id(),
                Discovery.DISCLOSED,
                LocalDate.of(2026, 2, 20)),
            clock.instant());
    myStore.append(journeyId, 1, recorded.events());

    // [guide:lower]
    JourneyHistory history = JourneyHistory.of(myStore.eventsOf(journeyId));
    Decision decision =
        Progression.decide(
            StandardModel.create(),
            history,
            sam.id(),
            new RecordFeelingHeard(betrayal, HeardLevel.HEARD),
            clock.instant());
    if (decision instanceof Decision.Accepted accepted) {
      myStore.append(journeyId, history.version(), accepted.events());
      history = history.append(accepted.events());
    }
    // [/guide]
    assertThat(decision.isAccepted()).isTrue();
    assertThat(history.version()).isEqualTo(3);
    assertThat(history.state().betrayal(betrayal)).isPresent();
    assertThat(JourneyHistory.of(myStore.eventsOf(journeyId)).state()).isEqualTo(history.state());
  }

  /** The embedder's own store of the lower-level example: events by journey, version-checked. */
  private static final class MyStore {
    private final Map<JourneyId, List<JourneyEvent>> events = new HashMap<>();

    List<JourneyEvent> eventsOf(JourneyId journey) {
      return List.copyOf(events.getOrDefault(journey, List.of()));
    }

    void append(JourneyId journey, long expectedVersion, List<JourneyEvent> more) {
      List<JourneyEvent> list = events.computeIfAbsent(journey, j -> new ArrayList<>());
      assertThat(list).as("the version the decision was made on").hasSize((int) expectedVersion);
      list.addAll(more);
    }
  }

  // [guide:require]
  /** Stops at a refusal the program did not expect, with the rule's own sentence. */
  static void require(Decision decision) {
    decision
        .rejection()
        .ifPresent(
            why -> {
              throw new IllegalStateException(why.code() + ": " + why.reason());
            });
  }

  // [/guide]

  // [guide:clock]
  /** A clock a test moves by hand. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant start) {
      this.now = start;
    }

    void advance(Duration amount) {
      now = now.plus(amount);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }
  }

  // [/guide]

  @Test
  void aMovableClockDrivesDeadlinesInTests() {
    MovableClock clock = new MovableClock(Instant.parse("2026-03-02T07:00:00Z"));
    Journeys journeys = Journeys.using(new InMemoryEventStore(), clock);
    Partner sam = Partner.named("Sam");
    Partner alex = Partner.named("Alex");
    JourneyId journey = journeys.start(sam, alex, ZoneId.of("Europe/Berlin"), Settings.DEFAULTS);
    LocalDate monday = LocalDate.of(2026, 3, 2);
    CommitmentId calls = CommitmentId.random();
    require(
        journeys.execute(
            journey,
            sam.id(),
            new CommitmentCommand.ProposeCommitment(
                calls,
                alex.id(),
                "Call at lunchtime",
                CommitmentCategory.COMMUNICATION,
                Cost.LOW,
                Cadence.parse("daily"),
                Verification.SELF_REPORTED)));
    require(journeys.execute(journey, alex.id(), new CommitmentCommand.AcceptCommitment(calls)));
    require(
        journeys.execute(
            journey, alex.id(), new CommitmentCommand.ActivateCommitment(calls, monday)));

    clock.advance(Duration.ofDays(3));

    Decision late =
        journeys.execute(
            journey,
            alex.id(),
            new CommitmentCommand.ReportOccurrence(calls, monday, ReportKind.KEPT));
    assertThat(late.rejection()).isPresent();
    org.assertj.core.api.Assertions.assertThatIllegalStateException()
        .isThrownBy(() -> require(late))
        .withMessageContaining("REPORT_TOO_LATE");
  }

  @Test
  void everyCodeBlockOfTheGuideIsInThisTest() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "embedding.md"), StandardCharsets.UTF_8);
    String test =
        Files.readString(
            Path.of(
                "src",
                "test",
                "java",
                "org",
                "recovery",
                "core",
                "docs",
                "EmbeddingGuideTest.java"),
            StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(guide);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
    for (String block : blocks) {
      if (block.strip().startsWith(PERSISTENCE_BLOCK)) {
        continue;
      }
      List<String> lines = block.lines().filter(l -> !l.isBlank()).toList();
      if (lines.stream().allMatch(l -> l.startsWith("import "))) {
        // the formatter sorts a file's imports as one list: each line must be there
        assertThat(test.lines().map(String::strip).toList())
            .as("guide imports")
            .containsAll(lines.stream().map(String::strip).toList());
        continue;
      }
      assertThat(squash(test)).as("guide block:%n%s", block).contains(squash(block));
    }
  }

  /**
   * How a block that needs recovery-persistence begins; ReportGuideTest in that module runs those
   * blocks instead, since the core cannot compile them.
   */
  static final String PERSISTENCE_BLOCK = "// recovery-persistence:";

  private static String squash(String code) {
    return code.replaceAll("\\s+", "");
  }
}
