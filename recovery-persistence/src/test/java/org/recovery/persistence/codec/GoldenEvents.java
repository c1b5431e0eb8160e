package org.recovery.persistence.codec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.persistence.testing.EventArbitraries;

/**
 * Writes the golden stored-format fixtures that {@link GoldenFormatTest} reads back: one event of
 * every type, drawn with a fixed seed from {@link EventArbitraries}, encoded as the store encodes
 * it (before encryption), one file per type under {@code src/test/resources/codec/golden/}.
 *
 * <p>Run it when a new event type is added; it writes only missing fixtures, since an existing one
 * is a record of what earlier releases wrote and must not change. Run its {@code main} from the
 * IDE, or after a test run with {@code java -cp <the surefire.test.class.path of any
 * target/surefire-reports/TEST-*.xml> org.recovery.persistence.codec.GoldenEvents
 * recovery-persistence}.
 */
public final class GoldenEvents {
  static final String FOLDER = "codec/golden/";

  private GoldenEvents() {}

  /** One event of each type, by type name; the same every time. */
  static Map<String, JourneyEvent> examples() {
    EventCodec codec = EventCodec.standard();
    Map<String, JourneyEvent> examples = new TreeMap<>();
    long seed = 20261207L;
    JqwikSession.start();
    try {
      for (Map.Entry<Class<?>, Arbitrary<JourneyEvent>> type : typesByName().entrySet()) {
        JourneyEvent event = type.getValue().generator(50).next(new Random(seed++)).value();
        examples.put(codec.typeName(event), event);
      }
    } finally {
      JqwikSession.finish();
    }
    return examples;
  }

  private static Map<Class<?>, Arbitrary<JourneyEvent>> typesByName() {
    Map<Class<?>, Arbitrary<JourneyEvent>> sorted =
        new TreeMap<>((a, b) -> a.getName().compareTo(b.getName()));
    sorted.putAll(EventArbitraries.byType());
    return sorted;
  }

  /** Writes the fixtures that are missing; never overwrites one. Argument: the module folder. */
  public static void main(String[] args) throws IOException {
    Path folder =
        Path.of(args.length > 0 ? args[0] : ".").resolve("src/test/resources").resolve(FOLDER);
    Files.createDirectories(folder);
    EventCodec codec = EventCodec.standard();
    for (Map.Entry<String, JourneyEvent> example : examples().entrySet()) {
      Path file = folder.resolve(example.getKey() + ".json");
      if (!Files.exists(file)) {
        Files.write(
            file,
            (new String(codec.encode(example.getValue()), StandardCharsets.UTF_8) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        System.out.println("wrote " + file);
      }
    }
  }
}
