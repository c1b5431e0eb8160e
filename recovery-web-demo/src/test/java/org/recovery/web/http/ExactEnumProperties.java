package org.recovery.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recovery.core.common.Visibility;
import org.recovery.core.journey.JourneyOutcome;

/** An enum field takes exactly a constant's name: padded or case-changed values are refused. */
class ExactEnumProperties {
  /** A body with two enum fields. */
  public record Probe(JourneyOutcome outcome, Visibility visibility) {}

  @Property(tries = 500)
  void aPaddedOrCaseChangedEnumValueIsRefused(@ForAll("spoiled") String value) {
    byte[] body = ("{\"outcome\":" + quoted(value) + "}").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> Json.read(body, Probe.class))
        .isInstanceOfSatisfying(
            ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.getMessage()).contains("outcome").contains("must be one of");
            });
  }

  @Property(tries = 50)
  void anExactNameIsAccepted(@ForAll JourneyOutcome outcome, @ForAll Visibility visibility) {
    Probe probe =
        Json.read(
            ("{\"outcome\":\""
                    + outcome.name()
                    + "\",\"visibility\":\""
                    + visibility.name()
                    + "\"}")
                .getBytes(StandardCharsets.UTF_8),
            Probe.class);
    assertThat(probe).isEqualTo(new Probe(outcome, visibility));
  }

  @Provide
  Arbitrary<String> spoiled() {
    Arbitrary<String> names = Arbitraries.of(JourneyOutcome.class).map(Enum::name);
    Arbitrary<String> pads =
        Arbitraries.strings()
            .withChars(" \t\n\r\u000b\f\u0000\u0001\u001f\u007f\u00a0\u2003\u200b\ufeff")
            .ofMinLength(1)
            .ofMaxLength(3);
    Arbitrary<String> padded =
        Combinators.combine(names, pads, Arbitraries.of(0, 1, 2))
            .as(
                (name, pad, where) ->
                    switch (where) {
                      case 0 -> pad + name;
                      case 1 -> name + pad;
                      default -> pad + name + pad;
                    });
    Arbitrary<String> recased =
        Combinators.combine(names, Arbitraries.longs())
            .as((name, seed) -> recase(name, seed))
            .filter(s -> !s.equals(s.toUpperCase(Locale.ROOT)));
    return Arbitraries.oneOf(padded, recased);
  }

  private static String recase(String name, long seed) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder out = new StringBuilder();
    for (char c : name.toCharArray()) {
      out.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
    }
    return out.toString();
  }

  private static String quoted(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      out.append(
          c < 0x20 || c == 0x7f
              ? String.format(Locale.ROOT, "\\u%04x", (int) c)
              : String.valueOf(c));
    }
    return out.append('"').toString();
  }
}
