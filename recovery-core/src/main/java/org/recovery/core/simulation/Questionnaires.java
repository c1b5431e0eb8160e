package org.recovery.core.simulation;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.recovery.core.common.PartnerId;
import org.recovery.core.common.Visibility;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.Instruments;
import org.recovery.core.instrument.Item;
import org.recovery.core.journey.PersonalCommand.CompleteInstrument;
import org.recovery.core.progress.QuestionnaireSchedule;

/**
 * The questionnaires the model schedules, completed by both partners on the day they fall due (the
 * first on day {@value #FIRST_DAY}), shared. Each answer follows how satisfied the partner feels
 * that day, with a little noise. The simulation answers the instruments it knows (CSI-4 and RDAS,
 * both higher-is-better); it skips others. It draws from its own generator, so adding or removing a
 * schedule leaves the rest of the run as it was.
 */
final class Questionnaires {
  /** The day of the first completion: a few days in, once the couple have found their feet. */
  static final int FIRST_DAY = 3;

  private final Couple c;
  private final Random random;

  Questionnaires(Couple couple, long seed) {
    this.c = couple;
    this.random = new Random(seed ^ 0x5DEE_CE66_DL);
  }

  void evening(int day) {
    if (day < FIRST_DAY) {
      return;
    }
    for (QuestionnaireSchedule q : c.driver.model().questionnaires()) {
      if ((day - FIRST_DAY) % q.everyDays() != 0) {
        continue;
      }
      Instrument instrument =
          Instruments.find(q.instrument())
              .filter(i -> i.id().equals(Instruments.CSI_4) || i.id().equals(Instruments.RDAS))
              .orElse(null);
      if (instrument == null) {
        continue;
      }
      answer(c.maya.id(), instrument, day);
      answer(c.daniel.id(), instrument, day);
    }
  }

  private void answer(PartnerId partner, Instrument instrument, int day) {
    double satisfied = c.mood(partner).satisfaction(day);
    Map<String, Integer> answers = new TreeMap<>();
    for (Item item : instrument.items()) {
      int min = item.scale().min();
      int max = item.scale().max();
      double value = min + satisfied * (max - min) + random.nextGaussian() * 0.6;
      answers.put(item.id(), (int) Math.max(min, Math.min(max, Math.round(value))));
    }
    c.driver.act(partner, new CompleteInstrument(instrument.id(), answers, Visibility.SHARED));
  }
}
