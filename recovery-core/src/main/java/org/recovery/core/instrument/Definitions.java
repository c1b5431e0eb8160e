package org.recovery.core.instrument;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The cross-field checks of an {@link Instrument}, with messages naming the field. */
final class Definitions {
  private static final double TOLERANCE = 1e-9;

  private Definitions() {}

  static Map<String, Item> itemsById(String instrument, List<Item> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("instrument " + instrument + " must have items");
    }
    Map<String, Item> byId = new LinkedHashMap<>();
    for (Item item : items) {
      if (byId.put(item.id(), item) != null) {
        throw new IllegalArgumentException(
            "instrument " + instrument + " has two items with id \"" + item.id() + "\"");
      }
    }
    return byId;
  }

  /**
   * The checks. Called from the compact constructor, before the fields are set, so it takes the
   * components rather than the record.
   */
  static void check(
      String id,
      List<Item> items,
      List<Subscale> subscales,
      Optional<Total> total,
      List<CutOff> cutOffs,
      Optional<ReliableChangeIndex> rci,
      WordingLicence licence) {
    Map<String, Item> byId = itemsById(id, items);
    Set<String> subscaleIds = new HashSet<>();
    for (Subscale s : subscales) {
      if (!subscaleIds.add(s.id())) {
        throw new IllegalArgumentException(
            "instrument " + id + " has two subscales with id \"" + s.id() + "\"");
      }
      requireKnown(id, "subscale " + s.id(), s.items(), byId);
    }
    total.ifPresent(t -> checkTotal(id, t, byId));
    checkCutOffs(id, cutOffs, total.isPresent());
    total.ifPresent(
        t ->
            cutOffs.forEach(
                c -> {
                  if (c.threshold() < t.min() || c.threshold() > t.max()) {
                    throw new IllegalArgumentException(
                        "cut-off "
                            + c.id()
                            + " of instrument "
                            + id
                            + " lies outside the total range "
                            + t.min()
                            + " to "
                            + t.max()
                            + ", was "
                            + c.threshold());
                  }
                }));
    rci.ifPresent(r -> checkRci(id, r, cutOffs, total.isPresent()));
    if (licence == WordingLicence.SHIPPED) {
      for (Item item : items) {
        if (item.wording().isEmpty()) {
          throw new IllegalArgumentException(
              "instrument " + id + " ships its wording, but item " + item.id() + " has none");
        }
      }
    }
  }

  private static void requireKnown(
      String instrument, String owner, List<String> items, Map<String, Item> byId) {
    for (String item : items) {
      if (!byId.containsKey(item)) {
        throw new IllegalArgumentException(
            owner + " of instrument " + instrument + " names unknown item \"" + item + "\"");
      }
    }
  }

  private static void checkTotal(String instrument, Total t, Map<String, Item> byId) {
    requireKnown(instrument, "the total", t.items(), byId);
    ScoreRange computed = ScoreRange.of(t.items(), t.aggregation(), byId);
    if (Math.abs(computed.min() - t.min()) > TOLERANCE
        || Math.abs(computed.max() - t.max()) > TOLERANCE) {
      throw new IllegalArgumentException(
          "total range of instrument "
              + instrument
              + " is declared "
              + t.min()
              + " to "
              + t.max()
              + " but its items give "
              + computed.min()
              + " to "
              + computed.max());
    }
  }

  private static void checkCutOffs(String id, List<CutOff> cutOffs, boolean hasTotal) {
    if (!cutOffs.isEmpty() && !hasTotal) {
      throw new IllegalArgumentException(
          "instrument " + id + " has cut-offs but no total score for them to apply to");
    }
    Set<String> ids = new HashSet<>();
    for (CutOff c : cutOffs) {
      if (!ids.add(c.id())) {
        throw new IllegalArgumentException(
            "instrument " + id + " has two cut-offs with id \"" + c.id() + "\"");
      }
    }
  }

  private static void checkRci(
      String id, ReliableChangeIndex r, List<CutOff> cutOffs, boolean hasTotal) {
    if (!hasTotal) {
      throw new IllegalArgumentException(
          "instrument "
              + id
              + " has a reliable change index but no total score for it to apply to");
    }
    Optional<String> cutOff = r.cutOff();
    if (cutOff.isPresent() && cutOffs.stream().noneMatch(c -> c.id().equals(cutOff.get()))) {
      throw new IllegalArgumentException(
          "reliable change index of instrument "
              + id
              + " names unknown cut-off \""
              + cutOff.get()
              + "\"");
    }
  }
}
