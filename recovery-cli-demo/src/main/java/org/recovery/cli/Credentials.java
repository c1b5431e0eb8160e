package org.recovery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.recovery.core.common.JourneyId;
import org.recovery.core.common.PartnerId;
import org.recovery.persistence.passphrase.PassphraseHash;

/**
 * The partners' passphrase hashes, kept in a small owner-only JSON file beside the database:
 *
 * <pre>{"format": "recovery-credentials", "version": 1,
 *  "journeys": {JOURNEY-ID: {PARTNER-ID: {"algorithm", "iterations", "salt", "hash"}}}}</pre>
 *
 * Salt and hash are base64. Nothing else about a partner is in it. Immutable: changes return a new
 * value that {@link #save} writes whole, atomically.
 */
final class Credentials {
  static final String FORMAT = "recovery-credentials";
  static final int VERSION = 1;
  private static final JsonMapper JSON = new JsonMapper();

  private final Map<String, Map<String, PassphraseHash>> journeys;

  private Credentials(Map<String, Map<String, PassphraseHash>> journeys) {
    this.journeys = journeys;
  }

  /** The credentials in {@code file}; none if it does not exist. @throws CliFailure (3) */
  static Credentials load(Path file) {
    if (!Files.exists(file)) {
      return new Credentials(Map.of());
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      if (root == null
          || !FORMAT.equals(root.path("format").asText())
          || root.path("version").asInt() != VERSION
          || !root.path("journeys").isObject()) {
        throw CliFailure.storage(
            "The credentials file " + file + " is not a version " + VERSION + " credentials file.",
            null);
      }
      Map<String, Map<String, PassphraseHash>> all = new HashMap<>();
      for (Map.Entry<String, JsonNode> journey : root.get("journeys").properties()) {
        Map<String, PassphraseHash> partners = new HashMap<>();
        for (Map.Entry<String, JsonNode> partner : journey.getValue().properties()) {
          JsonNode h = partner.getValue();
          partners.put(
              partner.getKey(),
              PassphraseHash.of(
                  h.path("algorithm").asText(),
                  h.path("iterations").asInt(),
                  decode(h, "salt"),
                  decode(h, "hash")));
        }
        all.put(journey.getKey(), Map.copyOf(partners));
      }
      return new Credentials(Map.copyOf(all));
    } catch (IOException | IllegalArgumentException e) {
      throw CliFailure.storage(
          "The credentials file " + file + " cannot be read: " + e.getClass().getSimpleName() + ".",
          e);
    }
  }

  private static byte[] decode(JsonNode hash, String field) {
    if (!hash.path(field).isTextual()) {
      throw new IllegalArgumentException("missing " + field);
    }
    return Base64.getDecoder().decode(hash.get(field).asText());
  }

  /** The hash of {@code partner}'s passphrase in {@code journey}, if set. */
  Optional<PassphraseHash> of(JourneyId journey, PartnerId partner) {
    return Optional.ofNullable(
        journeys.getOrDefault(journey.toString(), Map.of()).get(partner.toString()));
  }

  /** These credentials with {@code partner}'s passphrase in {@code journey} set to {@code hash}. */
  Credentials with(JourneyId journey, PartnerId partner, PassphraseHash hash) {
    Map<String, Map<String, PassphraseHash>> all = new HashMap<>(journeys);
    Map<String, PassphraseHash> partners =
        new HashMap<>(all.getOrDefault(journey.toString(), Map.of()));
    partners.put(partner.toString(), hash);
    all.put(journey.toString(), Map.copyOf(partners));
    return new Credentials(Map.copyOf(all));
  }

  /** These credentials without anything about {@code journey}. */
  Credentials without(JourneyId journey) {
    Map<String, Map<String, PassphraseHash>> all = new HashMap<>(journeys);
    all.remove(journey.toString());
    return new Credentials(Map.copyOf(all));
  }

  /** Writes the credentials to {@code file}, replacing it atomically; owner-only. */
  void save(Path file) {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT).put("version", VERSION);
    ObjectNode all = root.putObject("journeys");
    journeys.keySet().stream()
        .sorted()
        .forEach(
            journey -> {
              ObjectNode partners = all.putObject(journey);
              journeys.get(journey).entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .forEach(
                      e ->
                          partners
                              .putObject(e.getKey())
                              .put("algorithm", e.getValue().algorithm())
                              .put("iterations", e.getValue().iterations())
                              .put("salt", Base64.getEncoder().encodeToString(e.getValue().salt()))
                              .put(
                                  "hash", Base64.getEncoder().encodeToString(e.getValue().hash())));
            });
    try {
      OwnerOnlyFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (IOException e) {
      throw CliFailure.storage(
          "Cannot write the credentials file " + file + ": " + e.getMessage() + ".", e);
    }
  }
}
