package org.recovery.core.commitment;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.recovery.core.common.PartnerId;

/**
 * A concrete behaviour one partner promised the other, as it stands after the events so far.
 * Immutable: every change returns a new commitment.
 *
 * <p>Changes carry the day they take effect, so a change that makes a commitment easier and waits
 * for a cooling-off delay is simply a change dated in the future.
 *
 * @param id the commitment's id
 * @param owner the partner who does the behaviour
 * @param proposedBy the partner who proposed it (the requester when it is not the owner)
 * @param title what the behaviour is, in the couple's words
 * @param category what kind of behaviour it is
 * @param cost low-cost or high-cost
 * @param proposed the terms as proposed; they apply from the day it is activated
 * @param lifecycle proposed, declined, accepted, active or retired (pauses are per day, see {@link
 *     #statusOn})
 * @param schedule the terms in effect from each day on, oldest first; empty until activated
 * @param retiredFrom the first day it no longer applies, once retired
 * @param pauses agreed pauses; occurrences due inside them are excused
 * @param reports reports by day
 */
public record Commitment(
    CommitmentId id,
    PartnerId owner,
    PartnerId proposedBy,
    String title,
    CommitmentCategory category,
    Cost cost,
    Terms proposed,
    CommitmentStatus lifecycle,
    List<Terms> schedule,
    Optional<LocalDate> retiredFrom,
    List<Pause> pauses,
    NavigableMap<LocalDate, Report> reports) {

  /**
   * How many days after a day's report deadline the other partner may still confirm or dispute the
   * report. A partner-confirmed keep nobody answered by then counts as kept.
   */
  public static final int ANSWER_WINDOW_DAYS = 7;

  /** The longest title a commitment may have. */
  public static final int MAX_TITLE_LENGTH = 200;

  /** Validates the commitment and makes its collections unmodifiable. */
  public Commitment {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(owner, "owner must not be null");
    Objects.requireNonNull(proposedBy, "proposedBy must not be null");
    title = checkTitle(title);
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(cost, "cost must not be null");
    Objects.requireNonNull(proposed, "proposed terms must not be null");
    Objects.requireNonNull(lifecycle, "lifecycle must not be null");
    if (lifecycle == CommitmentStatus.PAUSED) {
      throw new IllegalArgumentException("lifecycle must not be PAUSED; pauses are per day");
    }
    schedule = List.copyOf(schedule);
    Objects.requireNonNull(retiredFrom, "retiredFrom must not be null");
    pauses = List.copyOf(pauses);
    reports = Collections.unmodifiableNavigableMap(new TreeMap<>(reports));
  }

  /**
   * Validates a commitment title: not blank, at most {@value #MAX_TITLE_LENGTH} characters.
   *
   * @return the title without surrounding white space
   * @throws IllegalArgumentException if the title breaks a rule
   */
  public static String checkTitle(String title) {
    Objects.requireNonNull(title, "title must not be null");
    String stripped = title.strip();
    if (stripped.isEmpty()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    if (stripped.length() > MAX_TITLE_LENGTH) {
      throw new IllegalArgumentException(
          "title must be at most " + MAX_TITLE_LENGTH + " characters, was " + stripped.length());
    }
    return stripped;
  }

  /** A newly proposed commitment. */
  public static Commitment proposed(
      CommitmentId id,
      PartnerId owner,
      PartnerId proposedBy,
      String title,
      CommitmentCategory category,
      Cost cost,
      Terms terms) {
    return new Commitment(
        id,
        owner,
        proposedBy,
        title,
        category,
        cost,
        terms,
        CommitmentStatus.PROPOSED,
        List.of(),
        Optional.empty(),
        List.of(),
        new TreeMap<>());
  }

  /** Returns this commitment in the given lifecycle status. */
  public Commitment withLifecycle(CommitmentStatus status) {
    return new Commitment(
        id,
        owner,
        proposedBy,
        title,
        category,
        cost,
        proposed,
        status,
        schedule,
        retiredFrom,
        pauses,
        reports);
  }

  /** Returns this commitment active from {@code day}, under the proposed terms. */
  public Commitment activatedOn(LocalDate day) {
    Terms first = new Terms(day, proposed.cadence(), proposed.verification());
    return new Commitment(
        id,
        owner,
        proposedBy,
        title,
        category,
        cost,
        proposed,
        CommitmentStatus.ACTIVE,
        List.of(first),
        retiredFrom,
        pauses,
        reports);
  }

  /** Returns this commitment with {@code terms} in effect from their first day on. */
  public Commitment revisedTo(Terms terms) {
    List<Terms> next = new ArrayList<>();
    for (Terms t : schedule) {
      if (t.effectiveFrom().isBefore(terms.effectiveFrom())) {
        next.add(t);
      }
    }
    next.add(terms);
    return new Commitment(
        id,
        owner,
        proposedBy,
        title,
        category,
        cost,
        proposed,
        lifecycle,
        next,
        retiredFrom,
        pauses,
        reports);
  }

  /** Returns this commitment with one more pause. */
  public Commitment pausedFor(Pause pause) {
    List<Pause> next = new ArrayList<>(pauses);
    next.add(pause);
    return new Commitment(
        id,
        owner,
        proposedBy,
        title,
        category,
        cost,
        proposed,
        lifecycle,
        schedule,
        retiredFrom,
        next,
        reports);
  }

  /** Returns this commitment retired from {@code day} on. */
  public Commitment retiredOn(LocalDate day) {
    return new Commitment(
        id,
        owner,
        proposedBy,
        title,
        category,
        cost,
        proposed,
        CommitmentStatus.RETIRED,
        schedule,
        Optional.of(day),
        pauses,
        reports);
  }

  /**
   * Returns this commitment with {@code report} recorded for its day, replacing any earlier one.
   */
  public Commitment withReport(Report report) {
    NavigableMap<LocalDate, Report> next = new TreeMap<>(reports);
    next.put(report.day(), report);
    return new Commitment(
        id,
        owner,
        proposedBy,
        title,
        category,
        cost,
        proposed,
        lifecycle,
        schedule,
        retiredFrom,
        pauses,
        next);
  }

  /** Returns this commitment with exactly {@code reports}, by day, in place of its own. */
  public Commitment withReports(NavigableMap<LocalDate, Report> reports) {
    return new Commitment(
        id,
        owner,
        proposedBy,
        title,
        category,
        cost,
        proposed,
        lifecycle,
        schedule,
        retiredFrom,
        pauses,
        reports);
  }

  /** The other partner, given the two partners of the journey. */
  public PartnerId counterpart(PartnerId first, PartnerId second) {
    return owner.equals(first) ? second : first;
  }

  /** Whether the commitment applies on {@code day}: activated by then and not yet retired. */
  public boolean appliesOn(LocalDate day) {
    return termsOn(day).isPresent() && retiredFrom.map(r -> day.isBefore(r)).orElse(true);
  }

  /** The terms in effect on {@code day}, if the commitment had been activated by then. */
  public Optional<Terms> termsOn(LocalDate day) {
    Terms found = null;
    for (Terms t : schedule) {
      if (!t.effectiveFrom().isAfter(day)) {
        found = t;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * The terms that apply now or will apply next: the latest scheduled ones (including a change
   * still in its cooling-off delay), or the proposed terms before activation.
   */
  public Terms latestTerms() {
    return schedule.isEmpty() ? proposed : schedule.get(schedule.size() - 1);
  }

  /** The status on {@code day}, counting pauses and dated retirement. */
  public CommitmentStatus statusOn(LocalDate day) {
    if (lifecycle == CommitmentStatus.PROPOSED
        || lifecycle == CommitmentStatus.DECLINED
        || lifecycle == CommitmentStatus.ACCEPTED) {
      return lifecycle;
    }
    if (!appliesOn(day)) {
      return retiredFrom.isPresent() && !day.isBefore(retiredFrom.get())
          ? CommitmentStatus.RETIRED
          : CommitmentStatus.ACCEPTED;
    }
    return pauses.stream().anyMatch(p -> p.covers(day))
        ? CommitmentStatus.PAUSED
        : CommitmentStatus.ACTIVE;
  }

  /** The report for {@code day}, if one was made. */
  public Optional<Report> reportOn(LocalDate day) {
    return Optional.ofNullable(reports.get(day));
  }

  /**
   * The due occurrences in {@code [from, to]} and how each stands at {@code asOf}.
   *
   * @param zone the couple's time zone, which decides when a day and its grace period end
   * @param grace how long after the end of a day a report for it is still accepted
   * @param journeyPauses pauses of the whole journey, which excuse like the commitment's own
   * @throws IllegalArgumentException if {@code from} is after {@code to}
   */
  public List<OccurrenceStatus> occurrences(
      LocalDate from,
      LocalDate to,
      Instant asOf,
      ZoneId zone,
      Duration grace,
      List<Pause> journeyPauses) {
    return OccurrenceLedger.evaluate(this, from, to, asOf, zone, grace, journeyPauses);
  }

  /**
   * The instant after which a report about {@code day} is no longer accepted: the end of the day in
   * {@code zone}, plus {@code grace}.
   */
  public static Instant reportDeadline(LocalDate day, ZoneId zone, Duration grace) {
    return day.plusDays(1).atStartOfDay().plus(grace).atZone(zone).toInstant();
  }

  /**
   * The instant after which a report about {@code day} can no longer be confirmed or disputed:
   * {@value #ANSWER_WINDOW_DAYS} days after its report deadline.
   */
  public static Instant answerDeadline(LocalDate day, ZoneId zone, Duration grace) {
    return day.plusDays(1)
        .atStartOfDay()
        .plus(grace)
        .plusDays(ANSWER_WINDOW_DAYS)
        .atZone(zone)
        .toInstant();
  }
}
