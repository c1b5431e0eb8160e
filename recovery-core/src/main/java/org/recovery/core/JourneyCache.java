package org.recovery.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyHistory;
import org.recovery.core.spi.EventStore;
import org.recovery.core.spi.RecordedEvent;

/**
 * The recently used journeys of one {@link Journeys}, so a command reads (and a durable store
 * decrypts) only the events written since the last one instead of the whole history. A cache only:
 * every load asks the store for the journey's version ({@link EventStore#version}, one lookup, no
 * event read) and reads only the events after the cached one; anything unexpected — a version lower
 * than the cached one, a gap, a journey gone from the store — drops the entry and reads the history
 * again. A journey deleted elsewhere and started again under the same id, up to at least the cached
 * version, is not noticed: ids are random, and only imports choose their own.
 */
final class JourneyCache {
  private final Map<JourneyId, JourneyHistory> entries;

  JourneyCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<JourneyId, JourneyHistory> eldest) {
            return size() > capacity;
          }
        };
  }

  /** The journey as stored now; empty if the store has no such journey. */
  Optional<JourneyHistory> load(EventStore store, JourneyId journey) {
    JourneyHistory cached = get(journey);
    if (cached != null) {
      long version = cached.state().version();
      long stored = store.version(journey);
      if (stored == version) {
        return Optional.of(cached);
      }
      if (stored > version) {
        List<RecordedEvent> fresh = store.read(journey, version);
        if (!fresh.isEmpty() && fresh.get(0).version() == version + 1) {
          return Optional.of(extend(journey, cached, fresh));
        }
      }
      evict(journey);
    }
    List<RecordedEvent> all = store.read(journey);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    JourneyHistory loaded = JourneyHistory.of(all.stream().map(RecordedEvent::event).toList());
    put(journey, loaded);
    return Optional.of(loaded);
  }

  private JourneyHistory extend(
      JourneyId journey, JourneyHistory cached, List<RecordedEvent> fresh) {
    if (fresh.isEmpty()) {
      return cached;
    }
    JourneyHistory loaded = cached.append(fresh.stream().map(RecordedEvent::event).toList());
    put(journey, loaded);
    return loaded;
  }

  synchronized void evict(JourneyId journey) {
    entries.remove(journey);
  }

  private synchronized JourneyHistory get(JourneyId journey) {
    return entries.get(journey);
  }

  private synchronized void put(JourneyId journey, JourneyHistory loaded) {
    JourneyHistory current = entries.get(journey);
    if (current == null || current.state().version() <= loaded.state().version()) {
      entries.put(journey, loaded);
    }
  }
}
