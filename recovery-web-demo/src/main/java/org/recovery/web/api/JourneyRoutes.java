package org.recovery.web.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recovery.core.common.JourneyId;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.journey.Decision;
import org.recovery.core.journey.JourneySummary;
import org.recovery.core.journey.JourneyView;
import org.recovery.core.progress.Agenda;
import org.recovery.core.report.ReportView;
import org.recovery.persistence.report.ReportJson;
import org.recovery.web.auth.Session;
import org.recovery.web.http.ApiError;
import org.recovery.web.http.Json;

/**
 * The endpoints of one journey, {@code /api/journeys/{journey}…}: its view, its progress report,
 * and one POST per command; {@code /api/agenda}, the logged-in partner's agenda; and {@code
 * /api/vocabulary}, the words and privacy defaults every page may read without a session. Every
 * other one needs a session whose journey is the one in the path (else 401, or 404 as if it did not
 * exist); every POST needs the session's CSRF token.
 */
public final class JourneyRoutes {
  /** The prefix of every journey endpoint. */
  public static final String PREFIX = "/api/journeys/{journey}";

  private final Services services;

  private JourneyRoutes(Services services) {
    this.services = services;
  }

  /** Every command route, in the order docs/web.md lists them. */
  public static List<CommandRoute<?>> commands() {
    List<CommandRoute<?>> all = new ArrayList<>();
    all.addAll(PersonalCommands.routes());
    all.addAll(CommitmentCommands.routes());
    all.addAll(SharedCommands.routes());
    return all;
  }

  /** Registers the journey endpoints. */
  public static void register(RoutesConfig routes, Services services) {
    JourneyRoutes r = new JourneyRoutes(services);
    routes.get(PREFIX, r::view);
    routes.get(PREFIX + "/report", r::report);
    routes.get("/api/agenda", r::agenda);
    routes.get("/api/questionnaires", r::questionnaires);
    routes.get("/api/vocabulary", r::vocabulary);
    routes.get("/api/openapi.json", ctx -> ctx.json(OpenApi.document()));
    for (CommandRoute<?> command : commands()) {
      routes.post(PREFIX + command.path(), ctx -> r.execute(ctx, command));
    }
  }

  private void view(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    JourneyId journey = services.guard().requireJourney(ctx, session);
    JourneyView view =
        services.journeys().view(journey, session.partner()).orElseThrow(ApiError::journeyNotFound);
    ctx.json(ViewJson.of(view, services.clock().instant()));
  }

  private void report(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    JourneyId journey = services.guard().requireJourney(ctx, session);
    JourneySummary summary =
        services
            .journeys()
            .summary(journey)
            .filter(s -> s.isPartner(session.partner()))
            .orElseThrow(ApiError::journeyNotFound);
    byte[] json =
        services
            .reports()
            .report(
                journey,
                session.partner(),
                summary.version(),
                () -> {
                  ReportView report =
                      ReportView.of(services.journeys(), journey, session.partner())
                          .orElseThrow(ApiError::journeyNotFound);
                  return Json.bytes(ReportJson.tree(report));
                });
    ctx.contentType("application/json").result(json);
  }

  private void agenda(Context ctx) {
    Session session = services.guard().requireSession(ctx);
    Agenda agenda =
        services
            .journeys()
            .agenda(session.journey(), session.partner())
            .orElseThrow(ApiError::journeyNotFound);
    ctx.json(AgendaJson.of(session.journey(), agenda));
  }

  private void questionnaires(Context ctx) {
    services.guard().requireSession(ctx);
    List<Object> out = new ArrayList<>();
    for (Instrument i : services.journeys().instruments().latest()) {
      ObjectNode node = Json.mapper().valueToTree(i);
      node.put("answerable", i.readable());
      out.add(node);
    }
    ctx.json(out);
  }

  /** Public words, no session needed, the same for everyone: a browser may keep them an hour. */
  private void vocabulary(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.res().setHeader("Pragma", null);
    ctx.json(VocabularyJson.of(services.journeys().model()));
  }

  private <B> void execute(Context ctx, CommandRoute<B> route) {
    Session session = services.guard().requireSession(ctx);
    services.guard().requireCsrf(ctx, session);
    JourneyId journey = services.guard().requireJourney(ctx, session);
    B body = Json.read(ctx.bodyAsBytes(), route.body());
    CommandRoute.Built built = route.converter().build(body, ctx::pathParam);
    Decision decision = services.journeys().execute(journey, session.partner(), built.command());
    if (decision instanceof Decision.Rejected rejected) {
      throw Refusals.of(rejected.reason());
    }
    if (route.creates()) {
      ctx.status(201).json(Map.of("accepted", true, "id", built.createdId()));
    } else {
      ctx.json(Map.of("accepted", true));
    }
  }
}
