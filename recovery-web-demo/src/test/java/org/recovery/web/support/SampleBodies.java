package org.recovery.web.support;

import static org.recovery.web.support.Browser.json;

import java.util.Map;

/**
 * A well-formed body for every command route, for tests that call them all: ids come from {@code
 * other} (the other partner's id) and {@code me}, days are {@code today}.
 */
public final class SampleBodies {
  private SampleBodies() {}

  /** A body for {@code path} (a route path with its {@code {placeholders}}). */
  public static Map<String, Object> forPath(String path, String me, String other, String today) {
    String tail = path.substring(path.lastIndexOf('/') + 1);
    switch (path) {
      case "/betrayals":
        return json(
            "kind",
            "BROKEN_PROMISE",
            "hurtPartner",
            me,
            "involvedPartner",
            other,
            "cameToLight",
            "DISCLOSED",
            "on",
            today);
      case "/check-ins":
        return json(
            "day",
            today,
            "emotionalSafety",
            6,
            "trust",
            6,
            "closeness",
            6,
            "hope",
            6,
            "visibility",
            "SHARED",
            "note",
            "fine",
            "noteVisibility",
            "SHARED");
      case "/commitments":
        return json(
            "owner",
            me,
            "title",
            "Tell each other one good thing",
            "category",
            "CONNECTION",
            "cost",
            "LOW",
            "cadence",
            "daily",
            "verification",
            "SELF_REPORTED");
      case "/setbacks":
        return json("kind", "TRIGGER", "severity", "MINOR", "day", today, "description", "");
      case "/boundaries":
        return json("area", "PERSONAL_SPACE", "text", "An hour alone on Sundays.");
      default:
        break;
    }
    switch (tail) {
      case "responsibility":
        return json("statement", "");
      case "heard":
        return json("level", "HEARD");
      case "pause":
        return path.startsWith("/commitments")
            ? json("from", today, "until", today)
            : json("from", today);
      case "end":
        return json("outcome", "STOPPED");
      case "activate":
        return json("from", today);
      case "revise":
        return path.startsWith("/commitments")
            ? json("cadence", "daily", "verification", "PARTNER_CONFIRMED")
            : json("text", "New words.");
      case "reports":
        return json("day", today, "kind", "KEPT");
      case "confirm":
      case "dispute":
        return json("day", today);
      case "repairs":
        return json("step", "TALKED_THROUGH");
      case "agree":
        return json("revision", 1);
      case "consent":
        return json("level", "AFFECTIONATE_GESTURES");
      case "safety-screening":
        return json("humiliated", false, "afraid", false, "forced", false, "hurt", false);
      case "journal":
        return json("day", today, "text", "A page of my own.");
      case "crisis":
        return json("day", today);
      case "therapy-sessions":
        return json("kind", "INDIVIDUAL", "day", today, "visibility", "SHARED");
      case "forgiveness":
        return json("step", "NOT_NOW", "visibility", "SHARED");
      case "day-counters":
        return json("shown", true);
      case "questionnaires":
        return json(
            "instrument",
            "csi-4",
            "answers",
            json("1", 5, "2", 4, "3", 4, "4", 4),
            "visibility",
            "SHARED");
      default:
        return Map.of();
    }
  }
}
