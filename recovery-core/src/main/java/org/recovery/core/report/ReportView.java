package org.recovery.core.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.recovery.core.Journeys;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.JourneySummary;
import org.recovery.core.journey.Partner;
import org.recovery.core.progress.ProgressReport;
import org.recovery.core.progress.ProgressReport.StageSummary;
import org.recovery.core.progress.RecoveryModel;
import org.recovery.core.words.Vocabulary;

/**
 * A progress report with what a renderer needs around it: the partners' names, the journey, the
 * couple's time zone, where the stage sits in the model, and the questionnaire definitions the
 * scores were computed with. Everything in it is already what its viewer may see: the report comes
 * from {@link Journeys#report}, which leaves out the other partner's private entries.
 */
public final class ReportView {
  private final ProgressReport report;
  private final JourneySummary journey;
  private final int stageNumber;
  private final int stageCount;
  private final InstrumentCatalogue instruments;

  private ReportView(
      ProgressReport report,
      JourneySummary journey,
      int stageNumber,
      int stageCount,
      InstrumentCatalogue instruments) {
    this.report = report;
    this.journey = journey;
    this.stageNumber = stageNumber;
    this.stageCount = stageCount;
    this.instruments = instruments;
  }

  /**
   * The report of {@code viewer} on {@code journey} now, as {@code journeys} builds it.
   *
   * @return empty if no such journey is stored or {@code viewer} is not one of its partners
   */
  public static Optional<ReportView> of(Journeys journeys, JourneyId journey, PartnerId viewer) {
    Objects.requireNonNull(journeys, "journeys must not be null");
    Optional<JourneySummary> summary = journeys.summary(journey);
    if (summary.isEmpty() || !summary.get().isPartner(viewer)) {
      return Optional.empty();
    }
    RecoveryModel model = journeys.modelOf(journey).orElseThrow();
    return journeys
        .report(journey, viewer)
        .map(r -> of(r, summary.get(), model, journeys.instruments()));
  }

  /**
   * A report built elsewhere (for example with {@code Progress.report} over your own store).
   *
   * @param report the report, as the core built it for its viewer
   * @param journey who the journey is between, and its zone
   * @param model the model the report was evaluated with
   * @param instruments the questionnaire definitions its scores were computed with
   * @throws IllegalArgumentException if the viewer is not a partner of the journey or the stage is
   *     not one of the model's
   */
  public static ReportView of(
      ProgressReport report,
      JourneySummary journey,
      RecoveryModel model,
      InstrumentCatalogue instruments) {
    Objects.requireNonNull(report, "report must not be null");
    Objects.requireNonNull(journey, "journey must not be null");
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(instruments, "instruments must not be null");
    if (!journey.isPartner(report.viewer())) {
      throw new IllegalArgumentException(
          "the report's viewer "
              + report.viewer()
              + " is not a partner of journey "
              + journey.id());
    }
    int index = model.indexOf(report.stage().id());
    if (index < 0) {
      throw new IllegalArgumentException(
          "stage '"
              + report.stage().id()
              + "' is not one of"
              + " model "
              + model.id()
              + "'s stages");
    }
    return new ReportView(report, journey, index + 1, model.stages().size(), instruments);
  }

  /** The report, as the core built it for its viewer. */
  public ProgressReport report() {
    return report;
  }

  /** The journey's id. */
  public JourneyId journey() {
    return journey.id();
  }

  /** The couple's time zone. */
  public ZoneId zone() {
    return journey.zone();
  }

  /** The viewer's day at the report's instant, in the couple's zone. */
  public LocalDate today() {
    return report.asOf().atZone(journey.zone()).toLocalDate();
  }

  /** The stage's position in the model, from 1. */
  public int stageNumber() {
    return stageNumber;
  }

  /** How many stages the model has. */
  public int stageCount() {
    return stageCount;
  }

  /** The questionnaire definitions the report's scores were computed with. */
  public InstrumentCatalogue instruments() {
    return instruments;
  }

  /** The viewer first, then the other partner. */
  public List<Partner> partners() {
    Partner viewer =
        journey.first().id().equals(report.viewer()) ? journey.first() : journey.second();
    return List.of(viewer, viewer == journey.first() ? journey.second() : journey.first());
  }

  /** The name of {@code partner}, or "someone" for an id the journey does not know. */
  public String name(PartnerId partner) {
    return journey.first().id().equals(partner)
        ? journey.first().name()
        : journey.second().id().equals(partner) ? journey.second().name() : "someone";
  }

  /** The name of the partner who is not the viewer. */
  public String otherName() {
    return partners().get(1).name();
  }

  /**
   * How long the couple has been in their stage, as the viewer asked to see it: a count of days
   * only for a viewer who chose day counters ("12 days"), otherwise the day it began ("since
   * 2025-03-01").
   */
  public static String duration(StageSummary stage) {
    if (stage.daysInStage().isPresent()) {
      return count(stage.daysInStage().getAsLong(), "day");
    }
    return "since " + stage.since();
  }

  /**
   * The forgiveness steps the viewer may see, one "Name: step" each, the viewer's own first: their
   * own step always, the other partner's only when shared.
   */
  public List<String> forgiveness() {
    return report.forgiveness().entrySet().stream()
        .sorted(Comparator.comparing(e -> !e.getKey().equals(report.viewer())))
        .map(e -> name(e.getKey()) + ": " + Vocabulary.words(e.getValue()))
        .toList();
  }

  /** {@code n} and the noun, plural unless {@code n} is 1: "1 day", "0 days", "3 days". */
  static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : noun + "s");
  }
}
