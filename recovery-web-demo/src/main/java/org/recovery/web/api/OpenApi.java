package org.recovery.web.api;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API described as OpenAPI 3.0, built from the same route table the server runs, so the two
 * cannot drift apart. Served at {@code GET /api/openapi.json}.
 */
public final class OpenApi {
  private static final Set<String> DATES = Set.of("day", "from", "until", "on");
  private static final Set<String> IDS = Set.of("owner", "hurtPartner", "involvedPartner");
  private static final Pattern PARAM = Pattern.compile("\\{(\\w+)}");

  private OpenApi() {}

  /** The document. */
  public static Map<String, Object> document() {
    Map<String, Object> paths = new LinkedHashMap<>();
    paths.put(
        "/api/session",
        Map.of("get", op("Who is logged in, and the CSRF token", null, false, List.of())));
    paths.put(
        "/api/journeys",
        Map.of(
            "post",
            op(
                "Start a journey with your own log-in; the"
                    + " answer carries a one-time invitation (code, link, expiry) for your partner, whose"
                    + " passphrase you leave out",
                AuthRoutes.NewJourney.class,
                true,
                List.of())));
    paths.put(
        "/api/invitations/accept",
        Map.of(
            "post",
            op(
                "Join a journey with an invitation"
                    + " code and a passphrase of your own; logs you in (404 wrong code, 410 expired or used,"
                    + " 429 too many guesses; nothing changes on a refusal)",
                InvitationRoutes.Accept.class,
                true,
                List.of())));
    paths.put(
        JourneyRoutes.PREFIX + "/invitation",
        Map.of(
            "get",
                op(
                    "Your partner's invitation: PENDING, EXPIRED, NONE or JOINED",
                    null,
                    false,
                    List.of("journey")),
            "post",
                op(
                    "A new invitation for your partner, replacing any earlier one (409 once they"
                        + " have joined)",
                    CommandRoute.Empty.class,
                    true,
                    List.of("journey"))));
    paths.put(
        JourneyRoutes.PREFIX + "/invitation/revoke",
        Map.of(
            "post",
            op(
                "Withdraw the" + " open invitation",
                CommandRoute.Empty.class,
                false,
                List.of("journey"))));
    paths.put(
        "/api/passphrase",
        Map.of(
            "post",
            op(
                "Change your passphrase (needs the current" + " one); your other sessions end",
                AccountRoutes.NewPassphrase.class,
                false,
                List.of())));
    paths.put(
        JourneyRoutes.PREFIX + "/export",
        Map.of(
            "get",
            op(
                "Download the journey as you"
                    + " see it (a JSON attachment): shared entries and your own private ones",
                null,
                false,
                List.of("journey"))));
    paths.put(
        JourneyRoutes.PREFIX + "/delete",
        Map.of(
            "post",
            op(
                "Delete the journey for both"
                    + " partners (confirmation: \""
                    + AccountRoutes.DELETE_PHRASE
                    + "\"); later requests of"
                    + " either partner's sessions get 410 JOURNEY_DELETED",
                AccountRoutes.Deletion.class,
                false,
                List.of("journey"))));
    paths.put(
        "/api/demo",
        Map.of(
            "post",
            op("Open a simulated demo journey", CommandRoute.Empty.class, true, List.of())));
    paths.put(
        "/api/login",
        Map.of(
            "post",
            op(
                "Log in; unlocks your key, and at the first log-in makes it and answers your"
                    + " recoveryCode once",
                AuthRoutes.Login.class,
                false,
                List.of())));
    paths.put(
        "/api/recover",
        Map.of(
            "post",
            op(
                "A new passphrase with your recovery code; logs you in and answers a new"
                    + " recoveryCode once (401 if name and code do not match; nothing changes)",
                KeyRoutes.Recovery.class,
                false,
                List.of())));
    paths.put(
        "/api/private-entries/forget",
        Map.of(
            "post",
            op(
                "Delete your private entries for good by destroying your key (passphrase, and"
                    + " confirmation: \""
                    + KeyRoutes.FORGET_PHRASE
                    + "\"); answers the recoveryCode of the new key",
                KeyRoutes.Forget.class,
                false,
                List.of())));
    paths.put(
        "/api/logout", Map.of("post", op("Log out", CommandRoute.Empty.class, false, List.of())));
    paths.put(
        "/api/questionnaires",
        Map.of(
            "get",
            op(
                "The questionnaires this server knows:"
                    + " the latest version of each shipped one and of each read with --instruments; only"
                    + " those with answerable: true (every item worded) can be offered to a person",
                null,
                false,
                List.of())));
    paths.put(
        JourneyRoutes.PREFIX,
        Map.of("get", op("The journey as you may see it", null, false, List.of("journey"))));
    paths.put(
        JourneyRoutes.PREFIX + "/report",
        Map.of(
            "get",
            op(
                "Your progress report in the"
                    + " library's stable JSON format (recovery-progress-report, version 1; its JSON Schema is"
                    + " org/recovery/persistence/report/report-1.schema.json in recovery-persistence, and"
                    + " docs/report-format.md describes every field)",
                null,
                false,
                List.of("journey"))));
    Map<String, Object> agenda =
        op(
            "What you can do now and what is due for you today, each"
                + " action open or closed by the rules (see docs/web.md)",
            null,
            false,
            List.of());
    Map<String, Object> answers =
        new LinkedHashMap<>(
            Map.of(
                "200",
                Map.of(
                    "description",
                    "your agenda",
                    "content",
                    Map.of(
                        "application/json",
                        Map.of("schema", Map.of("$ref", "#/components/schemas/Agenda"))))));
    answers.put("401", ((Map<?, ?>) agenda.get("responses")).get("401"));
    answers.put("404", ((Map<?, ?>) agenda.get("responses")).get("404"));
    agenda.put("responses", answers);
    paths.put("/api/agenda", Map.of("get", agenda));
    Map<String, Object> vocabulary = new LinkedHashMap<>();
    vocabulary.put(
        "summary",
        "The words a person reads for every value the API names (the"
            + " core's Vocabulary), the stage names, and the core's privacy default for each kind of"
            + " entry; no session needed, cacheable for an hour (see docs/web.md)");
    vocabulary.put(
        "responses",
        Map.of(
            "200",
            Map.of(
                "description",
                "the vocabulary",
                "content",
                Map.of(
                    "application/json",
                    Map.of("schema", Map.of("$ref", "#/components/schemas/Vocabulary"))))));
    paths.put("/api/vocabulary", Map.of("get", vocabulary));
    for (CommandRoute<?> route : JourneyRoutes.commands()) {
      String path = JourneyRoutes.PREFIX + route.path();
      paths.put(
          path,
          Map.of(
              "post",
              op(route.body().getSimpleName(), route.body(), route.creates(), params(path))));
    }
    Map<String, Object> error =
        object(
            Map.of(
                "code",
                Map.of("type", "string"),
                "message",
                Map.of("type", "string"),
                "field",
                Map.of("type", "string")));
    return Map.of(
        "openapi",
        "3.0.3",
        "info",
        Map.of(
            "title",
            "Recovery web demo API",
            "version",
            "1",
            "description",
            "See docs/web.md. Every POST needs Content-Type: application/json"
                + " and the X-CSRF-Token header."),
        "paths",
        paths,
        "components",
        Map.of(
            "schemas",
            Map.of(
                "Error",
                error,
                "Agenda",
                AgendaSchema.agenda(),
                "Vocabulary",
                AgendaSchema.vocabulary())));
  }

  private static Map<String, Object> op(
      String summary, Class<?> body, boolean creates, List<String> pathParams) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("summary", summary);
    List<Object> parameters = new ArrayList<>();
    for (String p : pathParams) {
      parameters.add(
          Map.of(
              "name",
              p,
              "in",
              "path",
              "required",
              true,
              "schema",
              Map.of("type", "string", "format", "uuid")));
    }
    if (!parameters.isEmpty()) {
      op.put("parameters", parameters);
    }
    if (body != null) {
      op.put(
          "requestBody",
          Map.of(
              "required",
              true,
              "content",
              Map.of("application/json", Map.of("schema", schema(body)))));
    }
    Map<String, Object> responses = new LinkedHashMap<>();
    responses.put(creates ? "201" : "200", Map.of("description", creates ? "created" : "done"));
    Map<String, Object> error =
        Map.of(
            "description",
            "an error; see docs/web.md",
            "content",
            Map.of(
                "application/json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Error"))));
    for (String status :
        List.of("400", "401", "403", "404", "409", "410", "413", "415", "422", "429")) {
      responses.put(status, error);
    }
    op.put("responses", responses);
    return op;
  }

  private static List<String> params(String path) {
    List<String> out = new ArrayList<>();
    Matcher m = PARAM.matcher(path);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static Map<String, Object> schema(Class<?> record) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (RecordComponent c : record.getRecordComponents()) {
      properties.put(c.getName(), schemaOf(c.getName(), c.getGenericType()));
    }
    return object(properties);
  }

  private static Map<String, Object> object(Map<String, Object> properties) {
    return Map.of("type", "object", "additionalProperties", false, "properties", properties);
  }

  private static Object schemaOf(String name, Type type) {
    if (type instanceof ParameterizedType p) {
      return Map.of(
          "type", "object", "additionalProperties", schemaOf(name, p.getActualTypeArguments()[1]));
    }
    Class<?> c = (Class<?>) type;
    if (c == Integer.class) {
      return Map.of("type", "integer");
    }
    if (c == Boolean.class) {
      return Map.of("type", "boolean");
    }
    if (c.isEnum()) {
      return Map.of(
          "type",
          "string",
          "enum",
          Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
    }
    if (c.isRecord()) {
      return schema(c);
    }
    if (DATES.contains(name)) {
      return Map.of("type", "string", "format", "date");
    }
    return IDS.contains(name)
        ? Map.of("type", "string", "format", "uuid")
        : Map.of("type", "string");
  }
}
