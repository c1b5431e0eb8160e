package org.recovery.core.journey;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An unmodifiable list of a journey's events that grows at the cost of the new events only: a
 * history and the history one append later share one array, where copying it made each command on a
 * long journey cost as much as the journey. A list never changes once made; appending to one that
 * is no longer the newest of its array (two appends to the same history) copies it, so the two
 * results never see each other's events.
 */
final class EventLog extends AbstractList<JourneyEvent> implements RandomAccess {
  /** The array lists share, and how much of it is filled; guarded by itself. */
  private static final class Shared {
    private JourneyEvent[] items;
    private int used;

    Shared(JourneyEvent[] items, int used) {
      this.items = items;
      this.used = used;
    }
  }

  private final Shared shared;
  private final JourneyEvent[] items;
  private final int size;

  private EventLog(Shared shared, JourneyEvent[] items, int size) {
    this.shared = shared;
    this.items = items;
    this.size = size;
  }

  /**
   * A log of {@code events}: copied, unless they are a log already, which never changes and is
   * shared. @throws NullPointerException if an event is null
   */
  static EventLog of(List<? extends JourneyEvent> events) {
    if (events instanceof EventLog log) {
      return log; // immutable: a history made from another's events shares them
    }
    JourneyEvent[] items = new JourneyEvent[Math.max(16, events.size() + events.size() / 4)];
    int n = 0;
    for (JourneyEvent e : events) {
      items[n++] = Objects.requireNonNull(e, "events must not contain null");
    }
    return new EventLog(new Shared(items, n), items, n);
  }

  /** This log followed by {@code more}. @throws NullPointerException if an event is null */
  EventLog append(List<? extends JourneyEvent> more) {
    for (JourneyEvent e : more) {
      Objects.requireNonNull(e, "an appended event is null");
    }
    synchronized (shared) {
      if (shared.used == size && shared.items == items) {
        int needed = size + more.size();
        if (needed > shared.items.length) {
          shared.items = Arrays.copyOf(shared.items, Math.max(needed, shared.items.length * 2));
        }
        int n = size;
        for (JourneyEvent e : more) {
          shared.items[n++] = e;
        }
        shared.used = n;
        return new EventLog(shared, shared.items, n);
      }
    }
    JourneyEvent[] copy = Arrays.copyOf(items, Math.max(16, (size + more.size()) * 5 / 4));
    int n = size;
    for (JourneyEvent e : more) {
      copy[n++] = e;
    }
    return new EventLog(new Shared(copy, n), copy, n);
  }

  @Override
  public JourneyEvent get(int index) {
    Objects.checkIndex(index, size);
    return items[index];
  }

  @Override
  public int size() {
    return size;
  }
}
