package org.recovery.core.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.recovery.core.common.PartnerId;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyFolds;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.MoveBackCause;
import org.recovery.core.journey.StageEvent;
import org.recovery.core.safety.Hold;

/**
 * Builds progress reports. Pure: the same history, model, viewer and instant always give the same
 * report. Events after {@code asOf} are ignored.
 */
public final class Progress {
  private Progress() {}

  /**
   * The report for {@code viewer}, with the standard crisis directory's international resources.
   * Scores questionnaires with {@link InstrumentCatalogue#standard()} only: a journey with its own
   * questionnaires needs the overload that takes the catalogue.
   *
   * @see #report(RecoveryModel, List, PartnerId, Instant, CrisisDirectory, String)
   */
  public static ProgressReport report(
      RecoveryModel model, List<? extends JourneyEvent> history, PartnerId viewer, Instant asOf) {
    return report(model, history, viewer, asOf, CrisisDirectory.standard(), "");
  }

  /**
   * The report for {@code viewer} at {@code asOf}, scoring questionnaires with {@link
   * InstrumentCatalogue#standard()} only (see the overload that takes a catalogue).
   *
   * @param history the journey's full history; the report uses only what the viewer may see, plus
   *     the shared facts the gates count
   * @param directory where crisis and safety resources come from
   * @param region the viewer's ISO 3166 country code, or empty for international resources only
   * @throws IllegalArgumentException if the history is empty or the viewer is not a partner
   */
  public static ProgressReport report(
      RecoveryModel model,
      List<? extends JourneyEvent> history,
      PartnerId viewer,
      Instant asOf,
      CrisisDirectory directory,
      String region) {
    return report(model, InstrumentCatalogue.standard(), history, viewer, asOf, directory, region);
  }

  /**
   * The report for {@code viewer} at {@code asOf}, scoring questionnaires with {@code instruments};
   * a completion whose definition the catalogue lacks is left out.
   *
   * @see #report(RecoveryModel, List, PartnerId, Instant, CrisisDirectory, String)
   */
  public static ProgressReport report(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      List<? extends JourneyEvent> history,
      PartnerId viewer,
      Instant asOf,
      CrisisDirectory directory,
      String region) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(instruments, "instruments must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    List<JourneyEvent> upTo =
        history.stream().filter(e -> !e.at().isAfter(asOf)).map(JourneyEvent.class::cast).toList();
    if (upTo.isEmpty()) {
      throw new IllegalArgumentException("the journey had not started at " + asOf);
    }
    return report(
        model, instruments, upTo, viewer, asOf, directory, region, JourneyFolds.of(upTo, viewer));
  }

  /**
   * The report for the viewer of {@code folds} at {@code asOf}, from folds kept up to date as the
   * journey grew ({@link JourneyFolds#then}) instead of folding {@code history} again: equal to
   * {@link #report(RecoveryModel, InstrumentCatalogue, List, PartnerId, Instant, CrisisDirectory,
   * String)} for the same history. If an event of the history lies after {@code asOf}, the folds
   * are not used and the history up to {@code asOf} is folded anew, as that method does.
   *
   * @param history every event of the journey, oldest first
   * @param folds the folds of exactly {@code history} for one of its partners
   * @throws IllegalArgumentException if {@code folds} are not of {@code history}
   */
  public static ProgressReport report(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      List<? extends JourneyEvent> history,
      JourneyFolds folds,
      Instant asOf,
      CrisisDirectory directory,
      String region) {
    PartnerId viewer = folds.view().viewer();
    if (!KeptFolds.holdAsOf(history, folds, asOf)) {
      return report(model, instruments, history, viewer, asOf, directory, region);
    }
    List<JourneyEvent> upTo = Collections.unmodifiableList(history);
    return report(model, instruments, upTo, viewer, asOf, directory, region, folds);
  }

  /**
   * The report from {@code folds}, the folds of {@code upTo} for {@code viewer}: made in one pass
   * by {@link JourneyFolds#of}, or — in tests — one by one as reports were made before.
   */
  static ProgressReport report(
      RecoveryModel model,
      InstrumentCatalogue instruments,
      List<JourneyEvent> upTo,
      PartnerId viewer,
      Instant asOf,
      CrisisDirectory directory,
      String region,
      JourneyFolds folds) {
    JourneyState full = folds.full();
    JourneyView view = folds.view();
    JourneyState shared = folds.shared();
    CoupleFacts facts = CoupleFacts.of(full, shared, model, asOf);
    Stage stage = facts.stageDefinition();
    List<GateResult> gates = GateEvaluator.evaluate(stage.gates(), facts);
    Set<PartnerId> hurt = facts.hurtPartners();
    boolean dayCounters = view.state().preferences().showsDayCounters(viewer);
    List<Figures.CommitmentFigure> figures =
        Figures.perCommitment(view.state(), asOf, model.parameters(), full.safety().holds());
    return new ProgressReport(
        viewer,
        asOf,
        model.id() + "@" + model.version(),
        summary(model, facts, gates, viewer, full, upTo, dayCounters),
        GatePresentation.forViewer(
            stage.gates(), gates, viewer, hurt, facts.involvedPartners(), dayCounters),
        IndicatorBuilder.build(view.state(), asOf, model.parameters(), hurt, dayCounters, figures),
        Milestones.find(view.state(), view.events(), asOf, model, viewer, dayCounters, figures),
        Suggestions.choose(
            model,
            stage,
            viewer,
            hurt,
            facts.involvedPartners(),
            facts.effectiveConsent(),
            facts.concernStands(),
            view.mySafetyConcern(),
            full.safety().hasScreened(viewer)),
        directory.forRegion(region),
        CrisisSigns.of(
            view.state(), viewer, full.dayOf(asOf), model.parameters().crisisWindowDays()),
        view.mySafetyConcern() ? directory.forRegion(region) : List.of(),
        view.state().preferences().forgiveness(),
        InstrumentProgress.figures(view.events(), instruments),
        InstrumentProgress.schedule(
            model, instruments, full, view.events(), viewer, full.dayOf(asOf)));
  }

  private static ProgressReport.StageSummary summary(
      RecoveryModel model,
      CoupleFacts facts,
      List<GateResult> gates,
      PartnerId viewer,
      JourneyState full,
      List<JourneyEvent> history,
      boolean dayCounters) {
    Stage stage = facts.stageDefinition();
    Optional<Stage> next = model.next(stage.id());
    boolean gatesMet = next.isPresent() && gates.stream().allMatch(GateResult::met);
    Set<PartnerId> agreed = full.position().agreed();
    List<String> waiting = new ArrayList<>();
    for (PartnerId p : facts.hurtPartners()) {
      if (!agreed.contains(p)) {
        waiting.add(full.partner(p).name());
      }
    }
    boolean mayAgree =
        gatesMet
            && facts.hurtPartners().contains(viewer)
            && !agreed.contains(viewer)
            && !facts.concernStands();
    return new ProgressReport.StageSummary(
        stage.id(),
        stage.name(),
        stage.purpose(),
        facts.shared().dayOf(facts.shared().position().since()),
        dayCounters ? OptionalLong.of(facts.daysInStage()) : OptionalLong.empty(),
        next.map(Stage::id),
        next.map(Stage::name),
        gatesMet,
        mayAgree,
        next.isPresent() ? waiting : List.of(),
        full.safety().concernStandsFor(viewer),
        movedBack(model, facts, history),
        facts.concernStands() ? Optional.of(Hold.SENTENCE) : Optional.empty());
  }

  /** The move back that brought the couple to their current stage, if that is how they came. */
  private static Optional<ProgressReport.MovedBack> movedBack(
      RecoveryModel model, CoupleFacts facts, List<JourneyEvent> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof StageEvent.StageMovedBack e) {
        if (!e.to().equals(facts.stage()) || !e.at().equals(facts.shared().position().since())) {
          return Optional.empty();
        }
        String to = model.stage(e.to()).map(Stage::name).orElse(e.to().value());
        String from = model.stage(e.from()).map(Stage::name).orElse(e.from().value());
        LocalDate on = facts.shared().dayOf(e.at());
        String why =
            e.cause() == MoveBackCause.SEVERE_SETBACK
                ? "after a severe setback (a new deception or renewed contact). Trust is rebuilt"
                    + " from here; the work done so far is not lost."
                : "because the consent level you share fell below what "
                    + from
                    + " needs."
                    + " Lowering consent is always allowed and is never a setback.";
        return Optional.of(
            new ProgressReport.MovedBack(
                e.from(),
                on,
                e.cause(),
                e.reference(),
                "You moved back from " + from + " to " + to + " on " + on + " " + why));
      }
      if (history.get(i) instanceof StageEvent.StageAdvanced) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
