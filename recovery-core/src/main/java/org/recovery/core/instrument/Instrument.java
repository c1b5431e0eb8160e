package org.recovery.core.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A questionnaire as data: its items and their response scales, reverse-keyed items, subscales,
 * total score with its published range, published cut-offs, the reliable-change index where the
 * literature gives one, whether the library ships the wording, and the sources of every rule. Score
 * it with {@link Scoring#score}.
 *
 * <p>Records of plain values, lists, enums and optionals, so a definition maps to and from JSON
 * field by field (custom instruments of a practice are read that way).
 *
 * @param id a stable id, e.g. {@code csi-4}; letters, digits, '.', '-', '_'
 * @param name the name a person reads
 * @param version the definition's version, from 1; a completion records the version it was scored
 *     with
 * @param items the items in the order they are asked, each id once
 * @param subscales the subscales, possibly none
 * @param total the total score, if the instrument has one
 * @param cutOffs published cut-offs of the total, possibly none
 * @param rci the published reliable-change index of the total, if any
 * @param wordingLicence whether the items carry their wording
 * @param sources references for the definition, scoring and licence, possibly none for a practice's
 *     own instrument
 */
public record Instrument(
    String id,
    String name,
    int version,
    List<Item> items,
    List<Subscale> subscales,
    Optional<Total> total,
    List<CutOff> cutOffs,
    Optional<ReliableChangeIndex> rci,
    WordingLicence wordingLicence,
    List<String> sources) {

  /**
   * Validates the definition.
   *
   * @throws IllegalArgumentException naming the field if an id is duplicated, a subscale, total or
   *     index names something unknown, the declared total range does not match the items' scales,
   *     or shipped wording is missing
   */
  public Instrument {
    Names.id("instrument id", id);
    name = Names.text("name of instrument " + id, name);
    if (version < 1) {
      throw new IllegalArgumentException(
          "version of instrument " + id + " must be at least 1, was " + version);
    }
    items = List.copyOf(Objects.requireNonNull(items, "items must not be null"));
    subscales = List.copyOf(Objects.requireNonNull(subscales, "subscales must not be null"));
    Objects.requireNonNull(total, "total must not be null");
    cutOffs = List.copyOf(Objects.requireNonNull(cutOffs, "cutOffs must not be null"));
    Objects.requireNonNull(rci, "rci must not be null");
    Objects.requireNonNull(wordingLicence, "wordingLicence must not be null");
    List<String> checked = new ArrayList<>();
    for (String s : Objects.requireNonNull(sources, "sources must not be null")) {
      checked.add(Names.text("a source of instrument " + id, s));
    }
    sources = List.copyOf(checked);
    Definitions.check(id, items, subscales, total, cutOffs, rci, wordingLicence);
  }

  /**
   * Whether a person can read every item: each carries its wording. Only such an instrument may be
   * put in front of someone to answer; without wording it can still score answers given from a
   * licensed paper copy.
   */
  public boolean readable() {
    return items.stream().allMatch(i -> i.wording().isPresent());
  }

  /**
   * Whether {@code other} is this instrument scored exactly as this: the same id, name, version,
   * items (ids, score ranges and reverse keying), subscales, total, cut-offs and reliable-change
   * index. Wording, anchor labels, licence and sources may differ.
   */
  public boolean scoresAs(Instrument other) {
    return id.equals(other.id)
        && name.equals(other.name)
        && version == other.version
        && subscales.equals(other.subscales)
        && total.equals(other.total)
        && cutOffs.equals(other.cutOffs)
        && rci.equals(other.rci)
        && scoring(items).equals(scoring(other.items));
  }

  private static List<List<Object>> scoring(List<Item> items) {
    return items.stream()
        .map(i -> List.<Object>of(i.id(), i.scale().min(), i.scale().max(), i.reverseKeyed()))
        .toList();
  }

  /** The item with this id. */
  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /** The subscale with this id. */
  public Optional<Subscale> subscale(String subscaleId) {
    return subscales.stream().filter(s -> s.id().equals(subscaleId)).findFirst();
  }

  /** The cut-off with this id. */
  public Optional<CutOff> cutOff(String cutOffId) {
    return cutOffs.stream().filter(c -> c.id().equals(cutOffId)).findFirst();
  }

  /** The lowest and highest score {@code subscale} can give. */
  public ScoreRange rangeOf(Subscale subscale) {
    return ScoreRange.of(
        subscale.items(), subscale.aggregation(), Definitions.itemsById(id, items));
  }

  /**
   * The same instrument with the wording an embedding app supplies, for instruments whose wording
   * the library does not ship. Scoring, id and version are unchanged; items not named keep their
   * wording (or lack of it).
   *
   * @param wording item text by item id
   * @throws IllegalArgumentException if an id names no item or a text is blank
   */
  public Instrument withWording(Map<String, String> wording) {
    Objects.requireNonNull(wording, "wording must not be null");
    requireItems(wording.keySet());
    List<Item> next = new ArrayList<>();
    for (Item i : items) {
      String text = wording.get(i.id());
      next.add(text == null ? i : new Item(i.id(), Optional.of(text), i.scale(), i.reverseKeyed()));
    }
    return new Instrument(
        id, name, version, next, subscales, total, cutOffs, rci, wordingLicence, sources);
  }

  /**
   * The same instrument with the anchor labels an embedding app supplies.
   *
   * @param labels for each item id, the label of each answer value
   * @throws IllegalArgumentException if an id names no item or a value lies outside its scale
   */
  public Instrument withLabels(Map<String, Map<Integer, String>> labels) {
    Objects.requireNonNull(labels, "labels must not be null");
    requireItems(labels.keySet());
    List<Item> next = new ArrayList<>();
    for (Item i : items) {
      Map<Integer, String> l = labels.get(i.id());
      next.add(
          l == null ? i : new Item(i.id(), i.wording(), i.scale().withLabels(l), i.reverseKeyed()));
    }
    return new Instrument(
        id, name, version, next, subscales, total, cutOffs, rci, wordingLicence, sources);
  }

  private void requireItems(Set<String> ids) {
    for (String itemId : ids) {
      if (item(itemId).isEmpty()) {
        throw new IllegalArgumentException("instrument " + id + " has no item \"" + itemId + "\"");
      }
    }
  }
}
