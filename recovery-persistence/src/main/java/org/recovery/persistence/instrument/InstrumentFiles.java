package org.recovery.persistence.instrument;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;

/**
 * A practice's questionnaires kept as files, one definition per {@code .json} file in one folder:
 * read them all, or none.
 *
 * <pre>{@code
 * InstrumentCatalogue catalogue =
 *     InstrumentFiles.catalogue(InstrumentCatalogue.standard(), Path.of("questionnaires"));
 * Journeys journeys = Journeys.using(store, clock).withInstruments(catalogue);
 * }</pre>
 *
 * <p>Thread-safe; holds no state.
 */
public final class InstrumentFiles {
  private static final String SUFFIX = ".json";

  private InstrumentFiles() {}

  /** A definition and the file it was read from. */
  public record Entry(Path file, Instrument instrument) {
    /** Validates the entry. */
    public Entry {
      Objects.requireNonNull(file, "file must not be null");
      Objects.requireNonNull(instrument, "instrument must not be null");
    }
  }

  /**
   * Every definition in {@code folder}: each regular file directly in it whose name ends in {@code
   * .json} and does not start with a dot, in file-name order.
   *
   * @throws InstrumentFileException naming the file, if one is not a valid definition
   * @throws IOException if the folder or a file cannot be read (a missing folder included)
   */
  public static List<Entry> read(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder must not be null");
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (name.endsWith(SUFFIX)
            && !name.startsWith(".")
            && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          files.add(p);
        }
      }
    }
    files.sort(null);
    List<Entry> read = new ArrayList<>();
    for (Path file : files) {
      try (InputStream in = Files.newInputStream(file)) {
        read.add(new Entry(file, InstrumentReader.read(in)));
      } catch (InstrumentFormatException e) {
        throw new InstrumentFileException(file, e);
      }
    }
    return read;
  }

  /**
   * {@code base} with every definition in {@code folder} (see {@link #read}).
   *
   * @throws InstrumentFileException naming the file, if one is not a valid definition or gives an
   *     id and version that {@code base} or an earlier file defines differently
   * @throws IOException if the folder or a file cannot be read
   */
  public static InstrumentCatalogue catalogue(InstrumentCatalogue base, Path folder)
      throws IOException {
    Objects.requireNonNull(base, "base must not be null");
    InstrumentCatalogue catalogue = base;
    for (Entry e : read(folder)) {
      try {
        catalogue = catalogue.with(e.instrument());
      } catch (IllegalArgumentException conflict) {
        throw new InstrumentFileException(e.file(), conflict.getMessage());
      }
    }
    return catalogue;
  }
}
