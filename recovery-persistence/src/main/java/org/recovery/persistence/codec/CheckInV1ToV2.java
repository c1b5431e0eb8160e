package org.recovery.persistence.codec;

/**
 * Check-ins of schema 1 had no note, and said who sees the check-in with a boolean {@code private}.
 * Schema 2 added {@code note} (empty for old check-ins) and replaced {@code private} with {@code
 * visibility}, {@code SHARED} or {@code PRIVATE}.
 */
final class CheckInV1ToV2 implements Upcaster {

  @Override
  public String type() {
    return "checkin.recorded";
  }

  @Override
  public int from() {
    return 1;
  }

  @Override
  public void upcast(StoredObject data) {
    if (!(data.remove("private") instanceof Boolean isPrivate)) {
      throw new MalformedPayload("field 'private' of schema 1 is missing or not a boolean");
    }
    if (data.has("note") || data.has("visibility")) {
      throw new MalformedPayload("schema 1 has no field 'note' or 'visibility'");
    }
    data.put("note", "");
    data.put("visibility", isPrivate ? "PRIVATE" : "SHARED");
  }
}
