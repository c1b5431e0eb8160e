package org.recovery.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import org.recovery.core.boundary.Boundary;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.commitment.Terms;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.setback.Setback;

/** The {@code list} subcommands: one line per commitment, setback or boundary, short id first. */
final class Listings {
  private Listings() {}

  static void commitments(Session session) {
    PrintWriter out = session.context().out();
    JourneyState state = session.view().state();
    Names names = session.names();
    LocalDate today = session.today();
    if (state.commitments().isEmpty()) {
      out.println(
          "No commitment yet. Propose one with `" + session.hintForMe("commitment propose") + "`.");
    }
    for (Commitment c : state.commitments().values()) {
      Terms terms = c.latestTerms();
      String last =
          c.reports().isEmpty()
              ? "no report yet"
              : "last report "
                  + c.reports().lastKey()
                  + " "
                  + Words.words(c.reports().lastEntry().getValue().kind());
      out.println(Words.shortId(c.id().value()) + "  " + c.title());
      out.println(
          "          "
              + names.of(c.owner())
              + " · "
              + terms.cadence().spec()
              + " · "
              + Words.words(c.category())
              + " · "
              + Words.words(c.cost())
              + " · "
              + Words.words(terms.verification())
              + " · "
              + Words.words(c.statusOn(today))
              + " · "
              + last);
    }
  }

  static void setbacks(Session session) {
    PrintWriter out = session.context().out();
    Names names = session.names();
    if (session.view().state().setbacks().isEmpty()) {
      out.println("No setback is recorded.");
    }
    for (Setback s : session.view().state().setbacks().values()) {
      out.println(
          Words.shortId(s.id().value())
              + "  "
              + s.day()
              + "  "
              + Words.words(s.severity())
              + " "
              + Words.words(s.kind())
              + ", recorded by "
              + names.of(s.recordedBy())
              + (s.repairs().isEmpty()
                  ? ", no repair yet"
                  : ", repair: "
                      + String.join(" and ", s.repairs().stream().map(Words::words).toList())));
    }
  }

  static void boundaries(Session session) {
    PrintWriter out = session.context().out();
    Names names = session.names();
    if (session.view().state().boundaries().isEmpty()) {
      out.println(
          "No boundary yet. Propose one with `" + session.hintForMe("boundary propose") + "`.");
    }
    for (Boundary b : session.view().state().boundaries().values()) {
      String standing =
          b.isActive()
              ? "agreed: \"" + b.agreedText().orElseThrow() + "\""
              : b.isWithdrawn() ? "withdrawn" : "not agreed yet";
      out.println(Words.shortId(b.id().value()) + "  " + Words.words(b.area()) + " — " + standing);
      b.pending()
          .ifPresent(
              p ->
                  out.println(
                      "          waiting for an answer: "
                          + Words.words(p.kind())
                          + ", \""
                          + p.text()
                          + "\", revision "
                          + p.revision()
                          + ", proposed by "
                          + names.of(p.proposedBy())));
    }
  }
}
