package org.recovery.web.api;

import java.util.List;
import java.util.Map;

/**
 * The JSON Schemas of {@link AgendaJson} and {@link VocabularyJson}, as the OpenAPI document
 * publishes them.
 */
final class AgendaSchema {
  private AgendaSchema() {}

  /** The schema of the whole answer. */
  static Map<String, Object> agenda() {
    return object(
        Map.of(
            "today", Map.of("type", "string", "format", "date"),
            "due", Map.of("type", "array", "items", due()),
            "actions", Map.of("type", "array", "items", action())),
        List.of("today", "due", "actions"));
  }

  /** The schema of {@code GET /api/vocabulary}. */
  static Map<String, Object> vocabulary() {
    Map<String, Object> text =
        Map.of("type", "object", "additionalProperties", Map.of("type", "string"));
    Map<String, Object> privacy =
        object(
            Map.of(
                "visibility", Map.of("type", "string", "enum", List.of("SHARED", "PRIVATE")),
                "choosable", Map.of("type", "boolean"),
                "words", Map.of("type", "string")),
            List.of("visibility", "choosable", "words"));
    return object(
        Map.of(
            "format", Map.of("type", "string", "enum", List.of(VocabularyJson.FORMAT)),
            "words",
                Map.of(
                    "type",
                    "object",
                    "description",
                    "by enum (BetrayalKind,"
                        + " Agenda.ActionKind, ...), then by value as the API spells it: the words",
                    "additionalProperties",
                    text),
            "stages",
                Map.of(
                    "type",
                    "object",
                    "description",
                    "stage id: stage name",
                    "additionalProperties",
                    Map.of("type", "string")),
            "privacyDefaults",
                Map.of(
                    "type",
                    "object",
                    "description",
                    "kind of entry (CHECK_IN,"
                        + " CHECK_IN_NOTE, ...): who sees it unless its author chooses, and whether they may",
                    "additionalProperties",
                    privacy)),
        List.of("format", "words", "stages", "privacyDefaults"));
  }

  private static Map<String, Object> due() {
    return object(
        Map.of(
            "kind",
                Map.of(
                    "type",
                    "string",
                    "enum",
                    kinds(org.recovery.core.progress.Agenda.DueKind.values())),
            "target",
                Map.of(
                    "type",
                    "string",
                    "description",
                    "the id it is about, with the day"
                        + " for a day of a commitment (id@2025-03-10); empty for the journey itself"),
            "sentence", Map.of("type", "string"),
            "actions", Map.of("type", "array", "items", action())),
        List.of("kind", "target", "sentence", "actions"));
  }

  private static Map<String, Object> action() {
    return object(
        Map.of(
            "kind",
                Map.of(
                    "type",
                    "string",
                    "enum",
                    kinds(org.recovery.core.progress.Agenda.ActionKind.values())),
            "target", Map.of("type", "string"),
            "label", Map.of("type", "string"),
            "open", Map.of("type", "boolean"),
            "reason",
                Map.of(
                    "type",
                    "string",
                    "nullable",
                    true,
                    "description",
                    "the rule's refusal in words when the action is closed; null when open"),
            "endpoint",
                Map.of(
                    "type",
                    "string",
                    "nullable",
                    true,
                    "description",
                    "the POST that sends the action as it is; null when it needs the person's input"),
            "body",
                Map.of("type", "object", "nullable", true, "description", "the body of that POST")),
        List.of("kind", "target", "label", "open", "reason", "endpoint", "body"));
  }

  private static List<String> kinds(Enum<?>[] values) {
    return java.util.Arrays.stream(values).map(AgendaJson::kind).toList();
  }

  private static Map<String, Object> object(Map<String, Object> properties, List<String> required) {
    return Map.of(
        "type",
        "object",
        "additionalProperties",
        false,
        "properties",
        properties,
        "required",
        required);
  }
}
