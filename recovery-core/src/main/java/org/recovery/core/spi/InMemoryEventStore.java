package org.recovery.core.spi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.JourneyEvent;

/**
 * An {@link EventStore} in memory, for tests and examples. Thread-safe; nothing survives the
 * process.
 */
public final class InMemoryEventStore implements EventStore {
  private final Map<JourneyId, Stream> journeys = new LinkedHashMap<>();

  private static final class Stream {
    final List<RecordedEvent> events = new ArrayList<>();
    final Map<CommandId, long[]> commands = new HashMap<>();
  }

  @Override
  public synchronized long append(
      JourneyId journey, long expectedVersion, List<JourneyEvent> events, CommandId command) {
    Objects.requireNonNull(journey, "journey must not be null");
    Objects.requireNonNull(command, "command must not be null");
    List<JourneyEvent> batch = List.copyOf(events);
    if (batch.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    if (expectedVersion < 0) {
      throw new IllegalArgumentException(
          "expected version must not be negative, was " + expectedVersion);
    }
    Stream stream = journeys.get(journey);
    long actual = stream == null ? 0 : stream.events.size();
    if (stream != null && stream.commands.containsKey(command)) {
      return stream.commands.get(command)[1];
    }
    if (actual != expectedVersion) {
      throw new ConcurrencyConflict(journey, expectedVersion, actual);
    }
    if (stream == null) {
      stream = new Stream();
      journeys.put(journey, stream);
    }
    long version = actual;
    for (JourneyEvent e : batch) {
      stream.events.add(new RecordedEvent(journey, ++version, e));
    }
    stream.commands.put(command, new long[] {actual + 1, version});
    return version;
  }

  @Override
  public synchronized List<RecordedEvent> read(JourneyId journey, long afterVersion) {
    Stream stream = journeys.get(journey);
    if (stream == null || afterVersion >= stream.events.size()) {
      return List.of();
    }
    return List.copyOf(
        stream.events.subList((int) Math.max(0, afterVersion), stream.events.size()));
  }

  @Override
  public synchronized long version(JourneyId journey) {
    Stream stream = journeys.get(journey);
    return stream == null ? 0 : stream.events.size();
  }

  @Override
  public synchronized List<RecordedEvent> readCommand(JourneyId journey, CommandId command) {
    Stream stream = journeys.get(journey);
    long[] range = stream == null ? null : stream.commands.get(command);
    if (range == null) {
      return List.of();
    }
    return List.copyOf(stream.events.subList((int) range[0] - 1, (int) range[1]));
  }

  @Override
  public synchronized List<JourneyId> list() {
    return List.copyOf(journeys.keySet());
  }

  @Override
  public synchronized boolean delete(JourneyId journey) {
    return journeys.remove(journey) != null;
  }
}
