package org.recovery.web.api;

import static org.recovery.web.api.CommandRoute.change;
import static org.recovery.web.api.CommandRoute.create;
import static org.recovery.web.api.Parse.checked;
import static org.recovery.web.api.Parse.day;
import static org.recovery.web.api.Parse.id;
import static org.recovery.web.api.Parse.optional;
import static org.recovery.web.api.Parse.required;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import org.recovery.core.boundary.BoundaryArea;
import org.recovery.core.boundary.BoundaryChange;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.BetrayalCommand.RecordBetrayal;
import org.recovery.core.journey.BetrayalCommand.RecordFeelingHeard;
import org.recovery.core.journey.BetrayalCommand.TakeResponsibility;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.BetrayalKind;
import org.recovery.core.journey.BoundaryCommand.AgreeToBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.DeclineBoundaryChange;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundary;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryRevision;
import org.recovery.core.journey.BoundaryCommand.ProposeBoundaryWithdrawal;
import org.recovery.core.journey.Discovery;
import org.recovery.core.journey.HeardLevel;
import org.recovery.core.journey.JourneyOutcome;
import org.recovery.core.journey.LifecycleCommand.DecideToTry;
import org.recovery.core.journey.LifecycleCommand.EndJourney;
import org.recovery.core.journey.LifecycleCommand.PauseJourney;
import org.recovery.core.journey.LifecycleCommand.ResumeJourney;
import org.recovery.core.journey.SetbackCommand.RecordRepair;
import org.recovery.core.journey.SetbackCommand.RecordSetback;
import org.recovery.core.journey.StageCommand.AgreeToAdvance;
import org.recovery.core.setback.RepairStep;
import org.recovery.core.setback.SetbackId;
import org.recovery.core.setback.SetbackKind;
import org.recovery.core.setback.Severity;
import org.recovery.web.api.CommandRoute.Built;
import org.recovery.web.api.CommandRoute.Empty;

/**
 * The endpoints about the couple's shared story: betrayals, the journey, stages, setbacks,
 * boundaries.
 */
final class SharedCommands {
  private SharedCommands() {}

  /** A betrayal: who was hurt, who was involved (partner ids), how and when it came to light. */
  record Betrayal(
      BetrayalKind kind,
      String hurtPartner,
      String involvedPartner,
      Discovery cameToLight,
      String on) {}

  /** A statement of responsibility, possibly empty. */
  record Responsibility(String statement) {}

  /** Whether the hurt partner feels heard. */
  record Heard(HeardLevel level) {}

  /** A day from which something starts. */
  record From(String from) {}

  /** How the journey ends. */
  record End(JourneyOutcome outcome) {}

  /** A setback. */
  record Setback(SetbackKind kind, Severity severity, String day, String description) {}

  /** A repair step. */
  record Repair(RepairStep step) {}

  /** A new boundary. */
  record Boundary(BoundaryArea area, String text) {}

  /** New wording for a boundary. */
  record Wording(String text) {}

  /** Agreement to the proposal with this revision number, the one the partner read. */
  record Agree(Integer revision) {}

  static List<CommandRoute<?>> routes() {
    return List.of(
        create("/betrayals", Betrayal.class, SharedCommands::betrayal),
        change(
            "/betrayals/{betrayal}/responsibility",
            Responsibility.class,
            (b, p) ->
                Built.of(
                    checked(
                        "statement",
                        () -> new TakeResponsibility(betrayal(p), optional(b.statement(), ""))))),
        change(
            "/betrayals/{betrayal}/heard",
            Heard.class,
            (b, p) -> Built.of(new RecordFeelingHeard(betrayal(p), required("level", b.level())))),
        change("/decide-to-try", Empty.class, (b, p) -> Built.of(new DecideToTry())),
        change("/pause", From.class, (b, p) -> Built.of(new PauseJourney(day("from", b.from())))),
        change("/resume", Empty.class, (b, p) -> Built.of(new ResumeJourney())),
        change(
            "/end",
            End.class,
            (b, p) -> Built.of(new EndJourney(required("outcome", b.outcome())))),
        change("/agree-to-advance", Empty.class, (b, p) -> Built.of(new AgreeToAdvance())),
        create("/setbacks", Setback.class, SharedCommands::setback),
        change(
            "/setbacks/{setback}/repairs",
            Repair.class,
            (b, p) ->
                Built.of(
                    new RecordRepair(
                        id("setback", p.apply("setback"), SetbackId::parse),
                        required("step", b.step())))),
        create("/boundaries", Boundary.class, SharedCommands::boundary),
        change(
            "/boundaries/{boundary}/revise",
            Wording.class,
            (b, p) -> Built.of(new ProposeBoundaryRevision(boundary(p), text(b.text())))),
        change(
            "/boundaries/{boundary}/withdraw",
            Empty.class,
            (b, p) -> Built.of(new ProposeBoundaryWithdrawal(boundary(p)))),
        change(
            "/boundaries/{boundary}/agree",
            Agree.class,
            (b, p) ->
                Built.of(
                    new AgreeToBoundaryChange(
                        boundary(p),
                        OptionalInt.of(
                            Parse.range("revision", b.revision(), 1, Integer.MAX_VALUE))))),
        change(
            "/boundaries/{boundary}/decline",
            Empty.class,
            (b, p) -> Built.of(new DeclineBoundaryChange(boundary(p)))));
  }

  private static Built betrayal(Betrayal b, UnaryOperator<String> p) {
    BetrayalId id = BetrayalId.random();
    PartnerId hurt = id("hurtPartner", b.hurtPartner(), PartnerId::parse);
    PartnerId involved = id("involvedPartner", b.involvedPartner(), PartnerId::parse);
    return new Built(
        new RecordBetrayal(
            id,
            required("kind", b.kind()),
            hurt,
            involved,
            required("cameToLight", b.cameToLight()),
            day("on", b.on())),
        id.toString());
  }

  private static Built setback(Setback b, UnaryOperator<String> p) {
    SetbackId id = SetbackId.random();
    SetbackKind kind = required("kind", b.kind());
    Severity severity = required("severity", b.severity());
    String description = optional(b.description(), "");
    return new Built(
        checked(
            "description",
            () -> new RecordSetback(id, kind, severity, day("day", b.day()), description)),
        id.toString());
  }

  private static Built boundary(Boundary b, UnaryOperator<String> p) {
    BoundaryId id = BoundaryId.random();
    return new Built(
        new ProposeBoundary(id, required("area", b.area()), text(b.text())), id.toString());
  }

  private static String text(String text) {
    required("text", text);
    return checked("text", () -> BoundaryChange.checkText(text));
  }

  private static BetrayalId betrayal(UnaryOperator<String> p) {
    return id("betrayal", p.apply("betrayal"), BetrayalId::parse);
  }

  private static BoundaryId boundary(UnaryOperator<String> p) {
    return id("boundary", p.apply("boundary"), BoundaryId::parse);
  }
}
