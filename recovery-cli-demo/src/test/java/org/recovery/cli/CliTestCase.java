package org.recovery.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of the CLI on a journey of its own, in a fresh folder, started with Alex's betrayal of Sam
 * recorded ({@link Harness#withBetrayal()}), as most command tests begin.
 */
abstract class CliTestCase {
  @TempDir Path directory;
  Harness cli;

  @BeforeEach
  void startAJourneyAfterABetrayal() {
    cli = new Harness(directory).withBetrayal();
  }
}
