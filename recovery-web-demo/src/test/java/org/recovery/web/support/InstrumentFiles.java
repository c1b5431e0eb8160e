package org.recovery.web.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Questionnaire definitions for {@code --instruments} folders: the practice's own "Harbour weekly
 * check" of docs/custom-models.md (five items from 0 to 4, a total from 0 to 20, a cut-off at 8).
 */
public final class InstrumentFiles {
  /** Its id. */
  public static final String HARBOUR = "harbour-weekly";

  private InstrumentFiles() {}

  /** The definition as JSON. */
  public static String harbour() {
    try (InputStream in =
        InstrumentFiles.class.getResourceAsStream("/instruments/harbour-weekly.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code json} to {@code dir/name} and answers {@code dir}. */
  public static Path write(Path dir, String name, String json) {
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(name), json);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
