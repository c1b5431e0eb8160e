package org.recovery.persistence.codec;

import java.util.function.BiConsumer;
import java.util.function.Function;
import org.recovery.core.journey.JourneyEvent;

/**
 * How one kind of event is stored: its stable name, its current schema version, and the mapping of
 * its fields. The name and the field names are the stored format; they never follow a rename of the
 * Java type.
 *
 * @param name the stable type name, such as {@code commitment.proposed}
 * @param schema the schema version this release writes, from 1
 * @param javaType the event record
 * @param writer writes the fields other than {@code by} and {@code at}
 * @param reader builds the event from its fields, {@code by} and {@code at} included
 */
record EventType<E extends JourneyEvent>(
    String name,
    int schema,
    Class<E> javaType,
    BiConsumer<E, EventWriter> writer,
    Function<EventReader, E> reader) {

  static <E extends JourneyEvent> EventType<E> of(
      String name,
      int schema,
      Class<E> javaType,
      BiConsumer<E, EventWriter> writer,
      Function<EventReader, E> reader) {
    return new EventType<>(name, schema, javaType, writer, reader);
  }

  void write(JourneyEvent event, EventWriter out) {
    writer.accept(javaType.cast(event), out);
  }

  JourneyEvent read(EventReader in) {
    return reader.apply(in);
  }
}
