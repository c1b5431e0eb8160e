package org.recovery.core.instrument;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of shipped instrument definitions. Each was checked against its published source;
 * {@code docs/instruments.md} gives the sources and says which details could not be verified. None
 * ships its item wording (all are {@link WordingLicence#SCORING_ONLY}): an embedding app supplies
 * it with {@link Instrument#withWording} from its own licensed copy.
 */
public final class Instruments {
  /** Id of the Couples Satisfaction Index, 4-item form. */
  public static final String CSI_4 = "csi-4";

  /** Id of the Transgression-Related Interpersonal Motivations Inventory, 18 items. */
  public static final String TRIM_18 = "trim-18";

  /** Id of the Revised Dyadic Adjustment Scale. */
  public static final String RDAS = "rdas";

  private static final String ANDERSON_2014 =
      "Anderson, S. R., Tambling, R. B., Huff, S. C.,"
          + " Heafner, J., Johnson, L. N., & Ketring, S. A. (2014). The development of a reliable"
          + " change index and cutoff for the Revised Dyadic Adjustment Scale. Journal of Marital and"
          + " Family Therapy, 40(4), 525-534. doi:10.1111/jmft.12095";

  private static final List<Instrument> ALL = List.of(csi4(), rdas(), trim18());

  private Instruments() {}

  /** Every shipped definition, each id once, in id order. */
  public static List<Instrument> all() {
    return ALL;
  }

  /** The shipped definition with this id (its latest version). */
  public static Optional<Instrument> find(String id) {
    return ALL.stream().filter(i -> i.id().equals(id)).findFirst();
  }

  /** The shipped definition with this id and version. */
  public static Optional<Instrument> find(String id, int version) {
    return find(id).filter(i -> i.version() == version);
  }

  /**
   * Couples Satisfaction Index, 4-item form (Funk &amp; Rogge, 2007): item 1 (happiness) 0–6, items
   * 2–4 0–5, total the sum 0–21, higher is more satisfied; a total below 13.5 suggests notable
   * relationship dissatisfaction. No reliable-change index is shipped (none verified).
   */
  public static Instrument csi4() {
    List<Item> items =
        List.of(
            Item.of("1", 0, 6, false),
            Item.of("2", 0, 5, false),
            Item.of("3", 0, 5, false),
            Item.of("4", 0, 5, false));
    return new Instrument(
        CSI_4,
        "Couples Satisfaction Index (CSI-4)",
        1,
        items,
        List.of(),
        Optional.of(
            new Total(
                List.of("1", "2", "3", "4"), Aggregation.SUM, 0, 21, Polarity.HIGHER_IS_BETTER)),
        List.of(
            new CutOff(
                "dissatisfied", 13.5, CutOff.Side.BELOW, "notable relationship dissatisfaction")),
        Optional.empty(),
        WordingLicence.SCORING_ONLY,
        List.of(
            "Funk, J. L., & Rogge, R. D. (2007). Testing the ruler with item response theory:"
                + " Increasing precision of measurement for relationship satisfaction with the Couples"
                + " Satisfaction Index. Journal of Family Psychology, 21(4), 572-583."
                + " doi:10.1037/0893-3200.21.4.572"));
  }

  /**
   * Transgression-Related Interpersonal Motivations Inventory, 18 items (McCullough et al.): every
   * item 1–5; subscales Avoidance (7 items), Revenge (5) and Benevolence (6), each the sum of its
   * items; no total and no published cut-offs. Item ids name the subscale (for example {@code
   * avoidance-3}) because the printed position of each item could not be verified.
   */
  public static Instrument trim18() {
    List<Item> items = new ArrayList<>();
    List<Subscale> subscales = new ArrayList<>();
    for (Map.Entry<String, Integer> s :
        List.of(Map.entry("avoidance", 7), Map.entry("revenge", 5), Map.entry("benevolence", 6))) {
      List<String> ids = new ArrayList<>();
      for (int n = 1; n <= s.getValue(); n++) {
        ids.add(s.getKey() + "-" + n);
        items.add(Item.of(s.getKey() + "-" + n, 1, 5, false));
      }
      String name = Character.toUpperCase(s.getKey().charAt(0)) + s.getKey().substring(1);
      subscales.add(new Subscale(s.getKey(), name, ids, Aggregation.SUM));
    }
    return new Instrument(
        TRIM_18,
        "Transgression-Related Interpersonal Motivations Inventory (TRIM-18)",
        1,
        items,
        subscales,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        WordingLicence.SCORING_ONLY,
        List.of(
            "McCullough, M. E., Root, L. M., & Cohen, A. D. (2006). Writing about the benefits"
                + " of an interpersonal transgression facilitates forgiveness. Journal of Consulting"
                + " and Clinical Psychology, 74, 887-897.",
            "McCullough, M. E., Rachal, K. C., Sandage, S. J., Worthington, E. L., Jr., Brown,"
                + " S. W., & Hight, T. L. (1998). Interpersonal forgiving in close relationships II:"
                + " Theoretical elaboration and measurement. Journal of Personality and Social"
                + " Psychology, 75, 1586-1603."));
  }

  /**
   * Revised Dyadic Adjustment Scale (Busby et al., 1995): 14 items, each scored 0–5 except item 11
   * (0–4), higher is better adjusted; Consensus (items 1–6), Satisfaction (7–10) and Cohesion
   * (11–14) are sums; the total is the sum, 0–69. Anderson et al. (2014) set the cut-off at 47.31
   * (below it: distressed) and the reliable-change index at 11.58.
   */
  public static Instrument rdas() {
    List<Item> items = new ArrayList<>();
    for (int n = 1; n <= 14; n++) {
      items.add(Item.of(Integer.toString(n), 0, n == 11 ? 4 : 5, false));
    }
    return new Instrument(
        RDAS,
        "Revised Dyadic Adjustment Scale (RDAS)",
        1,
        items,
        List.of(
            new Subscale("consensus", "Consensus", range(1, 6), Aggregation.SUM),
            new Subscale("satisfaction", "Satisfaction", range(7, 10), Aggregation.SUM),
            new Subscale("cohesion", "Cohesion", range(11, 14), Aggregation.SUM)),
        Optional.of(new Total(range(1, 14), Aggregation.SUM, 0, 69, Polarity.HIGHER_IS_BETTER)),
        List.of(new CutOff("distressed", 47.31, CutOff.Side.BELOW, "relationship distress")),
        Optional.of(new ReliableChangeIndex(11.58, Optional.of("distressed"), ANDERSON_2014)),
        WordingLicence.SCORING_ONLY,
        List.of(
            "Busby, D. M., Christensen, C., Crane, D. R., & Larson, J. H. (1995). A revision"
                + " of the Dyadic Adjustment Scale for use with distressed and nondistressed couples:"
                + " Construct hierarchy and multidimensional scales. Journal of Marital and Family"
                + " Therapy, 21(3), 289-308.",
            ANDERSON_2014));
  }

  private static List<String> range(int from, int to) {
    List<String> ids = new ArrayList<>();
    for (int n = from; n <= to; n++) {
      ids.add(Integer.toString(n));
    }
    return ids;
  }
}
