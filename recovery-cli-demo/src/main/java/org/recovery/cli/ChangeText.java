package org.recovery.cli;

import org.recovery.core.boundary.Boundary;
import org.recovery.core.commitment.Commitment;
import org.recovery.core.journey.BoundaryEvent;
import org.recovery.core.journey.BoundaryEvent.BoundaryChangeAgreed;
import org.recovery.core.journey.BoundaryEvent.BoundaryProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryRevisionProposed;
import org.recovery.core.journey.BoundaryEvent.BoundaryWithdrawalProposed;
import org.recovery.core.journey.CommitmentEvent;
import org.recovery.core.journey.CommitmentEvent.CommitmentActivated;
import org.recovery.core.journey.CommitmentEvent.CommitmentPaused;
import org.recovery.core.journey.CommitmentEvent.CommitmentProposed;
import org.recovery.core.journey.CommitmentEvent.CommitmentRetired;
import org.recovery.core.journey.CommitmentEvent.CommitmentRevised;
import org.recovery.core.journey.CommitmentEvent.OccurrenceConfirmed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceDisputed;
import org.recovery.core.journey.CommitmentEvent.OccurrenceReported;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.JourneyState;
import org.recovery.core.journey.SetbackEvent;
import org.recovery.core.journey.SetbackEvent.SetbackRecorded;
import org.recovery.core.journey.SetbackEvent.SetbackRepaired;

/** The sentences of {@link EventText} for commitments, setbacks and boundaries. */
final class ChangeText {
  private final Names names;
  private final JourneyState state;

  ChangeText(Names names, JourneyState state) {
    this.names = names;
    this.state = state;
  }

  String describe(JourneyEvent event) {
    if (event instanceof CommitmentEvent e) {
      return commitment(e);
    } else if (event instanceof SetbackEvent e) {
      return setback(e);
    }
    return boundary((BoundaryEvent) event);
  }

  private String commitment(CommitmentEvent event) {
    String ref =
        "commitment "
            + Words.shortId(event.commitment().value())
            + " \""
            + state.commitment(event.commitment()).map(Commitment::title).orElse("?")
            + "\"";
    if (event instanceof CommitmentProposed e) {
      return "proposed commitment "
          + Words.shortId(e.commitment().value())
          + " \""
          + e.title()
          + "\" for "
          + names.of(e.owner())
          + ": "
          + e.cadence().spec()
          + ", "
          + Words.words(e.category())
          + ", "
          + Words.words(e.cost())
          + ", "
          + Words.words(e.verification());
    } else if (event instanceof CommitmentEvent.CommitmentAccepted) {
      return "accepted " + ref;
    } else if (event instanceof CommitmentEvent.CommitmentDeclined) {
      return "declined " + ref;
    } else if (event instanceof CommitmentActivated e) {
      return "started " + ref + " from " + e.from();
    } else if (event instanceof CommitmentRevised e) {
      return "revised "
          + ref
          + " to "
          + e.cadence().spec()
          + ", "
          + Words.words(e.verification())
          + ", from "
          + e.effectiveFrom();
    } else if (event instanceof CommitmentPaused e) {
      return "paused " + ref + " from " + e.from() + " to " + e.until();
    } else if (event instanceof CommitmentRetired e) {
      return "retired " + ref + " from " + e.effectiveFrom();
    } else if (event instanceof OccurrenceReported e) {
      return "reported " + ref + " " + Words.words(e.kind()) + " on " + e.day();
    } else if (event instanceof OccurrenceConfirmed e) {
      return "confirmed the report of " + ref + " on " + e.day();
    }
    return "disputed the report of " + ref + " on " + ((OccurrenceDisputed) event).day();
  }

  private String setback(SetbackEvent event) {
    String id = Words.shortId(event.setback().value());
    if (event instanceof SetbackRecorded e) {
      return "recorded setback "
          + id
          + ": "
          + Words.words(e.severity())
          + " "
          + Words.words(e.kind())
          + " on "
          + e.day()
          + (e.description().isEmpty() ? "" : " — \"" + e.description() + "\"");
    }
    return "took a repair step after setback "
        + id
        + ": "
        + Words.words(((SetbackRepaired) event).step());
  }

  private String boundary(BoundaryEvent event) {
    String id = Words.shortId(event.boundary().value());
    String area =
        state.boundary(event.boundary()).map(Boundary::area).map(Words::words).orElse("?");
    if (event instanceof BoundaryProposed e) {
      return "proposed boundary " + id + " (" + Words.words(e.area()) + "): \"" + e.text() + "\"";
    } else if (event instanceof BoundaryRevisionProposed e) {
      return "proposed new wording for boundary " + id + " (" + area + "): \"" + e.text() + "\"";
    } else if (event instanceof BoundaryWithdrawalProposed) {
      return "proposed ending boundary " + id + " (" + area + ")";
    } else if (event instanceof BoundaryChangeAgreed) {
      return "agreed to the change of boundary " + id + " (" + area + ")";
    }
    return "declined the change of boundary " + id + " (" + area + ")";
  }
}
