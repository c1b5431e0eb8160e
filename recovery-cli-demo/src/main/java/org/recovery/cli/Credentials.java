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
 * Salt and hash are base64. In a zero-knowledge store a partner's entry may also hold {@code
 * "pendingCode": {"iterations", "salt", "sealed"}}: their recovery code sealed under their own
 * passphrase until their first command shows it ({@link PendingCode}). Nothing else about a partner
 * is in it. Immutable: changes return a new value that {@link #save} writes whole, atomically.
 */
final class Credentials {
  static final String FORMAT = "recovery-credentials";
  static final int VERSION = 1;
  private static final JsonMapper JSON = new JsonMapper();

  private final Map<String, Map<String, PassphraseHash>> journeys;
  private final Map<String, PendingCode> pending;

  private Credentials(
      Map<String, Map<String, PassphraseHash>> journeys, Map<String, PendingCode> pending) {
    this.journeys = journeys;
    this.pending = pending;
  }

  /** The credentials in {@code file}; none if it does not exist. @throws CliFailure (3) */
  static Credentials load(Path file) {
    if (!Files.exists(file)) {
      return new Credentials(Map.of(), Map.of());
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
      Map<String, PendingCode> codes = new HashMap<>();
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
          JsonNode code = h.path("pendingCode");
          if (!code.isMissingNode()) {
            codes.put(
                key(journey.getKey(), partner.getKey()),
                new PendingCode(
                    code.path("iterations").asInt(), decode(code, "salt"), decode(code, "sealed")));
          }
        }
        all.put(journey.getKey(), Map.copyOf(partners));
      }
      return new Credentials(Map.copyOf(all), Map.copyOf(codes));
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
    return new Credentials(Map.copyOf(all), pending);
  }

  /** The partners of {@code journey} with a stored passphrase, in no particular order. */
  java.util.List<PartnerId> partnersOf(JourneyId journey) {
    return journeys.getOrDefault(journey.toString(), Map.of()).keySet().stream()
        .map(PartnerId::parse)
        .toList();
  }

  /** {@code partner}'s recovery code waiting to be shown, if there is one. */
  Optional<PendingCode> pendingCode(JourneyId journey, PartnerId partner) {
    return Optional.ofNullable(pending.get(key(journey.toString(), partner.toString())));
  }

  /**
   * These credentials with {@code partner}'s recovery code waiting, or none if {@code code} is
   * empty; the partner needs a stored passphrase.
   */
  Credentials withPendingCode(JourneyId journey, PartnerId partner, Optional<PendingCode> code) {
    Map<String, PendingCode> all = new HashMap<>(pending);
    String key = key(journey.toString(), partner.toString());
    code.ifPresentOrElse(c -> all.put(key, c), () -> all.remove(key));
    return new Credentials(journeys, Map.copyOf(all));
  }

  private static String key(String journey, String partner) {
    return journey + "/" + partner;
  }

  /** These credentials without anything about {@code journey}. */
  Credentials without(JourneyId journey) {
    Map<String, Map<String, PassphraseHash>> all = new HashMap<>(journeys);
    all.remove(journey.toString());
    Map<String, PendingCode> codes = new HashMap<>(pending);
    codes.keySet().removeIf(key -> key.startsWith(journey + "/"));
    return new Credentials(Map.copyOf(all), Map.copyOf(codes));
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
                      e -> {
                        ObjectNode partner =
                            partners
                                .putObject(e.getKey())
                                .put("algorithm", e.getValue().algorithm())
                                .put("iterations", e.getValue().iterations())
                                .put("salt", base64(e.getValue().salt()))
                                .put("hash", base64(e.getValue().hash()));
                        PendingCode code = pending.get(key(journey, e.getKey()));
                        if (code != null) {
                          partner
                              .putObject("pendingCode")
                              .put("iterations", code.iterations())
                              .put("salt", base64(code.salt()))
                              .put("sealed", base64(code.sealed()));
                        }
                      });
            });
    try {
      OwnerOnlyFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    } catch (IOException e) {
      throw CliFailure.storage(
          "Cannot write the credentials file " + file + ": " + e.getMessage() + ".", e);
    }
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
