package org.recovery.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.persistence.instrument.InstrumentFormatException;
import org.recovery.persistence.instrument.InstrumentReader;

/**
 * The questionnaires a server offers: the shipped ones, and a practice's own definitions read from
 * every {@code *.json} file of one directory (the option {@code --instruments DIR}) with {@link
 * InstrumentReader}. Either every file is read, or start-up stops naming the file at fault.
 */
public final class InstrumentFolder {
  private InstrumentFolder() {}

  /**
   * The standard catalogue with every definition in {@code dir}, read in file-name order.
   *
   * @throws IllegalArgumentException with a sentence naming the file (and, for a broken
   *     definition, the JSON path in it) when {@code dir} is not a readable directory, a file is
   *     not a definition, or two files define one instrument version differently
   */
  public static InstrumentCatalogue load(Path dir) {
    InstrumentCatalogue catalogue = InstrumentCatalogue.standard();
    for (Path file : files(dir)) {
      Instrument read = read(file);
      try {
        catalogue = catalogue.with(read);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--instruments: " + file + ": " + e.getMessage());
      }
    }
    return catalogue;
  }

  private static List<Path> files(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--instruments: " + dir + " is not a directory");
    }
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, "*.json")) {
      for (Path p : entries) {
        if (Files.isRegularFile(p)) {
          out.add(p);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("--instruments: cannot list " + dir + " ("
          + e.getClass().getSimpleName() + ")");
    }
    out.sort(null);
    return out;
  }

  private static Instrument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return InstrumentReader.read(in);
    } catch (InstrumentFormatException e) {
      throw new IllegalArgumentException("--instruments: " + file + ", at " + e.path() + ": "
          + e.rule());
    } catch (IOException e) {
      throw new IllegalArgumentException("--instruments: cannot read " + file + " ("
          + e.getClass().getSimpleName() + ")");
    }
  }
}
