package org.recovery.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.Report;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.Betrayal;
import org.recovery.core.journey.BetrayalEvent.ResponsibilityTaken;
import org.recovery.core.journey.CheckInEvent.CheckInRecorded;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.journey.Partner;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;
import org.recovery.core.journey.PersonalEvent.TherapySessionRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.safety.ScreeningAnswers;
import org.recovery.core.setback.Setback;

/**
 * The journey as the page shows it to one partner, built only from that partner's {@link
 * JourneyView}: shared entries and the viewer's own private ones. The {@code mine} part holds what
 * only the viewer sees (consent, safety screening, journal).
 */
final class ViewJson {
  /** How many of the latest check-ins the view lists. */
  static final int CHECK_INS = 60;

  private ViewJson() {}

  record PartnerJson(PartnerId id, String name) {
    static PartnerJson of(Partner p) {
      return new PartnerJson(p.id(), p.name());
    }
  }

  record Journey(
      String journey,
      String zone,
      LocalDate today,
      LocalDate startedOn,
      PartnerJson me,
      PartnerJson partner,
      boolean paused,
      Optional<String> outcome,
      List<PartnerId> decidedToTry,
      List<Betrayal> betrayals,
      List<CommitmentJson> commitments,
      Map<String, String> statements,
      List<CheckInJson> checkIns,
      List<Setback> setbacks,
      Map<String, String> setbackDescriptions,
      List<BoundaryJson> boundaries,
      List<TherapyJson> therapySessions,
      String effectiveConsent,
      Mine mine) {}

  record Mine(
      Optional<String> consent,
      Optional<ScreeningAnswers> safetyScreening,
      List<JournalJson> journal,
      Optional<String> forgiveness,
      Optional<Visibility> forgivenessSeenBy,
      boolean dayCounters) {}

  record CommitmentJson(
      String id,
      String title,
      PartnerId owner,
      PartnerId proposedBy,
      String category,
      String cost,
      String status,
      String cadence,
      String verification,
      Optional<LocalDate> activeFrom,
      List<Report> reports) {}

  record CheckInJson(
      String id,
      PartnerId partner,
      LocalDate day,
      int emotionalSafety,
      int trust,
      int closeness,
      int hope,
      boolean sharedSomethingVulnerable,
      boolean triggered,
      int reactiveOutbursts,
      String note,
      Visibility visibility) {}

  record BoundaryJson(
      String id,
      String area,
      Optional<String> agreedText,
      int revision,
      Optional<Pending> pending) {}

  record Pending(int revision, String kind, String text, PartnerId proposedBy) {}

  record TherapyJson(String kind, LocalDate day, Visibility visibility, PartnerId by) {}

  record JournalJson(LocalDate day, String text) {}

  static Journey of(JourneyView view, Instant now) {
    return of(view, now, CHECK_INS);
  }

  /** The view with at most {@code checkInLimit} of the latest check-ins. */
  static Journey of(JourneyView view, Instant now, int checkInLimit) {
    JourneyState s = view.state();
    LocalDate today = s.dayOf(now);
    List<CommitmentJson> commitments =
        s.commitments().values().stream().map(c -> commitment(c, today)).toList();
    List<BoundaryJson> boundaries =
        s.boundaries().values().stream().map(ViewJson::boundary).toList();
    List<CheckInJson> checkIns = new ArrayList<>();
    List<JournalJson> journal = new ArrayList<>();
    List<TherapyJson> therapy = new ArrayList<>();
    Map<String, String> statements = new LinkedHashMap<>();
    Map<String, String> descriptions = new LinkedHashMap<>();
    for (JourneyEvent e : view.events()) {
      if (e instanceof ResponsibilityTaken r && !r.statement().isEmpty()) {
        statements.put(r.betrayal().toString(), r.statement());
      } else if (e instanceof SetbackRecorded r && !r.description().isEmpty()) {
        descriptions.put(r.setback().toString(), r.description());
      }
      if (e instanceof CheckInRecorded c) {
        checkIns.add(
            new CheckInJson(
                c.checkIn().toString(),
                c.by(),
                c.day(),
                c.emotionalSafety(),
                c.trust(),
                c.closeness(),
                c.hope(),
                c.sharedSomethingVulnerable(),
                c.triggered(),
                c.reactiveOutbursts(),
                c.note(),
                c.visibility()));
      } else if (e instanceof JournalEntryWritten j && j.by().equals(view.viewer())) {
        journal.add(new JournalJson(j.day(), j.text()));
      } else if (e instanceof TherapySessionRecorded t) {
        therapy.add(new TherapyJson(t.kind().name(), t.day(), t.visibility(), t.by()));
      }
    }
    checkIns.sort(Comparator.comparing(CheckInJson::day).reversed());
    Mine mine =
        new Mine(
            view.myConsent().map(Enum::name),
            Optional.ofNullable(s.safety().latest().get(view.viewer())),
            journal,
            s.preferences().forgivenessOf(view.viewer()).map(Enum::name),
            s.preferences().forgivenessSeenBy(view.viewer()),
            s.preferences().showsDayCounters(view.viewer()));
    return new Journey(
        s.id().toString(),
        s.zone().getId(),
        today,
        s.startDay(),
        PartnerJson.of(view.me()),
        PartnerJson.of(view.partner()),
        s.isPaused(),
        s.outcome().map(Enum::name),
        s.decidedToTry().stream().sorted(Comparator.comparing(PartnerId::toString)).toList(),
        List.copyOf(s.betrayals().values()),
        commitments,
        statements,
        checkIns.subList(0, Math.min(checkInLimit, checkIns.size())),
        List.copyOf(s.setbacks().values()),
        descriptions,
        boundaries,
        therapy,
        view.effectiveConsent().name(),
        mine);
  }

  private static CommitmentJson commitment(Commitment c, LocalDate today) {
    List<Report> recent = c.reports().descendingMap().values().stream().limit(31).toList();
    return new CommitmentJson(
        c.id().toString(),
        c.title(),
        c.owner(),
        c.proposedBy(),
        c.category().name(),
        c.cost().name(),
        c.statusOn(today).name(),
        c.latestTerms().cadence().spec(),
        c.latestTerms().verification().name(),
        c.schedule().isEmpty()
            ? Optional.empty()
            : Optional.of(c.schedule().get(0).effectiveFrom()),
        recent);
  }

  private static BoundaryJson boundary(Boundary b) {
    return new BoundaryJson(
        b.id().toString(),
        b.area().name(),
        b.agreedText(),
        b.revision(),
        b.pending().map(p -> new Pending(p.revision(), p.kind().name(), p.text(), p.proposedBy())));
  }
}
