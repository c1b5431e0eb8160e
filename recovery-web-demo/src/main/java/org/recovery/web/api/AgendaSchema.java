package org.recovery.web.api;

import java.util.List;
import java.util.Map;

/** The JSON Schema of {@link AgendaJson}, as the OpenAPI document publishes it. */
final class AgendaSchema {
  private AgendaSchema() {}

  /** The schema of the whole answer. */
  static Map<String, Object> agenda() {
    return object(Map.of(
        "today", Map.of("type", "string", "format", "date"),
        "due", Map.of("type", "array", "items", due()),
        "actions", Map.of("type", "array", "items", action())),
        List.of("today", "due", "actions"));
  }

  private static Map<String, Object> due() {
    return object(Map.of(
        "kind", Map.of("type", "string", "enum", kinds(org.recovery.core.progress.Agenda
            .DueKind.values())),
        "target", Map.of("type", "string", "description", "the id it is about, with the day"
            + " for a day of a commitment (id@2025-03-10); empty for the journey itself"),
        "sentence", Map.of("type", "string"),
        "actions", Map.of("type", "array", "items", action())),
        List.of("kind", "target", "sentence", "actions"));
  }

  private static Map<String, Object> action() {
    return object(Map.of(
        "kind", Map.of("type", "string", "enum", kinds(org.recovery.core.progress.Agenda
            .ActionKind.values())),
        "target", Map.of("type", "string"),
        "label", Map.of("type", "string"),
        "open", Map.of("type", "boolean"),
        "reason", Map.of("type", "string", "nullable", true, "description",
            "the rule's refusal in words when the action is closed; null when open"),
        "endpoint", Map.of("type", "string", "nullable", true, "description",
            "the POST that sends the action as it is; null when it needs the person's input"),
        "body", Map.of("type", "object", "nullable", true, "description",
            "the body of that POST")),
        List.of("kind", "target", "label", "open", "reason", "endpoint", "body"));
  }

  private static List<String> kinds(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(AgendaJson::kind).toList();
  }

  private static Map<String, Object> object(Map<String, Object> properties,
      List<String> required) {
    return Map.of("type", "object", "additionalProperties", false, "properties", properties,
        "required", required);
  }
}
