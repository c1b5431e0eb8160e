package org.recovery.persistence.codec;

/**
 * Journeys started before release 0.2 did not record the recovery model they follow. Schema 2 adds
 * {@code modelId} and {@code modelVersion}; an upcast start has an empty id and version 0, which
 * the core reads as "not recorded": such a journey follows whatever model its app runs.
 */
final class JourneyStartedV1ToV2 implements Upcaster {

  @Override
  public String type() {
    return "journey.started";
  }

  @Override
  public int from() {
    return 1;
  }

  @Override
  public void upcast(StoredObject data) {
    if (data.has("modelId") || data.has("modelVersion")) {
      throw new MalformedPayload("schema 1 has no field 'modelId' or 'modelVersion'");
    }
    data.put("modelId", "");
    data.put("modelVersion", 0);
  }
}
