package org.recovery.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the runnable jar's manifest, or "development build" when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Version.class.getPackage().getImplementationVersion();
    return new String[] {"recovery " + (version == null ? "(development build)" : version)};
  }
}
