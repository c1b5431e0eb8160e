/**
 * Recovery core: the domain of a couple's recovery after a betrayal, and the storage port. Depends
 * on the JDK only.
 */
module org.recovery.core {
  exports org.recovery.core;
  exports org.recovery.core.common;
  exports org.recovery.core.journey;
  exports org.recovery.core.commitment;
  exports org.recovery.core.checkin;
  exports org.recovery.core.setback;
  exports org.recovery.core.indicator;
  exports org.recovery.core.progress;
  exports org.recovery.core.boundary;
  exports org.recovery.core.consent;
  exports org.recovery.core.safety;
  exports org.recovery.core.instrument;
  exports org.recovery.core.spi;
  exports org.recovery.core.simulation;
  exports org.recovery.core.report;
  exports org.recovery.core.words;
}
