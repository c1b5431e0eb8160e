package org.recovery.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.recovery.core.boundary.BoundaryId;
import org.recovery.core.commitment.CommitmentId;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.BetrayalId;
import org.recovery.core.journey.CoupleFact;
import org.recovery.core.journey.ModelRef;
import org.recovery.core.setback.SetbackId;

/**
 * The records that write out equals and hashCode (to spare a fresh process binding the generated
 * ones) keep a record's contract: equal exactly when their components are, of the same type only,
 * with the hash a record's generated hashCode gives.
 */
class WrittenOutEqualityProperties {
  private static final List<Function<UUID, Record>> IDS =
      List.of(
          JourneyId::new,
          PartnerId::new,
          CommitmentId::new,
          BoundaryId::new,
          SetbackId::new,
          BetrayalId::new);

  @Property
  void idsAreEqualExactlyWhenTheirValuesAreAndOfTheSameType(
      @ForAll("uuids") UUID a, @ForAll("uuids") UUID b) {
    for (int i = 0; i < IDS.size(); i++) {
      Record first = IDS.get(i).apply(a);
      assertThat(first.equals(IDS.get(i).apply(b))).isEqualTo(a.equals(b));
      assertThat(
              first.equals(
                  IDS.get(i)
                      .apply(new UUID(a.getMostSignificantBits(), a.getLeastSignificantBits()))))
          .isTrue();
      assertThat(first.hashCode()).isEqualTo(a.hashCode());
      assertThat(first.equals(null)).isFalse();
      for (int j = 0; j < IDS.size(); j++) {
        if (j != i) {
          assertThat(first.equals(IDS.get(j).apply(a)))
              .as("%s and another id type", first)
              .isFalse();
        }
      }
    }
  }

  @Property
  void stageIdsAndModelRefsCompareByEveryComponent(
      @ForAll("slugs") String a,
      @ForAll("slugs") String b,
      @ForAll("versions") int v,
      @ForAll("versions") int w) {
    assertThat(StageId.of(a).equals(StageId.of(b))).isEqualTo(a.equals(b));
    assertThat(StageId.of(a).hashCode()).isEqualTo(a.hashCode());
    assertThat(new ModelRef(a, v).equals(new ModelRef(b, w))).isEqualTo(a.equals(b) && v == w);
    assertThat(new ModelRef(a, v).hashCode()).isEqualTo(31 * a.hashCode() + Integer.hashCode(v));
  }

  @Property
  void coupleFactsAreEqualExactlyWhenOfOneKindWithOneValue(
      @ForAll("facts") CoupleFact a, @ForAll("facts") CoupleFact b) {
    boolean same =
        a.getClass() == b.getClass()
            && (a instanceof CoupleFact.Nothing
                || (a instanceof CoupleFact.Screened s
                    && s.holds() == ((CoupleFact.Screened) b).holds())
                || (a instanceof CoupleFact.ConsentLevelDeclared c
                    && c.level() == ((CoupleFact.ConsentLevelDeclared) b).level()));
    assertThat(a.equals(b)).isEqualTo(same);
    if (same) {
      assertThat(a.hashCode()).isEqualTo(b.hashCode());
    }
  }

  @Provide
  Arbitrary<UUID> uuids() {
    return Arbitraries.oneOf(
        Arbitraries.create(UUID::randomUUID),
        Arbitraries.longs().between(0, 3).map(n -> new UUID(n, n)));
  }

  @Provide
  Arbitrary<String> slugs() {
    return Arbitraries.of("stabilise", "atone", "rebuild-trust", "standard", "s2");
  }

  @Provide
  Arbitrary<Integer> versions() {
    return Arbitraries.integers().between(1, 3);
  }

  @Provide
  Arbitrary<CoupleFact> facts() {
    return Arbitraries.oneOf(
        Arbitraries.just(new CoupleFact.Nothing()),
        Arbitraries.of(true, false).map(CoupleFact.Screened::new),
        Arbitraries.of(ConsentLevel.class).map(CoupleFact.ConsentLevelDeclared::new));
  }
}
