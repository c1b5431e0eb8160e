package org.recovery.persistence.codec;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.recovery.core.common.JourneyId;
import org.recovery.core.consent.ConsentLevel;
import org.recovery.core.journey.CoupleFact;
import org.recovery.core.journey.JourneyEvent;
import org.recovery.core.journey.PersonalEvent.SealedEntry;
import org.recovery.persistence.crypto.EntrySeal;

/**
 * The stored form of a private entry sealed to its author: an envelope of type {@value #TYPE} whose
 * data is the couple part — {@code fact} ({@code none}, {@code consent} with its {@code level}, or
 * {@code screening} with whether it {@code holds} the journey), the {@code key} id, {@code by} and
 * {@code at} — and {@code sealed}, the entry's own envelope sealed under the author's partner key
 * (base64). See docs/persistence.md, <em>Sealed entries</em>.
 */
final class SealedEnvelope {
  static final String TYPE = "entry.sealed";
  static final int SCHEMA = 1;

  private SealedEnvelope() {}

  /** Writes the data of the sealed form of {@code event}, whose own envelope is {@code inner}. */
  static void write(
      ObjectNode data,
      JourneyId journey,
      long version,
      JourneyEvent event,
      byte[] inner,
      String keyId,
      SecretKey partnerKey) {
    EventWriter w = new EventWriter(data);
    CoupleFact fact = CoupleFact.of(event);
    if (fact instanceof CoupleFact.ConsentLevelDeclared c) {
      w.text("fact", "consent").enumeration("level", c.level());
    } else if (fact instanceof CoupleFact.Screened s) {
      w.text("fact", "screening").bool("holds", s.holds());
    } else {
      w.text("fact", "none");
    }
    byte[] sealed = EntrySeal.seal(partnerKey, keyId, journey, version, event.by(), inner);
    w.text("key", keyId)
        .text("sealed", Base64.getEncoder().encodeToString(sealed))
        .uuid("by", event.by().value())
        .instant("at", event.at());
  }

  /** The couple part and sealed bytes of a stored sealed entry. */
  record Parts(SealedEntry entry, String keyId, byte[] sealed) {}

  /** Reads the data of a sealed form. @throws MalformedPayload naming the field */
  static Parts read(StoredObject data) {
    EventReader r = new EventReader(data);
    String kind = r.text("fact");
    CoupleFact fact =
        switch (kind) {
          case "none" -> new CoupleFact.Nothing();
          case "consent" ->
              new CoupleFact.ConsentLevelDeclared(r.enumeration("level", ConsentLevel.class));
          case "screening" -> new CoupleFact.Screened(r.bool("holds"));
          default -> throw new MalformedPayload("fact must be none, consent or screening");
        };
    String keyId = r.text("key");
    byte[] sealed;
    try {
      sealed = Base64.getDecoder().decode(r.text("sealed"));
    } catch (IllegalArgumentException e) {
      throw new MalformedPayload("sealed must be base64");
    }
    SealedEntry entry = new SealedEntry(fact, r.by(), r.at());
    r.requireNothingElse();
    return new Parts(entry, keyId, sealed);
  }

  /**
   * The entry's own envelope, if {@code key} opens it.
   *
   * @throws org.recovery.persistence.crypto.Aead.AuthenticationFailed if it does not open under
   *     {@code key}
   */
  static byte[] open(Parts parts, JourneyId journey, long version, SecretKey key) {
    return EntrySeal.open(key, parts.keyId(), journey, version, parts.entry().by(), parts.sealed());
  }
}
