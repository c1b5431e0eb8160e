package org.recovery.core.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.PartnerId;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.core.instrument.ReliableChange;
import org.recovery.core.instrument.Score;
import org.recovery.core.instrument.Scoring;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.PersonalEvent.InstrumentCompleted;

/**
 * Questionnaire figures of the events a viewer may see: per instrument, definition version and
 * partner, in the order of their first completion. A completion whose definition the catalogue does
 * not have, or whose answers that definition refuses, is left out.
 */
final class InstrumentProgress {
  private InstrumentProgress() {}

  private record Key(String instrument, int version, PartnerId partner) {
    // Written out, not generated: see JourneyId.
    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && instrument.equals(that.instrument)
          && version == that.version
          && partner.equals(that.partner);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * instrument.hashCode() + Integer.hashCode(version)) + partner.hashCode();
    }
  }

  private record Scored(InstrumentCompleted event, Score score) {}

  static List<InstrumentFigures> figures(
      List<JourneyEvent> visible, InstrumentCatalogue catalogue) {
    Map<Key, List<Scored>> byKey = new LinkedHashMap<>();
    Map<Key, Instrument> definitions = new LinkedHashMap<>();
    for (JourneyEvent e : visible) {
      if (!(e instanceof InstrumentCompleted c)) {
        continue;
      }
      Optional<Instrument> definition = catalogue.find(c.instrument(), c.instrumentVersion());
      if (definition.isEmpty()
          || !(Scoring.score(definition.get(), c.answers()) instanceof Score score)) {
        continue;
      }
      Key key = new Key(c.instrument(), c.instrumentVersion(), c.by());
      definitions.put(key, definition.get());
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Scored(c, score));
    }
    List<InstrumentFigures> out = new ArrayList<>();
    byKey.forEach((key, list) -> out.add(figure(definitions.get(key), key, list)));
    return out;
  }

  private static InstrumentFigures figure(Instrument definition, Key key, List<Scored> list) {
    Scored first = list.get(0);
    Scored last = list.get(list.size() - 1);
    Optional<ReliableChange> change =
        definition.total().isEmpty()
            ? Optional.empty()
            : Optional.of(ReliableChange.between(definition, first.score(), last.score()));
    List<InstrumentFigures.Completion> history =
        list.stream()
            .map(
                s ->
                    new InstrumentFigures.Completion(
                        s.event().at(), s.score(), s.event().visibility()))
            .toList();
    return new InstrumentFigures(
        key.instrument(),
        key.version(),
        definition.name(),
        key.partner(),
        history,
        first.event().at(),
        first.score(),
        last.event().at(),
        last.score(),
        change);
  }

  /**
   * The model's scheduled questionnaires for {@code viewer}: due on the journey's first day, then
   * {@code everyDays} after the viewer's own latest completion of any version. None once the
   * journey has ended. A schedule whose instrument the catalogue holds without wording ({@link
   * Instrument#readable()}) is left out: nobody is asked to answer items they cannot read, so the
   * standard model's CSI-4 is scheduled only where a practice supplies its wording.
   */
  static List<ScheduledQuestionnaire> schedule(
      RecoveryModel model,
      InstrumentCatalogue catalogue,
      JourneyState state,
      List<JourneyEvent> visible,
      PartnerId viewer,
      LocalDate today) {
    if (state.hasEnded()) {
      return List.of();
    }
    List<ScheduledQuestionnaire> out = new ArrayList<>();
    for (QuestionnaireSchedule q : model.questionnaires()) {
      if (!catalogue.find(q.instrument()).map(Instrument::readable).orElse(false)) {
        continue;
      }
      Optional<LocalDate> last = Optional.empty();
      for (JourneyEvent e : visible) {
        if (e instanceof InstrumentCompleted c
            && c.by().equals(viewer)
            && c.instrument().equals(q.instrument())) {
          last = Optional.of(state.dayOf(c.at()));
        }
      }
      LocalDate next = last.map(d -> d.plusDays(q.everyDays())).orElse(state.startDay());
      String name = catalogue.find(q.instrument()).map(Instrument::name).orElse(q.instrument());
      out.add(
          new ScheduledQuestionnaire(
              q.instrument(), name, q.everyDays(), last, next, !next.isAfter(today)));
    }
    return out;
  }
}
