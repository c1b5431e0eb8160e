package org.recovery.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.recovery.core.instrument.Instrument;
import org.recovery.core.instrument.InstrumentCatalogue;
import org.recovery.persistence.instrument.InstrumentFormatException;
import org.recovery.persistence.instrument.InstrumentReader;
import org.recovery.persistence.instrument.InstrumentWriter;

/**
 * A practice's own questionnaires: the {@value #NAME} folder beside the database, one owner-only
 * JSON file per definition, named {@code ID@VERSION.json}, in the format of docs/instruments.md.
 * Every command that opens a journey scores with the shipped definitions and these.
 */
final class InstrumentFolder {
  /** The folder's name, in the database's directory. */
  static final String NAME = "instruments";
  private static final String SUFFIX = ".json";

  private final Path folder;

  private InstrumentFolder(Path folder) {
    this.folder = folder;
  }

  /** The folder beside the database of {@code files}. */
  static InstrumentFolder of(DataFiles files) {
    return new InstrumentFolder(files.database().resolveSibling(NAME));
  }

  Path path() {
    return folder;
  }

  /** The file a definition is kept in. */
  Path fileOf(Instrument instrument) {
    return folder.resolve(instrument.id() + "@" + instrument.version() + SUFFIX);
  }

  /** A definition together with the file it came from. */
  record Stored(Path file, Instrument instrument) {}

  /**
   * Every definition in the folder, in file name order; none if there is no folder. Files whose
   * name does not end in {@value #SUFFIX}, and hidden files, are not definitions.
   *
   * @throws CliFailure 3 naming the file if one cannot be read or is not a valid definition
   */
  List<Stored> stored() {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
          .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    } catch (IOException e) {
      throw CliFailure.storage("Cannot read the questionnaire folder " + folder + ": "
          + e.getClass().getSimpleName() + ".", e);
    }
    List<Stored> all = new ArrayList<>();
    for (Path file : files) {
      all.add(new Stored(file, read(file)));
    }
    return all;
  }

  /**
   * The shipped questionnaires and the folder's.
   *
   * @throws CliFailure 3 naming the file if one is broken, or defines an id and version that
   *     another definition already has, differently
   */
  InstrumentCatalogue catalogue() {
    InstrumentCatalogue catalogue = InstrumentCatalogue.standard();
    for (Stored s : stored()) {
      try {
        catalogue = catalogue.with(s.instrument());
      } catch (IllegalArgumentException e) {
        throw CliFailure.storage("The questionnaire file " + s.file() + " cannot be used: "
            + e.getMessage() + ".", e);
      }
    }
    return catalogue;
  }

  /**
   * Keeps {@code instrument} in the folder, owner-only.
   *
   * @return false if the very same definition is already there (nothing is written)
   * @throws CliFailure 2 if another definition with the same id and version exists; 3 if the
   *     folder is broken or the file cannot be written
   */
  boolean add(Instrument instrument) {
    Optional<Instrument> existing = catalogue().find(instrument.id(), instrument.version());
    if (existing.isPresent()) {
      if (existing.get().equals(instrument)) {
        return false;
      }
      throw CliFailure.usage("Questionnaire " + instrument.id() + " version "
          + instrument.version() + " already exists with a different definition. A changed"
          + " definition needs a new version: give it \"version\": " + nextVersion(instrument)
          + ". Nothing was written.");
    }
    try {
      createFolder();
      OwnerOnlyFiles.write(fileOf(instrument),
          InstrumentWriter.write(instrument).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CliFailure.storage("Cannot write " + fileOf(instrument) + ": " + e.getMessage()
          + ".", e);
    }
    return true;
  }

  private int nextVersion(Instrument instrument) {
    return catalogue().definitions().stream().filter(i -> i.id().equals(instrument.id()))
        .mapToInt(Instrument::version).max().orElse(0) + 1;
  }

  private void createFolder() throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    Path parent = folder.getParent();
    Files.createDirectories(parent);
    if (Files.getFileStore(parent).supportsFileAttributeView(PosixFileAttributeView.class)) {
      Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rwx------")));
    } else {
      Files.createDirectory(folder);
    }
  }

  /**
   * Reads a definition file.
   *
   * @throws CliFailure 3 naming the file and the JSON path of the problem
   */
  static Instrument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return InstrumentReader.read(in);
    } catch (InstrumentFormatException e) {
      throw CliFailure.storage("The questionnaire file " + file + " is not a valid definition: "
          + e.getMessage() + ".", e);
    } catch (IOException e) {
      throw CliFailure.storage("Cannot read the questionnaire file " + file + ": "
          + e.getClass().getSimpleName() + ".", e);
    }
  }
}
