package org.recovery.core.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Crisis and safety resources by region, with an international fallback so a person is never left
 * without somewhere to turn. An embedding application can supply its own directory; the standard
 * one covers a few regions and the fallback.
 *
 * @param resources every resource; those of region {@code *} are the fallback shown everywhere
 */
public record CrisisDirectory(List<CrisisResource> resources) {

  /**
   * Validates the directory.
   *
   * @throws IllegalArgumentException if it has no resource for region {@code *}
   */
  public CrisisDirectory {
    resources = List.copyOf(resources);
    if (resources.stream().noneMatch(r -> r.region().equals("*"))) {
      throw new IllegalArgumentException(
          "a crisis directory needs at least one resource for every region ('*')");
    }
  }

  /** The standard directory: the United States, the United Kingdom, and everywhere. */
  public static CrisisDirectory standard() {
    return new CrisisDirectory(
        List.of(
            new CrisisResource(
                "Emergency services",
                "your local emergency number (112, 911, 999…)",
                "If you or someone else is in immediate danger.",
                "*"),
            new CrisisResource(
                "Find A Helpline",
                "findahelpline.com",
                "A directory of free, confidential crisis lines in many countries.",
                "*"),
            new CrisisResource(
                "988 Suicide & Crisis Lifeline",
                "call or text 988",
                "Free, confidential support in a suicidal or emotional crisis, at any hour.",
                "US"),
            new CrisisResource(
                "National Domestic Violence Hotline",
                "800-799-7233, TTY 800-787-3224, or text START to 88788",
                "Confidential support if you are afraid of your partner or being hurt.",
                "US"),
            new CrisisResource(
                "Samaritans",
                "116 123",
                "Someone to talk to, day or night, free from any phone.",
                "GB"),
            new CrisisResource(
                "National Domestic Abuse Helpline",
                "0808 2000 247",
                "Free, confidential support for anyone experiencing domestic abuse.",
                "GB")));
  }

  /**
   * The resources for {@code region} (an ISO 3166 country code, any case), followed by the fallback
   * ones. Never empty.
   */
  public List<CrisisResource> forRegion(String region) {
    Objects.requireNonNull(region, "region must not be null");
    String code = region.toUpperCase(Locale.ROOT);
    List<CrisisResource> out = new ArrayList<>();
    for (CrisisResource r : resources) {
      if (r.region().equals(code)) {
        out.add(r);
      }
    }
    for (CrisisResource r : resources) {
      if (r.region().equals("*")) {
        out.add(r);
      }
    }
    return out;
  }
}
