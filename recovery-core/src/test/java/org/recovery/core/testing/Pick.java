package org.recovery.core.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * How a command chooses what it is about and who gives it.
 *
 * @param choice which of the things created so far (counted from the most recent); one choice in
 *     seven ignores where things stand, so that commands meet things at the wrong stage
 * @param stray whether to pick any pool id instead, created or not (one time in six)
 * @param fit whether the partner the command needs gives it (three times in five), rather than the
 *     partner drawn for the step
 */
record Pick(int choice, boolean stray, boolean fit) {

  static Arbitrary<Pick> any() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 99),
            Arbitraries.frequency(Tuple.of(5, false), Tuple.of(1, true)),
            Arbitraries.frequency(Tuple.of(3, true), Tuple.of(2, false)))
        .as(Pick::new);
  }
}
