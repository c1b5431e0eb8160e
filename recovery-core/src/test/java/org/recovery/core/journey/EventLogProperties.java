package org.recovery.core.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CyclicBarrier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.PersonalEvent.JournalEntryWritten;

/**
 * A log of events behaves as an unmodifiable copy of its events: appends, appends to older logs
 * (branches) and appends from several threads at once never change a log already made, and each log
 * holds exactly the events of its own line.
 */
class EventLogProperties {
  private static final PartnerId SAM = PartnerId.random();

  private static JourneyEvent event(int n) {
    return new JournalEntryWritten(
        LocalDate.of(2026, 1, 1), "entry " + n, SAM, Instant.EPOCH.plusSeconds(n));
  }

  private static List<JourneyEvent> events(int from, int count) {
    List<JourneyEvent> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(event(from + i));
    }
    return out;
  }

  @Property(tries = 300)
  void everyLogEqualsTheListItWasMadeFromWhateverIsAppendedLater(
      @ForAll @IntRange(min = 0, max = 40) int first,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 50) Integer> appends,
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 1000) Integer> bases) {
    List<EventLog> logs = new ArrayList<>();
    List<List<JourneyEvent>> expected = new ArrayList<>();
    logs.add(EventLog.of(events(0, first)));
    expected.add(events(0, first));
    int next = first;
    for (int i = 0; i < appends.size(); i++) {
      // append to any earlier log, often the newest, sometimes an older one (a branch)
      int base =
          i < bases.size() && bases.get(i) % 3 == 0 ? bases.get(i) % logs.size() : logs.size() - 1;
      List<JourneyEvent> more = events(next, appends.get(i));
      next += appends.get(i);
      logs.add(logs.get(base).append(more));
      List<JourneyEvent> whole = new ArrayList<>(expected.get(base));
      whole.addAll(more);
      expected.add(whole);
    }

    for (int i = 0; i < logs.size(); i++) {
      assertThat(logs.get(i)).as("log %s", i).containsExactlyElementsOf(expected.get(i));
      assertThat(logs.get(i)).isEqualTo(expected.get(i)).hasSameHashCodeAs(expected.get(i));
    }
  }

  @Property(tries = 100)
  void aLogMadeFromAnotherLogSharesNothingThatAnAppendCouldChange(
      @ForAll @IntRange(min = 0, max = 40) int first,
      @ForAll @IntRange(min = 0, max = 20) int toOriginal,
      @ForAll @IntRange(min = 0, max = 20) int toCopy) {
    EventLog original = EventLog.of(events(0, first));
    EventLog copy = EventLog.of(original);

    EventLog fromOriginal = original.append(events(1000, toOriginal));
    EventLog fromCopy = copy.append(events(2000, toCopy));

    assertThat(original).isEqualTo(events(0, first));
    assertThat(copy).isEqualTo(events(0, first));
    List<JourneyEvent> expectedFromOriginal = events(0, first);
    expectedFromOriginal.addAll(events(1000, toOriginal));
    List<JourneyEvent> expectedFromCopy = events(0, first);
    expectedFromCopy.addAll(events(2000, toCopy));
    assertThat(fromOriginal).isEqualTo(expectedFromOriginal);
    assertThat(fromCopy).isEqualTo(expectedFromCopy);
  }

  @Test
  void threadsAppendingToOneLogAtOnceEachGetTheirOwnLine() throws Exception {
    EventLog start = EventLog.of(events(0, 100));
    int threads = 8;
    CyclicBarrier together = new CyclicBarrier(threads);
    ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
    List<Thread> running = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int from = 1_000 * (t + 1);
      Thread thread =
          new Thread(
              () -> {
                try {
                  together.await();
                  EventLog log = start;
                  List<JourneyEvent> mine = new ArrayList<>(events(0, 100));
                  for (int round = 0; round < 50; round++) {
                    List<JourneyEvent> more = events(from + round * 3, 3);
                    log = log.append(more);
                    mine.addAll(more);
                  }
                  assertThat(log).containsExactlyElementsOf(mine);
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      running.add(thread);
      thread.start();
    }
    for (Thread thread : running) {
      thread.join();
    }

    assertThat(failures).isEmpty();
    assertThat(start).containsExactlyElementsOf(events(0, 100));
  }

  @Test
  void aLogCannotBeChangedAndTakesNoNull() {
    EventLog log = EventLog.of(events(0, 3));

    assertThatThrownBy(() -> log.add(event(9))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> log.set(0, event(9)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> log.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatNullPointerException().isThrownBy(() -> log.append(Collections.singletonList(null)));
    assertThat(log).hasSize(3);
    assertThat(log.append(events(3, 1))).hasSize(4);
  }
}
