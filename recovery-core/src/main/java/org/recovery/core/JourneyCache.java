package org.recovery.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.core.journey.JourneyFolds;
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
 *
 * <p>It also keeps, per journey and partner, the three folds a progress report reads ({@link
 * JourneyFolds}), followed by the events since at the next report instead of folding the whole
 * history again; they leave memory with their journey.
 */
final class JourneyCache {
  private final Map<JourneyId, JourneyHistory> entries;
  private final Map<Viewing, JourneyFolds> folds;

  /** One partner's folds of one journey. */
  private record Viewing(JourneyId journey, PartnerId viewer) {}

  JourneyCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<JourneyId, JourneyHistory> eldest) {
            if (size() > capacity) {
              // Folds go with their history: one read anew may differ (a partner now unlocked).
              dropFolds(eldest.getKey());
              return true;
            }
            return false;
          }
        };
    this.folds =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<Viewing, JourneyFolds> eldest) {
            return size() > 2 * capacity;
          }
        };
  }

  /**
   * The folds of {@code loaded}, a journey as {@link #load} gave it, for {@code viewer}: the ones
   * kept from an earlier call followed by the events since ({@link JourneyFolds#then}), or folded
   * anew when there are none, or they do not fit (more events than {@code loaded}, another
   * journey).
   */
  JourneyFolds folds(JourneyHistory loaded, PartnerId viewer) {
    Viewing key = new Viewing(loaded.state().id(), viewer);
    JourneyFolds kept = getFolds(key);
    long version = loaded.version();
    JourneyFolds now;
    if (kept != null && kept.full().version() == version) {
      return kept;
    } else if (kept != null && kept.full().version() < version) {
      now = kept.then(loaded.events().subList((int) kept.full().version(), (int) version));
    } else {
      now = JourneyFolds.of(loaded.events(), viewer);
    }
    putFolds(key, now);
    return now;
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

  /**
   * Extends {@code before}, the journey as a command was decided on, by {@code stored}, the events
   * the store gave back for that command's append — when they follow it directly; otherwise (an
   * earlier append of the same command) the next load reads what is new.
   */
  void appended(JourneyHistory before, List<RecordedEvent> stored) {
    if (!stored.isEmpty() && stored.get(0).version() == before.version() + 1) {
      extend(before.state().id(), before, stored);
    }
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
    dropFolds(journey);
  }

  private void dropFolds(JourneyId journey) {
    folds.keySet().removeIf(key -> key.journey().equals(journey));
  }

  private synchronized JourneyFolds getFolds(Viewing key) {
    return folds.get(key);
  }

  private synchronized void putFolds(Viewing key, JourneyFolds made) {
    JourneyFolds current = folds.get(key);
    if (current == null || current.full().version() <= made.full().version()) {
      folds.put(key, made);
    }
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
