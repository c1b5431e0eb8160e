package org.recovery.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.persistence.instrument.InstrumentFileException;
import org.recovery.persistence.instrument.InstrumentFiles;

/**
 * The questionnaires a server offers: the shipped ones, and a practice's own definitions read from
 * every {@code *.json} file of one directory (the option {@code --instruments DIR}) with {@link
 * InstrumentFiles}. Either every file is read, or start-up stops naming the file at fault.
 */
public final class InstrumentFolder {
  private InstrumentFolder() {}

  /**
   * The standard catalogue with every definition in {@code dir}, read in file-name order.
   *
   * @throws IllegalArgumentException with a sentence naming the file (and, for a broken definition,
   *     the JSON path in it) when {@code dir} is not a readable directory, a file is not a
   *     definition, or two files define one instrument version differently
   */
  public static InstrumentCatalogue load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--instruments: " + dir + " is not a directory");
    }
    try {
      return InstrumentFiles.catalogue(InstrumentCatalogue.standard(), dir);
    } catch (InstrumentFileException e) {
      throw new IllegalArgumentException(
          "--instruments: "
              + e.file()
              + e.formatError()
                  .map(f -> ", at " + f.path() + ": " + f.rule())
                  .orElse(": " + e.problem()));
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--instruments: cannot read " + dir + " (" + e.getClass().getSimpleName() + ")");
    }
  }
}
