package org.recovery.persistence.codec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.journey.JourneyEvent;

/** Every event type's stored form and schema history, looked up by Java type or stable name. */
final class EventTypes {
  private final Map<Class<?>, EventType<?>> byClass = new HashMap<>();
  private final Map<String, EventType<?>> byName = new HashMap<>();
  private final Map<String, Map<Integer, Upcaster>> upcasters = new HashMap<>();

  private EventTypes(List<EventType<?>> types, List<Upcaster> steps) {
    for (EventType<?> type : types) {
      if (byClass.put(type.javaType(), type) != null || byName.put(type.name(), type) != null) {
        throw new IllegalStateException("event type registered twice: " + type.name());
      }
    }
    for (Upcaster step : steps) {
      EventType<?> type = byName.get(step.type());
      if (type == null || step.from() < 1 || step.from() >= type.schema()) {
        throw new IllegalStateException(
            "upcaster for " + step.type() + " from schema " + step.from() + " fits no type");
      }
      upcasters.computeIfAbsent(step.type(), t -> new HashMap<>()).put(step.from(), step);
    }
  }

  /** The types and upcasters of this release. */
  static EventTypes standard() {
    List<EventType<?>> types = new ArrayList<>();
    types.addAll(LifecycleTypes.all());
    types.addAll(BetrayalTypes.all());
    types.addAll(CommitmentTypes.all());
    types.addAll(CheckInTypes.all());
    types.addAll(SetbackTypes.all());
    types.addAll(BoundaryTypes.all());
    types.addAll(PersonalTypes.all());
    types.addAll(StageTypes.all());
    return new EventTypes(
        types,
        List.of(new CheckInV1ToV2(), new SafetyScreeningV1ToV2(), new JourneyStartedV1ToV2()));
  }

  EventType<?> of(JourneyEvent event) {
    EventType<?> type = byClass.get(event.getClass());
    if (type == null) {
      throw new IllegalStateException(
          "no stored form for event class " + event.getClass().getName());
    }
    return type;
  }

  Optional<EventType<?>> named(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  Optional<Upcaster> upcaster(String type, int from) {
    return Optional.ofNullable(upcasters.getOrDefault(type, Map.of()).get(from));
  }

  List<EventType<?>> all() {
    return List.copyOf(byName.values());
  }
}
