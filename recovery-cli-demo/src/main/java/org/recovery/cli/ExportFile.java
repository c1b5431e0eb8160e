package org.recovery.cli;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.recovery.core.common.JourneyId;
import org.recovery.core.journey.Journey;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.LifecycleEvent.JourneyStarted;
import org.recovery.core.journey.Partner;
import org.recovery.core.spi.StorageException;
import org.recovery.persistence.codec.EventCodec;

/**
 * The export file: a whole journey as versioned JSON (format {@value #FORMAT}, version {@value
 * #VERSION}, documented in docs/cli.md). Each event is the stored envelope of the persistence codec
 * — a stable type name, its schema version and its fields — so old event schemas are upcast on
 * import exactly as they are when read from a database. A SHA-256 checksum of the events catches a
 * damaged file. Reading checks everything before anything is written.
 */
final class ExportFile {
  static final String FORMAT = "recovery-journey-export";
  static final int VERSION = 1;
  private static final JsonMapper JSON =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final EventCodec CODEC = EventCodec.standard();

  /** What an export holds: every event, or what one partner may see. */
  enum Scope {
    COMPLETE,
    PARTNER_VIEW
  }

  /**
   * A journey read from a file and checked.
   *
   * @param journey its id
   * @param scope complete or one partner's view
   * @param events its events, oldest first, forming a valid history
   */
  record Contents(JourneyId journey, Scope scope, List<JourneyEvent> events) {
    JourneyStarted started() {
      return (JourneyStarted) events.get(0);
    }
  }

  private ExportFile() {}

  /** The export of {@code events} as UTF-8 JSON bytes. */
  static byte[] write(
      JourneyId journey,
      List<JourneyEvent> events,
      Scope scope,
      Partner exportedBy,
      Instant at,
      ProgressBar progress) {
    ArrayNode array = JSON.createArrayNode();
    try {
      for (int i = 0; i < events.size(); i++) {
        array.add(JSON.readTree(CODEC.encode(events.get(i))));
        progress.update(i + 1, events.size());
      }
      ObjectNode root =
          JSON.createObjectNode()
              .put("format", FORMAT)
              .put("formatVersion", VERSION)
              .put("journey", journey.toString())
              .put("scope", Words.kebab(scope))
              .put("exportedAt", at.toString());
      root.putObject("exportedBy")
          .put("id", exportedBy.id().toString())
          .put("name", exportedBy.name());
      root.put("eventCount", events.size()).put("checksum", checksum(array));
      root.set("events", array);
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    } finally {
      progress.finish();
    }
  }

  /**
   * Reads and checks an export.
   *
   * @throws CliFailure 3 naming what is wrong: not JSON, not an export, another format version, a
   *     damaged file, or events that do not make a valid journey
   */
  static Contents read(byte[] bytes, String file, ProgressBar progress) {
    JsonNode root;
    try {
      root = JSON.readTree(bytes);
    } catch (IOException e) {
      throw bad(file, "it is not valid JSON (" + e.getClass().getSimpleName() + ")");
    }
    if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
      throw bad(file, "it is not a recovery journey export");
    }
    JsonNode version = root.path("formatVersion");
    if (!version.isInt() || version.intValue() != VERSION) {
      throw bad(
          file,
          "it is export format version "
              + version
              + ", and this release reads"
              + " version "
              + VERSION
              + " only");
    }
    JourneyId journey;
    Scope scope;
    try {
      journey = JourneyId.parse(root.path("journey").asText());
      scope = Words.parse(Scope.class, root.path("scope").asText());
    } catch (IllegalArgumentException e) {
      throw bad(file, "its journey id or scope is not valid");
    }
    JsonNode events = root.path("events");
    if (!events.isArray()
        || events.size() == 0
        || root.path("eventCount").asLong(-1) != events.size()) {
      throw bad(file, "it is damaged: the events are missing or their count is wrong");
    }
    if (!checksum((ArrayNode) events).equals(root.path("checksum").asText())) {
      throw bad(file, "it is damaged: the events do not match the file's checksum");
    }
    List<JourneyEvent> decoded = new ArrayList<>(events.size());
    try {
      for (int i = 0; i < events.size(); i++) {
        decoded.add(CODEC.decode(journey, i + 1L, JSON.writeValueAsBytes(events.get(i))));
        progress.update(i + 1, events.size());
      }
    } catch (StorageException | IOException e) {
      throw bad(file, e.getMessage());
    } finally {
      progress.finish();
    }
    if (!(decoded.get(0) instanceof JourneyStarted started) || !started.journey().equals(journey)) {
      throw bad(file, "its first event is not the start of journey " + journey);
    }
    try {
      Journey.replay(decoded);
    } catch (RuntimeException e) {
      throw bad(file, "its events do not form a valid journey: " + e.getMessage());
    }
    return new Contents(journey, scope, List.copyOf(decoded));
  }

  private static String checksum(ArrayNode events) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:" + HexFormat.of().formatHex(sha.digest(JSON.writeValueAsBytes(events)));
    } catch (NoSuchAlgorithmException | IOException e) {
      throw new IllegalStateException("cannot compute a SHA-256 checksum", e);
    }
  }

  private static CliFailure bad(String file, String why) {
    return CliFailure.storage(
        "Cannot import " + file + ": " + why + ". Nothing was written.", null);
  }
}
