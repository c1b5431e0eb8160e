package org.recovery.core.instrument;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The questionnaires a journey can use: every version of every definition, so a completion stays
 * scorable after its instrument gains a new version. Immutable; {@link #with} returns a new
 * catalogue.
 *
 * <p>{@link #standard()} holds the shipped definitions ({@link Instruments}); a counselling
 * practice adds its own, for example read from JSON by the persistence module. A definition that
 * scores exactly as one already here but carries wording ({@link Instrument#scoresAs}) takes its
 * place, so a practice holding a licence supplies a shipped instrument's wording that way:
 *
 * <pre>{@code
 * InstrumentCatalogue catalogue = InstrumentCatalogue.standard().with(ourOwnQuestionnaire);
 * Journeys journeys = Journeys.using(store, clock).withInstruments(catalogue);
 * }</pre>
 */
public final class InstrumentCatalogue {
  private static final Comparator<Instrument> ORDER =
      Comparator.comparing(Instrument::id).thenComparingInt(Instrument::version);
  private static final InstrumentCatalogue STANDARD = new InstrumentCatalogue(Instruments.all());
  private static final InstrumentCatalogue EMPTY = new InstrumentCatalogue(List.of());

  /** Every definition, ordered by id, then version. */
  private final List<Instrument> definitions;

  private InstrumentCatalogue(Collection<Instrument> definitions) {
    TreeMap<String, Instrument> byKey = new TreeMap<>();
    for (Instrument i : definitions) {
      Objects.requireNonNull(i, "a definition must not be null");
      String key = i.id() + "@" + i.version();
      Instrument earlier = byKey.get(key);
      if (earlier != null && !earlier.equals(i) && !earlier.scoresAs(i)) {
        throw new IllegalArgumentException(
            "two different definitions of instrument "
                + i.id()
                + " version "
                + i.version()
                + "; give the changed one a new version");
      }
      if (earlier == null || !earlier.readable() || i.readable()) {
        byKey.put(key, i);
      }
    }
    List<Instrument> sorted = new ArrayList<>(byKey.values());
    sorted.sort(ORDER);
    this.definitions = List.copyOf(sorted);
  }

  /** The shipped definitions. */
  public static InstrumentCatalogue standard() {
    return STANDARD;
  }

  /** A catalogue without any definition: every completion is refused. */
  public static InstrumentCatalogue empty() {
    return EMPTY;
  }

  /**
   * A catalogue of exactly these definitions.
   *
   * @throws IllegalArgumentException if two different definitions share an id and version
   */
  public static InstrumentCatalogue of(Collection<Instrument> definitions) {
    return new InstrumentCatalogue(Objects.requireNonNull(definitions, "definitions"));
  }

  /**
   * This catalogue and {@code more}. Adding a definition that is already here changes nothing.
   *
   * @throws IllegalArgumentException if one of them differs from a definition here with the same id
   *     and version
   */
  public InstrumentCatalogue with(Instrument... more) {
    List<Instrument> all = new ArrayList<>(definitions);
    all.addAll(List.of(more));
    return new InstrumentCatalogue(all);
  }

  /** The latest version of every instrument, in id order. */
  public List<Instrument> latest() {
    List<Instrument> out = new ArrayList<>();
    for (Instrument i : definitions) {
      if (!out.isEmpty() && out.get(out.size() - 1).id().equals(i.id())) {
        out.set(out.size() - 1, i);
      } else {
        out.add(i);
      }
    }
    return List.copyOf(out);
  }

  /** Every definition, every version, ordered by id, then version. */
  public List<Instrument> definitions() {
    return definitions;
  }

  /** The ids of the instruments, in order. */
  public List<String> ids() {
    return latest().stream().map(Instrument::id).toList();
  }

  /** The latest version of the instrument with this id. */
  public Optional<Instrument> find(String id) {
    Instrument found = null;
    for (Instrument i : definitions) {
      if (i.id().equals(id)) {
        found = i;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The definition with this id and version. */
  public Optional<Instrument> find(String id, int version) {
    return definitions.stream()
        .filter(i -> i.id().equals(id) && i.version() == version)
        .findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InstrumentCatalogue other && definitions.equals(other.definitions);
  }

  @Override
  public int hashCode() {
    return definitions.hashCode();
  }

  @Override
  public String toString() {
    return "InstrumentCatalogue"
        + definitions.stream().map(i -> i.id() + "@" + i.version()).toList();
  }
}
